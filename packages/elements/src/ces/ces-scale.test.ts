import { expect } from '@open-wc/testing';
import { cesLabelKey, cesPoints } from './ces-scale.js';

describe('cesPoints (pure)', () => {
  const table: Array<[unknown, number]> = [
    [7, 7],
    [5, 5],
    [undefined, 7],
    [3, 7],
    [Number.NaN, 7],
    ['5', 7], // the property is numeric; a string is not a scale
  ];
  for (const [scale, points] of table) {
    it(`scale ${String(scale)} → ${points} points`, () =>
      expect(cesPoints(scale)).to.equal(points));
  }
});

describe('cesLabelKey (pure)', () => {
  const table: Array<[5 | 7, number, string | undefined]> = [
    [7, 1, 'cesVeryDifficult'],
    [7, 4, 'cesNeutral'],
    [7, 7, 'cesVeryEasy'],
    [5, 2, 'cesDifficult'],
    [5, 3, 'cesNeutral'],
    [5, 4, 'cesEasy'],
    [5, 6, undefined],
    [7, 0, undefined],
  ];
  for (const [points, score, key] of table) {
    it(`${score} of ${points} → ${String(key)}`, () =>
      expect(cesLabelKey(points, score)).to.equal(key));
  }
});
