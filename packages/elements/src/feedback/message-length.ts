import { COMMENT_MAX_LENGTH } from '../internal/answer-element.js';

/** `max-length` when the attribute is absent. */
export const DEFAULT_MAX_LENGTH = 2000;

/**
 * The `max-length` in effect: a whole number from 1 to {@link COMMENT_MAX_LENGTH}; anything else
 * falls back (with the reason) so a typo never removes the limit or blocks every message.
 */
export function resolveMaxLength(value: unknown): { maxLength: number; problem?: string } {
  if (value == null || value === '') return { maxLength: DEFAULT_MAX_LENGTH };
  const number = typeof value == 'string' && value.trim() ? Number(value) : value;
  if (!Number.isInteger(number) || (number as number) < 1) {
    return {
      maxLength: DEFAULT_MAX_LENGTH,
      problem: `${JSON.stringify(value)} is not a whole number ≥ 1; using ${DEFAULT_MAX_LENGTH}`,
    };
  }
  return (number as number) > COMMENT_MAX_LENGTH
    ? {
        maxLength: COMMENT_MAX_LENGTH,
        problem: `${number} is above the wire format's limit; using ${COMMENT_MAX_LENGTH}`,
      }
    : { maxLength: number as number };
}

/**
 * Characters left to announce to screen readers, or null while far from the limit: announcing
 * every keystroke from the start would drown the user, so only the last tenth (at least 20
 * characters) is announced.
 */
export function charactersLeftToAnnounce(length: number, maxLength: number): number | null {
  const left = Math.max(0, maxLength - length);
  return left <= Math.max(20, Math.ceil(maxLength / 10)) ? left : null;
}
