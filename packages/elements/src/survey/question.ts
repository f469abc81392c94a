/**
 * Decisions about one survey question (SPEC §4 `questions[]`): its scale, whether an answer
 * counts, and which wire `type` its score fits. Pure functions, so the tables are tested directly.
 */
import type { Question } from '@touchpoint/core/survey';
import type { ResponseType } from '../internal/events.js';
import { NPS_RANGE, type ScoreRange } from '../internal/score.js';

/**
 * An answer as the survey keeps it and reports it in `data.answers`: a rating question's number,
 * a single-choice question's choice id, a multiple-choice question's choice ids (in choice
 * order), a text question's text.
 */
export type Answer = number | string | string[];

/** Answers by question id. */
export type Answers = Readonly<Record<string, Answer>>;

/** Question kinds answered on a numeric scale. */
export type RatingKind = 'nps' | 'csat' | 'ces' | 'rating';

export function isRating(question: Question): question is Question & { kind: RatingKind } {
  return (
    question.kind === 'nps' ||
    question.kind === 'csat' ||
    question.kind === 'ces' ||
    question.kind === 'rating'
  );
}

/** Longest text answer accepted without a `maxLength` (the wire format's comment limit). */
export const TEXT_MAX_LENGTH = 5000;

/** Default number of points of a `csat` or `rating` question without `scale`. */
export const DEFAULT_SCALE = 5;

/**
 * The scale of a rating question: nps 0–10, ces 1–7, csat 1–`scale` (thumbs: 1–2, else
 * default 5), rating 1–`scale` (default 5). `null` for other kinds.
 */
export function ratingRange(question: Question): ScoreRange | null {
  switch (question.kind) {
    case 'nps':
      return NPS_RANGE;
    case 'ces':
      return { min: 1, max: 7 };
    case 'csat':
      return { min: 1, max: question.variant === 'thumbs' ? 2 : (question.scale ?? DEFAULT_SCALE) };
    case 'rating':
      return { min: 1, max: question.scale ?? DEFAULT_SCALE };
    default:
      return null;
  }
}

/** Highest score the wire format accepts per type (SPEC §5; csat and ces are 1–7). */
const WIRE_MAX: Partial<Record<ResponseType, number>> = { nps: 10, csat: 7, ces: 7 };

/**
 * The wire type a rating question's score belongs to: nps → `nps`, ces → `ces`, csat and rating
 * → `csat` when the scale fits CSAT's 1–7, else `feedback` (which takes any score). `null` for
 * questions that are not ratings.
 */
export function ratingType(question: Question): ResponseType | null {
  const range = ratingRange(question);
  if (!range) return null;
  if (question.kind === 'nps' || question.kind === 'ces') return question.kind;
  return range.max <= (WIRE_MAX.csat ?? 0) ? 'csat' : 'feedback';
}

/**
 * Whether `answer` answers `question`: a whole number on its scale, one of its choice ids, a
 * non-empty list of its choice ids, or text that is not blank.
 */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  const choiceIds = (question.choices ?? []).map((choice) => choice.id);
  switch (question.kind) {
    case 'single':
      return typeof answer === 'string' && choiceIds.includes(answer);
    case 'multi':
      return (
        Array.isArray(answer) && answer.length > 0 && answer.every((id) => choiceIds.includes(id))
      );
    case 'text':
      return typeof answer === 'string' && answer.trim() !== '';
    default: {
      const range = ratingRange(question);
      return (
        range !== null &&
        typeof answer === 'number' &&
        Number.isInteger(answer) &&
        answer >= range.min &&
        answer <= range.max
      );
    }
  }
}

/** Whether Next must stop on this question: it is required and not answered. */
export function blocksNext(question: Question, answer: Answer | undefined): boolean {
  return !question.optional && !isAnswered(question, answer);
}

/**
 * Adds or removes `id` in a multiple-choice answer, keeping the order of `choices` so the same
 * selection always reports the same list.
 */
export function toggleChoice(question: Question, answer: Answer | undefined, id: string): string[] {
  const chosen = new Set(Array.isArray(answer) ? answer : []);
  if (chosen.has(id)) chosen.delete(id);
  else chosen.add(id);
  return (question.choices ?? []).map((choice) => choice.id).filter((c) => chosen.has(c));
}
