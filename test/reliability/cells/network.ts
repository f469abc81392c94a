/** Transport faults: no network, no server, a captive portal, a server too slow to answer. */
import type { Cell } from '../cell.js';
import { checkWaits, FAULT_HOLD_MS } from './checks.js';

export const offline = (n: number): Cell => ({
  slug: 'offline',
  name: 'offline, then online',
  n,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    await ctx.context.setOffline(true);
    await ctx.submit(tab, n);
    await ctx.sleep(FAULT_HOLD_MS);
    const stats = await ctx.stats(tab);
    ctx.check('every answer queued while offline', stats.queued === n, `queued ${stats.queued}`);
    await ctx.context.setOffline(false);
    ctx.healed();
  },
});

export const serverDown = (n: number): Cell => ({
  slug: 'server-down',
  name: 'server down, then up',
  n,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    await ctx.server.down();
    await ctx.submit(tab, n);
    await ctx.sleep(FAULT_HOLD_MS);
    const stats = await ctx.stats(tab);
    ctx.check('every answer queued while down', stats.queued === n, `queued ${stats.queued}`);
    await ctx.heal();
  },
});

export const captivePortal = (n: number, times = 3): Cell => ({
  slug: 'html-200',
  name: `2xx HTML captive portal ×${times}`,
  n,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    ctx.server.faults.set([{ kind: 'html200', times }]);
    await ctx.submit(tab, n);
    ctx.healed();
  },
  verify(ctx) {
    checkWaits(ctx, 'html200', 1000, 'backoff');
  },
});

export const slowServer = (n: number): Cell => ({
  slug: 'slow',
  name: 'slow server (15 s reply, stored)',
  n,
  drainTimeoutMs: 60_000,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    // The server commits at once but answers after 15 s: the SDK must give up at 10 s and resend
    // the same ids, which the server answers `duplicate`.
    ctx.server.faults.set([{ kind: 'delay', ms: 15_000, storeFirst: true, times: 1 }]);
    await ctx.submit(tab, n);
    ctx.healed();
  },
  verify(ctx) {
    const [first, second] = ctx.server.ledger.requests;
    const gap = first && second ? second.at - first.at : undefined;
    ctx.check(
      'the slow request was abandoned after ~10 s and resent before the late reply',
      gap !== undefined && gap >= 9_500 && gap < 15_000,
      `second request ${gap ?? '—'} ms after the first`,
    );
  },
});
