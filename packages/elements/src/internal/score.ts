/** Score values of rating scales: parsing what users and attributes give us. */

/** An inclusive integer range, e.g. NPS `{ min: 0, max: 10 }`. */
export interface ScoreRange {
  min: number;
  max: number;
}

export const NPS_RANGE: ScoreRange = { min: 0, max: 10 };

/** Result of {@link parseScore}: a score, no score, or an input that is not a score. */
export type ParsedScore = { ok: true; score: number | null } | { ok: false; reason: string };

/**
 * Parses a `value` given as attribute or property. `''`, `null` and `undefined` mean "no score";
 * anything else must be an integer inside the range (`'9'`, `9`, `' 9 '`).
 */
export function parseScore(value: unknown, { min, max }: ScoreRange): ParsedScore {
  if (value != null && typeof value !== 'number' && typeof value !== 'string') {
    return { ok: false, reason: `expected a number, got ${typeof value}` };
  }
  const text = String(value ?? '').trim();
  if (!text) return { ok: true, score: null };
  if (!/^-?\d+$/.test(text)) return { ok: false, reason: `"${text}" is not an integer` };
  const score = Number(text);
  return score < min || score > max
    ? { ok: false, reason: `${score} is outside ${min}–${max}` }
    : { ok: true, score };
}

/** NPS groups answers: 0–6 detractors, 7–8 passives, 9–10 promoters. */
export type NpsCategory = 'detractor' | 'passive' | 'promoter';

export function npsCategory(score: number): NpsCategory {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** tp-nps's words for the ends of its scale ("Not at all likely", "Extremely likely"); none between. */
export function npsLabelKey(score: number): 'npsLowLabel' | 'npsHighLabel' | undefined {
  if (score === NPS_RANGE.min) return 'npsLowLabel';
  if (score === NPS_RANGE.max) return 'npsHighLabel';
  return undefined;
}

/** The scores of a range in order, e.g. `[0, 1, …, 10]`. */
export function scoresOf(range: ScoreRange): number[] {
  return Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
}
