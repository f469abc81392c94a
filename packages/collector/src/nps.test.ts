import assert from 'node:assert/strict';
import { test } from 'node:test';
import { npsFromCounts, npsSummary, type NpsSummary } from './admin/nps.js';

const cases: { name: string; scores: number[]; expected: NpsSummary }[] = [
  {
    name: 'no responses: no score',
    scores: [],
    expected: {
      total: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      promoterPercent: 0,
      passivePercent: 0,
      detractorPercent: 0,
      score: null,
    },
  },
  {
    name: 'all promoters: 100',
    scores: [9, 10, 10],
    expected: {
      total: 3,
      promoters: 3,
      passives: 0,
      detractors: 0,
      promoterPercent: 100,
      passivePercent: 0,
      detractorPercent: 0,
      score: 100,
    },
  },
  {
    name: 'all detractors: −100 (0 and 6 are detractors)',
    scores: [0, 6, 3],
    expected: {
      total: 3,
      promoters: 0,
      passives: 0,
      detractors: 3,
      promoterPercent: 0,
      passivePercent: 0,
      detractorPercent: 100,
      score: -100,
    },
  },
  {
    name: 'only passives: 0, not a dash (7 and 8 are passives)',
    scores: [7, 8],
    expected: {
      total: 2,
      promoters: 0,
      passives: 2,
      detractors: 0,
      promoterPercent: 0,
      passivePercent: 100,
      detractorPercent: 0,
      score: 0,
    },
  },
  {
    name: 'a mix: 50% − 33.3% = 16.7 → 17',
    scores: [9, 10, 10, 8, 0, 6],
    expected: {
      total: 6,
      promoters: 3,
      passives: 1,
      detractors: 2,
      promoterPercent: 50,
      passivePercent: 17,
      detractorPercent: 33,
      score: 17,
    },
  },
  {
    name: 'a positive half rounds up: 12.5 → 13',
    scores: [10, 10, 10, 10, 7, 1, 1, 1],
    expected: {
      total: 8,
      promoters: 4,
      passives: 1,
      detractors: 3,
      promoterPercent: 50,
      passivePercent: 13,
      detractorPercent: 38,
      score: 13,
    },
  },
  {
    name: 'a negative half rounds away from zero: −12.5 → −13',
    scores: [1, 1, 1, 1, 7, 10, 10, 10],
    expected: {
      total: 8,
      promoters: 3,
      passives: 1,
      detractors: 4,
      promoterPercent: 38,
      passivePercent: 13,
      detractorPercent: 50,
      score: -13,
    },
  },
  {
    name: 'the score uses exact shares, not rounded ones (1/3 − 1/3 = 0)',
    scores: [9, 8, 2],
    expected: {
      total: 3,
      promoters: 1,
      passives: 1,
      detractors: 1,
      promoterPercent: 33,
      passivePercent: 33,
      detractorPercent: 33,
      score: 0,
    },
  },
  {
    name: 'out-of-range and fractional scores are ignored',
    scores: [11, -1, 9.5, Number.NaN, 9],
    expected: {
      total: 1,
      promoters: 1,
      passives: 0,
      detractors: 0,
      promoterPercent: 100,
      passivePercent: 0,
      detractorPercent: 0,
      score: 100,
    },
  },
];

for (const c of cases) {
  test(`npsSummary: ${c.name}`, () => {
    assert.deepEqual(npsSummary(c.scores), c.expected);
  });
}

test('npsFromCounts agrees with npsSummary and ignores empty or negative counts', () => {
  const counts = new Map([
    [10, 3],
    [8, 1],
    [0, 2],
    [5, 0],
    [4, -3],
  ]);
  assert.deepEqual(npsFromCounts(counts), npsSummary([10, 10, 10, 8, 0, 0]));
});
