/**
 * Runs one chaos cell: starts the fault server and Chromium, lets the cell act (submit, inject,
 * heal), then waits — bounded — until every answer is accounted for and every tab's queue is
 * empty, and counts. Never throws: a cell that breaks reports why.
 */
import { profileDir } from '../support/browser.js';
import type { Cell, CellResult } from './cell.js';
import { CellContext } from './context.js';
import { bounded, sleep } from './deadline.js';
import { startFaultServer } from './fault-server.js';
import { computeFigures } from './figures.js';
import type { Ledger } from './ledger.js';
import { ENDPOINT_PATH } from './page.js';

export type { Cell, CellResult } from './cell.js';
export { CellContext } from './context.js';

const SETTLE_MS = 1000;
const POLL_MS = 200;

export interface RunOptions {
  /** Where the script-tag build is (default packages/embed/dist). */
  bundleDir?: string;
  /** Progress lines (the runner prints them). */
  log?: (line: string) => void;
}

/** Runs a cell from start to finish and returns its figures; never throws. */
export async function runCell(cell: Cell, options: RunOptions = {}): Promise<CellResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const failures: string[] = [];
  const bundle = options.bundleDir === undefined ? {} : { bundleDir: options.bundleDir };
  const server = await startFaultServer(bundle);
  const pageServer = cell.crossOrigin
    ? await startFaultServer({ ...bundle, endpoint: `${server.url}${ENDPOINT_PATH}` })
    : server;
  const ctx = new CellContext(cell, server, pageServer, profileDir(`tp-chaos-${cell.slug}-`));
  let drained = false;
  let drainMs: number | undefined;
  let deadLetters: Array<{ id: string; reason: string }> = [];
  let ledger = snapshot(server.ledger);
  try {
    log(`${cell.slug}: acting`);
    await ctx.launch();
    await bounded(cell.act(ctx), cell.actTimeoutMs ?? 60_000, `${cell.slug}: act`);
    const from = ctx.healedAt ?? Date.now();
    log(`${cell.slug}: ${ctx.submitted.length} submitted, waiting for the drain`);
    const drain = await waitForDrain(ctx, cell.drainTimeoutMs ?? 60_000);
    drained = drain.drained;
    deadLetters = drain.deadLetters;
    if (drained) drainMs = Date.now() - from;
    else failures.push(`not drained in time: ${drain.reason}`);
    // A late duplicate (a resend racing the ack) shows up in this window.
    await sleep(SETTLE_MS);
    const live = ctx.tabs.find((t) => t.alive);
    if (live) deadLetters = await ctx.deadLetters(live);
    // Verify while the browser still runs: closing it fires page hide, which may send again.
    ledger = snapshot(server.ledger);
    cell.verify?.(ctx, { figures: figuresOf(ctx, ledger, deadLetters), deadLetters });
  } catch (error) {
    failures.push(`error: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (ledger.requests.length !== server.ledger.requests.length) ledger = snapshot(server.ledger);
    await ctx.dispose().catch((e: unknown) => ctx.note(`cleanup: ${String(e)}`));
    await server.close();
    if (pageServer !== server) await pageServer.close();
  }

  const figures = figuresOf(ctx, ledger, deadLetters);
  const expectedDeadLetters = cell.expectedDeadLetters ?? 0;
  if (figures.lost) failures.push(`lost ${figures.lost}: ${figures.examples.lost.join('; ')}`);
  if (figures.storedDuplicates) {
    failures.push(
      `stored duplicates ${figures.storedDuplicates}: ${figures.examples.duplicated.join('; ')}`,
    );
  }
  if (figures.phantoms) {
    failures.push(`phantoms ${figures.phantoms}: ${figures.examples.phantoms.join(', ')}`);
  }
  if (figures.deadLettered !== expectedDeadLetters) {
    failures.push(
      `dead-lettered ${figures.deadLettered}, expected ${expectedDeadLetters}` +
        (deadLetters[0] ? ` (first reason: ${deadLetters[0].reason})` : ''),
    );
  }
  if (figures.deadLetteredButStored) {
    failures.push(`${figures.deadLetteredButStored} dead-lettered record(s) were stored anyway`);
  }
  if (cell.maxWireDuplicates !== undefined && figures.wireDuplicates > cell.maxWireDuplicates) {
    failures.push(`wire duplicates ${figures.wireDuplicates} > ${cell.maxWireDuplicates}`);
  }
  if (ctx.refusals.length) {
    failures.push(`${ctx.refusals.length} submit(s) refused: ${ctx.refusals[0]}`);
  }
  for (const c of ctx.checks) {
    if (!c.ok) failures.push(`check failed: ${c.name}${c.detail ? ` (${c.detail})` : ''}`);
  }

  const { examples, ...counts } = figures;
  return {
    slug: cell.slug,
    cell: cell.name,
    n: cell.n,
    submitted: ctx.submitted.length,
    refused: ctx.refusals.length,
    ...counts,
    expectedDeadLetters,
    drained,
    ...(drainMs === undefined ? {} : { drainMs }),
    requests: ledger.requests.length,
    requestLog: ledger.requests.map(
      (r) =>
        `#${r.no} at ${r.at} ms from ${r.from || '?'}: ${r.ids.length} record(s) → ${r.outcome}` +
        (r.doneAt === undefined ? '' : ` (done at ${r.doneAt} ms)`),
    ),
    checks: ctx.checks,
    failures,
    notes: ctx.notes,
    examples,
    pass: failures.length === 0,
    totalMs: Date.now() - started,
  };
}

const figuresOf = (
  ctx: CellContext,
  ledger: ReturnType<typeof snapshot>,
  deadLetters: ReadonlyArray<{ id: string }>,
) =>
  computeFigures({
    submitted: ctx.submitted,
    stored: ledger.stored,
    deadLetterIds: deadLetters.map((d) => d.id),
    wireDuplicates: ledger.wireDuplicates,
  });

const snapshot = (ledger: Ledger) => ({
  stored: new Map(ledger.stored),
  wireDuplicates: ledger.wireDuplicates,
  requests: ledger.requests.map((r) => ({ ...r })),
});

/**
 * Waits until every submitted answer is stored or dead-lettered, and every live tab reports an
 * empty queue — or the deadline passes.
 */
async function waitForDrain(
  ctx: CellContext,
  timeoutMs: number,
): Promise<{
  drained: boolean;
  reason: string;
  deadLetters: Array<{ id: string; reason: string }>;
}> {
  const deadline = Date.now() + timeoutMs;
  let reason = '';
  let deadLetters: Array<{ id: string; reason: string }> = [];
  for (;;) {
    const live = ctx.tabs.filter((t) => t.alive);
    if (live.length === 0) return { drained: false, reason: 'no live tab left', deadLetters };
    try {
      const { stored } = ctx.server.ledger;
      let missing = ctx.submitted.filter((s) => !stored.has(s.id));
      if (missing.length) {
        deadLetters = await ctx.deadLetters(live[0]!);
        const dead = new Set(deadLetters.map((d) => d.id));
        missing = missing.filter((s) => !dead.has(s.id));
      }
      const queued = await Promise.all(live.map(async (t) => (await ctx.stats(t)).queued));
      if (missing.length === 0 && queued.every((q) => q === 0)) {
        return { drained: true, reason: '', deadLetters };
      }
      reason =
        `${missing.length} answer(s) neither stored nor dead-lettered; ` +
        `stats().queued per live tab: ${live.map((t, k) => `${t.label}=${queued[k]}`).join(', ')}`;
    } catch (error) {
      // A tab may die between the check and the call; the next round sees it gone.
      reason = `probe failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (Date.now() > deadline) return { drained: false, reason, deadLetters };
    await sleep(POLL_MS);
  }
}
