/** The chaos table, as markdown. Pure. */
import type { CellResult } from './cell.js';

const seconds = (ms: number | undefined) =>
  ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`;

/** One row per cell: N, lost, duplicates stored and on the wire, phantoms, dead letters, drain. */
export function formatTable(results: readonly CellResult[]): string {
  const header =
    '| cell | N | lost | duplicates stored | wire duplicates | phantoms | dead-lettered | time to drain | requests | cell time | result |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|';
  const rows = results.map((r) =>
    [
      r.cell,
      r.submitted === r.n ? r.n : `${r.n} (${r.submitted} resolved)`,
      r.lost,
      r.storedDuplicates,
      r.wireDuplicates,
      r.phantoms,
      r.expectedDeadLetters
        ? `${r.deadLettered} (expected ${r.expectedDeadLetters})`
        : r.deadLettered,
      r.drained ? seconds(r.drainMs) : 'not drained',
      r.requests,
      seconds(r.totalMs),
      r.pass ? 'pass' : '**FAIL**',
    ].join(' | '),
  );
  return [header, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/**
 * Per cell: why it failed, the checks that passed, what the pages logged; for a failed cell also
 * the endpoint's request log (at most 30 lines).
 */
export function formatDetails(results: readonly CellResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`### ${r.cell}${r.pass ? '' : ' — FAIL'}`);
    for (const f of r.failures) lines.push(`- ${f}`);
    for (const c of r.checks.filter((c) => c.ok)) {
      lines.push(`- ok: ${c.name}${c.detail ? ` (${c.detail})` : ''}`);
    }
    for (const n of r.notes) lines.push(`- note: ${n.split('\n')[0]}`);
    if (!r.pass) {
      lines.push('', 'Requests:', '```');
      lines.push(...r.requestLog.slice(0, 30));
      if (r.requestLog.length > 30) lines.push(`… ${r.requestLog.length - 30} more`);
      lines.push('```');
    }
    lines.push('');
  }
  return lines.join('\n');
}
