/**
 * Words after the number in a rating option's accessible name ("4 – Satisfied"), per question
 * kind: a definition's `lowLabel`/`highLabel` name the ends; otherwise nps names its ends, csat and
 * ces name every point with the same strings tp-csat and tp-ces use.
 */
import type { Question } from '@touchpoint/core/survey';
import { cesLabelKey } from '../ces/ces-scale.js';
import { csatLabelKey, type CsatPoints } from '../csat/csat-scale.js';
import type { Strings } from '../internal/localize.js';
import { ratingRange } from './question.js';

type Term = keyof Strings;

/** CSAT scales tp-csat has wording for; other sizes are numbers only. */
const CSAT_WORDED = new Set<number>([2, 3, 5, 7]);

/** The built-in string naming `score` of `question`, or `null` for none. */
export function ratingTerm(question: Question, score: number): Term | null {
  const range = ratingRange(question);
  if (!range) return null;
  switch (question.kind) {
    case 'nps':
      return score === range.min ? 'npsLowLabel' : score === range.max ? 'npsHighLabel' : null;
    case 'ces':
      return cesLabelKey(7, score) ?? null;
    case 'csat':
      return CSAT_WORDED.has(range.max)
        ? (csatLabelKey(range.max as CsatPoints, score) ?? null)
        : null;
    default:
      return null;
  }
}

/**
 * The label of `score` (`''` for none): the definition's `lowLabel`/`highLabel` at the ends win,
 * then {@link ratingTerm}.
 */
export function ratingLabel(
  question: Question,
  score: number,
  term: (key: Term) => string,
): string {
  const range = ratingRange(question);
  if (!range) return '';
  if (score === range.min && question.lowLabel) return question.lowLabel;
  if (score === range.max && question.highLabel) return question.highLabel;
  const key = ratingTerm(question, score);
  return key ? term(key) : '';
}
