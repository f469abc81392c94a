/** Decisions about the CES scale: how many points and how each is labelled. */
import type { Strings } from '../internal/localize.js';
import type { ScoreRange } from '../internal/score.js';

/** Points a tp-ces `scale` may ask for. */
export type CesScale = 5 | 7;

export const CES_SCALES: readonly CesScale[] = [5, 7];
export const DEFAULT_CES_SCALE: CesScale = 7;

/** Scores a tp-ces `value` can ever hold (the widest scale). */
export const CES_WIDEST: ScoreRange = { min: 1, max: 7 };

export function isCesScale(value: unknown): value is CesScale {
  return CES_SCALES.includes(value as CesScale);
}

/** The scale in effect: 5 or 7 as asked, else 7 (CES 2.0). */
export function cesPoints(scale: unknown): CesScale {
  return isCesScale(scale) ? scale : DEFAULT_CES_SCALE;
}

const LABELS: Record<CesScale, ReadonlyArray<keyof Strings>> = {
  5: ['cesVeryDifficult', 'cesDifficult', 'cesNeutral', 'cesEasy', 'cesVeryEasy'],
  7: [
    'cesVeryDifficult',
    'cesDifficult',
    'cesSomewhatDifficult',
    'cesNeutral',
    'cesSomewhatEasy',
    'cesEasy',
    'cesVeryEasy',
  ],
};

/** The string key labelling `score` (1-based) on a scale of `points`. */
export function cesLabelKey(points: CesScale, score: number): keyof Strings | undefined {
  return LABELS[points][score - 1];
}
