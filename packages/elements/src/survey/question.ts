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

/** Default number of points of a `csat` or `rating` question without `scale`. */
export const DEFAULT_SCALE = 5;

/**
 * The scale of a rating question: nps 0–10, ces 1–7, csat 1–`scale` (thumbs: 1–2, else
 * default 5), rating 1–`scale` (default 5). `null` for other kinds.
 */
export function ratingRange({ kind, scale, variant }: Question): ScoreRange | null {
  return kind === 'nps'
    ? NPS_RANGE
    : kind === 'ces'
      ? { min: 1, max: 7 }
      : kind === 'csat' || kind === 'rating'
        ? { min: 1, max: kind === 'csat' && variant === 'thumbs' ? 2 : (scale ?? DEFAULT_SCALE) }
        : null;
}

export function isRating(question: Question): question is Question & { kind: RatingKind } {
  return ratingRange(question) !== null;
}

/**
 * The wire type a rating question's score belongs to: nps → `nps`, ces → `ces`, csat and rating
 * → `csat` when the scale fits CSAT's 1–7 (SPEC §5), else `feedback` (which takes any score).
 * `null` for questions that are not ratings.
 */
export function ratingType(question: Question): ResponseType | null {
  const range = ratingRange(question);
  const { kind } = question;
  return !range
    ? null
    : kind === 'nps' || kind === 'ces'
      ? kind
      : range.max <= 7
        ? 'csat'
        : 'feedback';
}

/**
 * Whether `answer` answers `question`: a whole number on its scale, one of its choice ids, a
 * non-empty list of its choice ids, or text that is not blank.
 */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  const ids = question.choices?.map((choice) => choice.id) ?? [];
  const range = ratingRange(question);
  switch (question.kind) {
    case 'single':
      return ids.includes(answer as string);
    case 'multi':
      return Array.isArray(answer) && answer.length > 0 && answer.every((id) => ids.includes(id));
    case 'text':
      return typeof answer === 'string' && answer.trim() !== '';
    default:
      return !!range && Number.isInteger(answer) && +answer! >= range.min && +answer! <= range.max;
  }
}

/** Whether Next must stop on this question: it is required and not answered. */
export function blocksNext(question: Question, answer: Answer | undefined): boolean {
  return !question.optional && !isAnswered(question, answer);
}
