/**
 * What a benchmark result is, and whether it meets its goal. Pure: the numbers go in, the
 * verdict comes out, so the rules are testable without a browser.
 */
import { median } from './stats.js';

export interface Metric {
  /** Stable key, e.g. `enqueue.sequential`. */
  id: string;
  /** What was measured, for people. */
  name: string;
  unit: string;
  /** Median of the runs; null when not measurable yet (then `note` says why). */
  value: number | null;
  /** Median of the baseline runs, measured in the same run of `npm run bench`. */
  baseline: number | null;
  /**
   * value ÷ baseline, oriented so that higher is better: the median of the per-run ratios (each
   * run measures both sides back to back). Null without a baseline.
   */
  ratio: number | null;
  /** The goal in words (`ratio ≥ 0.8`); null for an informational number. */
  goal: string | null;
  /** Whether the goal is met; null when there is no goal or no value. */
  pass: boolean | null;
  runs?: number[];
  baselineRuns?: number[];
  note?: string;
}

export interface RatioSpec {
  id: string;
  name: string;
  unit: string;
  runs: number[];
  baselineRuns: number[];
  /** `rate` (records/s: bigger is better) or `time` (ms: smaller is better). */
  kind: 'rate' | 'time';
  /** The smallest acceptable ratio; omitted for an informational metric. */
  minRatio?: number;
  note?: string;
}

/**
 * A metric compared with its baseline. The ratio is the median of the per-run ratios, so a slow
 * moment of a shared machine, which slows both sides of one run, cancels out; oriented so that
 * higher is better.
 */
export function ratioMetric(spec: RatioSpec): Metric {
  if (spec.runs.length !== spec.baselineRuns.length) {
    throw new Error(
      `${spec.id}: ${spec.runs.length} runs but ${spec.baselineRuns.length} baseline runs`,
    );
  }
  const value = median(spec.runs);
  const baseline = median(spec.baselineRuns);
  // A run with a zero side has no ratio (a 0 ms baseline, say); the others still count.
  const perRun = spec.runs
    .map((v, i) => {
      const b = spec.baselineRuns[i]!;
      return spec.kind === 'rate' ? v / b : b / v;
    })
    .filter(Number.isFinite);
  const ratio = perRun.length ? median(perRun) : null;
  return {
    id: spec.id,
    name: spec.name,
    unit: spec.unit,
    value,
    baseline,
    ratio,
    goal: spec.minRatio === undefined ? null : `ratio ≥ ${spec.minRatio}`,
    pass: spec.minRatio === undefined ? null : ratio !== null && ratio >= spec.minRatio,
    runs: spec.runs,
    baselineRuns: spec.baselineRuns,
    ...(spec.note ? { note: spec.note } : {}),
  };
}

export interface CeilingSpec {
  id: string;
  name: string;
  unit: string;
  runs: number[];
  /** With a baseline, the goal is "no more than the baseline" (`none added`). */
  baselineRuns?: number[];
  /** Without a baseline: the largest acceptable value. */
  max?: number;
  note?: string;
}

/** A metric that must not exceed its baseline (or a fixed maximum). No ratio: it may be 0. */
export function ceilingMetric(spec: CeilingSpec): Metric {
  const value = median(spec.runs);
  const baseline = spec.baselineRuns ? median(spec.baselineRuns) : null;
  const limit = baseline ?? spec.max;
  return {
    id: spec.id,
    name: spec.name,
    unit: spec.unit,
    value,
    baseline,
    ratio: null,
    goal: baseline !== null ? '≤ baseline (none added)' : limit !== undefined ? `≤ ${limit}` : null,
    pass: limit === undefined ? null : value <= limit,
    runs: spec.runs,
    ...(spec.baselineRuns ? { baselineRuns: spec.baselineRuns } : {}),
    ...(spec.note ? { note: spec.note } : {}),
  };
}

/** A number reported as is (no baseline, no goal). */
export function infoMetric(
  id: string,
  name: string,
  unit: string,
  runs: number[],
  note?: string,
): Metric {
  return {
    id,
    name,
    unit,
    value: median(runs),
    baseline: null,
    ratio: null,
    goal: null,
    pass: null,
    runs,
    ...(note ? { note } : {}),
  };
}

/** Something the issue asks for that cannot be measured yet; says why instead of inventing it. */
export function notApplicable(id: string, name: string, why: string): Metric {
  return {
    id,
    name,
    unit: '',
    value: null,
    baseline: null,
    ratio: null,
    goal: null,
    pass: null,
    note: `n/a (${why})`,
  };
}

/** A benchmark that crashed: reported, and it fails the run. */
export function errored(id: string, name: string, error: unknown): Metric {
  const message = error instanceof Error ? error.message : String(error);
  return {
    id,
    name,
    unit: '',
    value: null,
    baseline: null,
    ratio: null,
    goal: 'runs',
    pass: false,
    note: `error: ${message}`,
  };
}

/** Exit status of the whole run: every goal met. */
export function allGoalsMet(metrics: readonly Metric[]): boolean {
  return metrics.every((m) => m.pass !== false);
}

/** A count as metric names show it: `1,000`. */
export const formatCount = (n: number) => n.toLocaleString('en-US');
