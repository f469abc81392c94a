/** Decisions about the CSAT scale: which points a variant offers and how each is labelled. */
import type { Strings } from '../internal/localize.js';
import type { ScoreRange } from '../internal/score.js';

/** How tp-csat draws its options. */
export type CsatVariant = 'numbers' | 'stars' | 'emoji' | 'thumbs';

/** Points a `scale` attribute may ask for (thumbs always has 2). */
export type CsatScale = 3 | 5 | 7;

/** Points a CSAT scale can have. */
export type CsatPoints = 2 | CsatScale;

export const CSAT_VARIANTS: readonly CsatVariant[] = ['numbers', 'stars', 'emoji', 'thumbs'];
export const CSAT_SCALES: readonly CsatScale[] = [3, 5, 7];
export const DEFAULT_CSAT_VARIANT: CsatVariant = 'numbers';
export const DEFAULT_CSAT_SCALE: CsatScale = 5;

/** Scores a tp-csat `value` can ever hold (the widest scale). */
export const CSAT_WIDEST: ScoreRange = { min: 1, max: 7 };

export function isCsatVariant(value: unknown): value is CsatVariant {
  return CSAT_VARIANTS.includes(value as CsatVariant);
}

export function isCsatScale(value: unknown): value is CsatScale {
  return CSAT_SCALES.includes(value as CsatScale);
}

/** The variant in effect: an unknown one falls back to numbers. */
export function csatVariant(variant: unknown): CsatVariant {
  return isCsatVariant(variant) ? variant : DEFAULT_CSAT_VARIANT;
}

/** Number of points: thumbs is a 2-point scale; otherwise 3, 5 or 7 as asked, else 5. */
export function csatPoints(variant: unknown, scale: unknown): CsatPoints {
  if (csatVariant(variant) === 'thumbs') return 2;
  return isCsatScale(scale) ? scale : DEFAULT_CSAT_SCALE;
}

/**
 * Labels of the points, lowest first: a symmetric scale around "neutral" that adds "very" and then
 * "somewhat" steps as it grows (the usual CSAT wording).
 */
const LABELS: Record<CsatPoints, ReadonlyArray<keyof Strings>> &
  Partial<Record<number, ReadonlyArray<keyof Strings>>> = {
  2: ['csatDissatisfied', 'csatSatisfied'],
  3: ['csatDissatisfied', 'csatNeutral', 'csatSatisfied'],
  5: [
    'csatVeryDissatisfied',
    'csatDissatisfied',
    'csatNeutral',
    'csatSatisfied',
    'csatVerySatisfied',
  ],
  7: [
    'csatVeryDissatisfied',
    'csatDissatisfied',
    'csatSomewhatDissatisfied',
    'csatNeutral',
    'csatSomewhatSatisfied',
    'csatSatisfied',
    'csatVerySatisfied',
  ],
};

/**
 * The string key labelling `score` (1-based) on a scale of `points`; none on a scale with no
 * wording (a survey's csat question may have 4 or 6 points: numbers only).
 */
export function csatLabelKey(points: number, score: number): keyof Strings | undefined {
  return LABELS[points]?.[score - 1];
}

/** Where a score sits on its scale, from 0 (lowest) to 1 (highest): drives the face's mouth. */
export function scalePosition(score: number, range: ScoreRange): number {
  return range.max === range.min ? 1 : (score - range.min) / (range.max - range.min);
}
