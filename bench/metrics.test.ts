// The pure parts of the benchmarks: statistics and verdicts. No timings are asserted here.
// Run: node --import tsx --test bench/metrics.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allGoalsMet, ceilingMetric, errored, notApplicable, ratioMetric } from './metrics.js';
import { formatTable } from './report.js';
import { median, percentile, perSecond, slope } from './stats.js';

describe('statistics', () => {
  const cases: Array<[string, () => number, number]> = [
    ['median of odd count', () => median([3, 1, 2]), 2],
    ['median of even count', () => median([4, 1, 3, 2]), 2.5],
    ['median of none', () => median([]), NaN],
    ['p50 nearest rank', () => percentile([1, 2, 3, 4], 50), 2],
    [
      'p99 of 100 values',
      () =>
        percentile(
          Array.from({ length: 100 }, (_, i) => i + 1),
          99,
        ),
      99,
    ],
    ['p100 is the max', () => percentile([5, 1, 9], 100), 9],
    ['p0 is the min', () => percentile([5, 1, 9], 0), 1],
    [
      'flat slope',
      () =>
        slope([
          [1, 5],
          [2, 5],
          [3, 5],
        ]),
      0,
    ],
    [
      'rising slope',
      () =>
        slope([
          [1, 10],
          [2, 20],
          [3, 30],
        ]),
      10,
    ],
    ['slope of one point', () => slope([[1, 5]]), NaN],
    ['records per second', () => perSecond(1000, 500), 2000],
  ];
  for (const [name, compute, expected] of cases) {
    it(name, () => assert.deepEqual(compute(), expected));
  }
});

describe('verdicts', () => {
  const rate = (runs: number[], baselineRuns: number[], minRatio?: number) =>
    ratioMetric({
      id: 'x',
      name: 'x',
      unit: 'records/s',
      kind: 'rate',
      runs,
      baselineRuns,
      ...(minRatio === undefined ? {} : { minRatio }),
    });

  it('values are medians; the ratio is the median of the paired per-run ratios', () => {
    // Run 3 ran on a slow moment for both sides: its ratio (1.0) still counts, not its speed.
    const m = rate([800, 900, 400], [1000, 1000, 400], 0.8);
    assert.equal(m.value, 800);
    assert.equal(m.baseline, 1000);
    assert.equal(m.ratio, 0.9);
    assert.equal(m.pass, true);
  });
  it('runs without a finite ratio are left out of the ratio', () => {
    const m = ratioMetric({
      id: 't',
      name: 't',
      unit: 'ms',
      kind: 'time',
      runs: [0, 10, 0],
      baselineRuns: [0, 5, 0],
    });
    assert.equal(m.ratio, 0.5);
  });
  it('runs and baseline runs must pair up', () => {
    assert.throws(() => rate([1, 2], [1]), /2 runs but 1 baseline runs/);
  });
  it('a ratio below the goal fails', () => assert.equal(rate([700], [1000], 0.8).pass, false));
  it('a ratio equal to the goal passes', () => assert.equal(rate([800], [1000], 0.8).pass, true));
  it('no goal: informational', () => assert.equal(rate([1], [2]).pass, null));
  it('a time ratio is baseline ÷ value (higher is better)', () => {
    const m = ratioMetric({
      id: 't',
      name: 't',
      unit: 'ms',
      kind: 'time',
      runs: [20],
      baselineRuns: [10],
    });
    assert.equal(m.ratio, 0.5);
  });
  it('a zero baseline gives no ratio and fails a goal', () => {
    const m = rate([5], [0], 0.8);
    assert.equal(m.ratio, null);
    assert.equal(m.pass, false);
  });
  it('none added: equal to the baseline passes, more fails', () => {
    const c = (runs: number[]) =>
      ceilingMetric({ id: 'c', name: 'c', unit: 'tasks', runs, baselineRuns: [0, 0, 1] });
    assert.equal(c([0, 0, 0]).pass, true);
    assert.equal(c([1, 1, 0]).pass, false);
  });
  it('a fixed ceiling', () => {
    const c = (runs: number[]) => ceilingMetric({ id: 'c', name: 'c', unit: 'kB', runs, max: 32 });
    assert.equal(c([-3, 2, 40]).pass, true);
    assert.equal(c([33, 40, 1]).pass, false);
  });
  it('n/a counts as met, an error as missed', () => {
    assert.equal(
      allGoalsMet([notApplicable('a', 'a', 'not built yet'), rate([1], [1], 0.5)]),
      true,
    );
    assert.equal(allGoalsMet([errored('b', 'b', new Error('boom'))]), false);
  });
  it('the table says n/a, info, pass and FAIL', () => {
    const table = formatTable([
      notApplicable('a', 'popover', 'tp-survey not built yet'),
      rate([1], [2]),
      rate([900], [1000], 0.8),
      rate([100], [1000], 0.8),
    ]);
    assert.match(table, /\| popover \| n\/a \(tp-survey not built yet\) \|.*\| n\/a \|/);
    assert.match(table, /\| info \|/);
    assert.match(
      table,
      /\| 900 records\/s \| 1,000 records\/s \| 0\.90 \| ratio ≥ 0\.8 \| pass \|/,
    );
    assert.match(table, /\| 0\.10 \| ratio ≥ 0\.8 \| \*\*FAIL\*\* \|/);
  });
});
