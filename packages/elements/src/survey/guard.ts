/**
 * The SDK validates definitions with zod before showing them; the element does not bundle zod, so
 * it checks only what it needs to render, to fail loudly instead of half-showing a survey set by
 * hand from code.
 */
import type { SurveyDefinition } from '@touchpoint/core/survey';

const KINDS = new Set(['nps', 'csat', 'ces', 'rating', 'single', 'multi', 'text']);

/** Why `definition` cannot be rendered, or `null` when it can. */
export function definitionProblem(definition: unknown): string | null {
  if (definition === undefined || definition === null) return 'no definition is set';
  if (typeof definition !== 'object')
    return `the definition is a ${typeof definition}, not an object`;
  const { questions } = definition as Partial<SurveyDefinition>;
  if (!Array.isArray(questions) || questions.length === 0) return 'the definition has no questions';
  const seen = new Set<string>();
  for (const [index, question] of questions.entries()) {
    const where = `question ${index + 1}`;
    if (typeof question !== 'object' || question === null) return `${where} is not an object`;
    if (typeof question.id !== 'string' || question.id === '') return `${where} has no id`;
    if (seen.has(question.id)) return `${where} repeats the id "${question.id}"`;
    seen.add(question.id);
    if (!KINDS.has(question.kind))
      return `${where} ("${question.id}") has an unknown kind "${String(question.kind)}"`;
    if (typeof question.text !== 'string' || question.text === '') {
      return `${where} ("${question.id}") has no text`;
    }
    if ((question.kind === 'single' || question.kind === 'multi') && !question.choices?.length) {
      return `${where} ("${question.id}") is a ${question.kind} choice question without choices`;
    }
  }
  return null;
}
