/** Retryable HTTP answers: backoff, and `Retry-After` honoured queue-wide (SPEC §3). */
import type { Touchpoint } from '@touchpoint/core';
import type { Cell } from '../cell.js';
import { checkWaits } from './checks.js';

export const status500 = (n: number): Cell => ({
  slug: '500',
  name: '500 ×3 (backoff)',
  n,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    ctx.server.faults.set([{ kind: 'status', status: 500, times: 3 }]);
    await ctx.submit(tab, n);
    ctx.healed();
  },
  verify(ctx) {
    // SPEC §3: first retry after ~1–2 s, exponential backoff; never an immediate retry.
    checkWaits(ctx, '500', 1000, 'backoff');
  },
});

export const status503RetryAfter = (n: number): Cell => ({
  slug: '503-retry-after',
  name: '503 + Retry-After: 3 ×2',
  n,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    // 3 s is beyond the first backoff steps (1–2 s, 1–4 s): only an honoured header waits this long.
    ctx.server.faults.set([
      { kind: 'status', status: 503, headers: { 'Retry-After': '3' }, times: 2 },
    ]);
    await ctx.submit(tab, n);
    ctx.healed();
  },
  verify(ctx) {
    checkWaits(ctx, '503', 2950, 'Retry-After (seconds) honoured');
  },
});

export const retryAfterDate = (n: number): Cell => ({
  slug: '503-retry-date',
  name: '503 + Retry-After as an HTTP date (~4 s)',
  n,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    const until = new Date(Date.now() + 4000).toUTCString();
    ctx.server.faults.set([
      { kind: 'status', status: 503, headers: { 'Retry-After': until }, times: 1 },
    ]);
    await ctx.submit(tab, n);
    ctx.healed();
  },
  verify(ctx) {
    // The date has one-second resolution and was set before the submit: at least ~2.5 s remain.
    checkWaits(ctx, '503', 2500, 'Retry-After (HTTP date) honoured');
  },
});

export const status429 = (n: number): Cell => {
  const flushes: Array<{ sent: number; failed: number; pending: number }> = [];
  return {
    slug: '429',
    name: '429 + Retry-After: 3, flush() called in the window',
    n,
    async act(ctx) {
      const tab = await ctx.openTab('a');
      // The 429 comes 500 ms late, so the page's flush() lands while the request is in flight.
      ctx.server.faults.set([
        { kind: 'status', status: 429, headers: { 'Retry-After': '3' }, afterMs: 500, times: 1 },
      ]);
      const inFlight = ctx.server.nextRequest();
      await ctx.submit(tab, n);
      await inFlight;
      const flush = () =>
        tab.page.evaluate(() =>
          (window as unknown as { touchpoint: Touchpoint }).touchpoint.flush(),
        );
      flushes.push(await flush());
      // And once more inside the window, after the 429 was read.
      flushes.push(await flush());
      ctx.healed();
    },
    verify(ctx) {
      // SPEC §3: flush() sends now "unless a Retry-After window is in force".
      checkWaits(ctx, '429', 2950, 'Retry-After honoured, flush() included');
      ctx.check(
        'flush() during the Retry-After window sent nothing',
        flushes.every((f) => f.sent === 0),
        JSON.stringify(flushes),
      );
    },
  };
};

export const retryAfterAcrossTabs = (n: number): Cell => ({
  slug: '503-retry-after-2-tabs',
  name: '503 + Retry-After: 3, two tabs',
  n,
  async act(ctx) {
    const tabs = [await ctx.openTab('a'), await ctx.openTab('b')];
    ctx.server.faults.set([
      { kind: 'status', status: 503, headers: { 'Retry-After': '3' }, times: 1 },
    ]);
    await ctx.submitAcross(tabs, n);
    ctx.healed();
  },
  verify(ctx) {
    // SPEC §3: Retry-After is honoured queue-wide — the outbox is shared, so is the window.
    checkWaits(ctx, '503', 2950, 'Retry-After honoured by every tab');
  },
});

export const retryAfterAcrossReload = (n: number): Cell => ({
  slug: '503-retry-after-reload',
  name: '503 + Retry-After: 3, page reloaded in the window',
  n,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    ctx.server.faults.set([
      { kind: 'status', status: 503, headers: { 'Retry-After': '3' }, times: 1 },
    ]);
    const inFlight = ctx.server.nextRequest();
    await ctx.submit(tab, n);
    await inFlight;
    await ctx.sleep(200);
    // The outbox outlives the page; the server's window is about that outbox.
    await ctx.reload(tab);
    ctx.healed();
  },
  verify(ctx) {
    checkWaits(ctx, '503', 2950, 'Retry-After honoured after a reload');
  },
});

export const crossOrigin = (n: number): Cell => ({
  slug: 'cors',
  name: 'endpoint on another origin, 503 + Retry-After: 3',
  n,
  crossOrigin: true,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    ctx.server.faults.set([
      { kind: 'status', status: 503, headers: { 'Retry-After': '3' }, times: 1 },
    ]);
    await ctx.submit(tab, n);
    ctx.healed();
  },
  verify(ctx) {
    ctx.check(
      'the browser preflighted the cross-origin POST',
      ctx.server.ledger.preflights > 0,
      `${ctx.server.ledger.preflights} preflight(s)`,
    );
    // Readable only through Access-Control-Expose-Headers (SPEC §5).
    checkWaits(ctx, '503', 2950, 'Retry-After read across origins');
  },
});
