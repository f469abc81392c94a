/** Turns metrics into the console/README table and bench/results.json. */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { Metric } from './metrics.js';

export interface Results {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; os: string; node: string };
  chromium: string;
  runs: number;
  count: number;
  batchSize: number;
  durationS: number;
  warnings: string[];
  allGoalsMet: boolean;
  metrics: Metric[];
}

const grouped = (n: number, digits: number) =>
  // `+ 0` turns a rounded -0 into 0.
  (Number(n.toFixed(digits)) + 0).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** A number in the precision its unit deserves. */
export function formatNumber(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (unit === 'records/s' || unit === 'kB') return grouped(value, 0);
  if (unit === 'tasks') return grouped(value, Number.isInteger(value) ? 0 : 1);
  return grouped(value, Math.abs(value) < 10 ? 2 : 1);
}

function verdict(metric: Metric): string {
  if (metric.pass === true) return 'pass';
  if (metric.pass === false) return '**FAIL**';
  return metric.note?.startsWith('n/a') ? 'n/a' : 'info';
}

/** The Markdown table of every metric. */
export function formatTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => {
    const unit = m.unit ? ` ${m.unit}` : '';
    const value = m.value === null ? (m.note ?? 'n/a') : `${formatNumber(m.value, m.unit)}${unit}`;
    const baseline = m.baseline === null ? '—' : `${formatNumber(m.baseline, m.unit)}${unit}`;
    const ratio = m.ratio === null ? '—' : m.ratio.toFixed(2);
    return `| ${m.name} | ${value} | ${baseline} | ${ratio} | ${m.goal ?? '—'} | ${verdict(m)} |`;
  });
  return [
    '| metric | value (median) | baseline (same run) | ratio | goal | result |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}

/** One line per missed goal, for the end of the console output. */
export function describeFailures(metrics: readonly Metric[]): string[] {
  return metrics
    .filter((m) => m.pass === false)
    .map((m) => {
      if (m.value === null) return `FAIL ${m.id}: ${m.note ?? 'no value'}`;
      const got =
        m.ratio !== null
          ? `ratio ${m.ratio.toFixed(2)}`
          : `${formatNumber(m.value, m.unit)} ${m.unit}`;
      return `FAIL ${m.id}: ${got}, goal ${m.goal}`;
    });
}

/** Writes a file formatted like the rest of the repo, so `npm run format:check` stays green. */
async function writeFormatted(path: string, text: string): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(text, { ...options, filepath: path }));
}

export function writeResults(path: string, results: Results): Promise<void> {
  return writeFormatted(path, JSON.stringify(results));
}

const START = '<!-- bench:results -->';
const END = '<!-- /bench:results -->';

/** Replaces the table between the markers in bench/README.md (left alone without markers). */
export async function updateReadme(path: string, results: Results): Promise<boolean> {
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) return false;
  const m = results.machine;
  const block = [
    START,
    `Measured ${results.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ` +
      `${results.chromium}, Node ${m.node}; median of ${results.runs} runs, ` +
      `${results.count.toLocaleString('en-US')} records, ` +
      `batch size ${results.batchSize}.`,
    '',
    formatTable(results.metrics),
    END,
  ].join('\n');
  await writeFormatted(path, text.slice(0, from) + block + text.slice(to + END.length));
  return true;
}
