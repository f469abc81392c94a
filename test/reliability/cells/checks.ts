/** Checks shared by cells: that a fault happened as claimed and that SPEC timing held. */
import type { CellContext } from '../context.js';
import type { RequestLogEntry } from '../ledger.js';

/** Wait between a reply with `outcome` and the next request (ms), for every such reply. */
export function gapsAfter(requests: readonly RequestLogEntry[], outcome: string): number[] {
  const gaps: number[] = [];
  requests.forEach((r, i) => {
    const next = requests[i + 1];
    if (r.outcome === outcome && next && r.doneAt !== undefined) gaps.push(next.at - r.doneAt);
  });
  return gaps;
}

/** Checks that after every `outcome` reply the SDK waited at least `minMs` before sending again. */
export function checkWaits(ctx: CellContext, outcome: string, minMs: number, what: string) {
  const gaps = gapsAfter(ctx.server.ledger.requests, outcome);
  ctx.check(
    `${what}: waited ≥ ${minMs} ms after each ${outcome}`,
    gaps.length > 0 && gaps.every((g) => g >= minMs),
    `gaps ${gaps.map((g) => `${g} ms`).join(', ') || 'none (no retry seen)'}`,
  );
}

/** Checks that the request the cell cut off really died with its client, storing nothing. */
export function checkCutOff(ctx: CellContext, entry: RequestLogEntry | undefined) {
  ctx.check(
    'the request in flight died with its client, storing nothing',
    entry?.outcome === 'client gone (nothing stored)',
    `request #${entry?.no}: ${entry?.outcome}`,
  );
}

/** How long a cell holds an outage (offline, server down) while the SDK tries. */
export const FAULT_HOLD_MS = 2500;
/** Longer than the SDK's 10 s request timeout: the request is still in flight when we strike. */
export const HANG_MS = 30_000;
