/**
 * The SDK validates definitions with zod before showing them; the element does not bundle zod, so
 * it checks only what it needs to render, to fail loudly instead of half-showing a survey set by
 * hand from code.
 */
import type { Question } from '@touchpoint/core/survey';
import { kindLoaders } from './kinds.js';

/** Why `definition` cannot be rendered, or `null` when it can. */
export function definitionProblem(definition: unknown): string | null {
  if (definition == null) return 'no definition is set';
  if (typeof definition !== 'object')
    return `the definition is a ${typeof definition}, not an object`;
  const { questions } = definition as { questions?: unknown };
  if (!Array.isArray(questions) || !questions.length) return 'the definition has no questions';
  const seen = new Set<string>();
  for (const [index, question] of (questions as Array<Partial<Question> | null>).entries()) {
    const where = `question ${index + 1}`;
    if (typeof question !== 'object' || !question) return `${where} is not an object`;
    const { id, kind } = question;
    if (typeof id !== 'string' || !id) return `${where} has no id`;
    if (seen.has(id)) return `${where} repeats the id "${id}"`;
    seen.add(id);
    const which = `${where} ("${id}")`;
    if (!Object.hasOwn(kindLoaders, String(kind))) {
      return `${which} has an unknown kind "${String(kind)}"`;
    }
    if (typeof question.text !== 'string' || !question.text) return `${which} has no text`;
    if ((kind === 'single' || kind === 'multi') && !question.choices?.length) {
      return `${which} is a ${kind} choice question without choices`;
    }
  }
  return null;
}
