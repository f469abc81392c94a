/** Tabs and browsers going away mid-flush, and several tabs sharing one outbox. */
import type { Cell, Tab } from '../cell.js';
import type { CellContext } from '../context.js';
import type { RequestLogEntry } from '../ledger.js';
import { checkCutOff, HANG_MS } from './checks.js';

/** Cuts a flush off mid-request with `strike`, then lets a fresh tab deliver. */
function midFlush(
  slug: string,
  name: string,
  n: number,
  strike: (ctx: CellContext, tab: Tab) => Promise<void>,
  prepare?: (ctx: CellContext, tab: Tab) => Promise<unknown>,
): Cell {
  let cut: RequestLogEntry | undefined;
  return {
    slug,
    name,
    n,
    async act(ctx) {
      const tab = await ctx.openTab('a');
      await prepare?.(ctx, tab);
      ctx.server.faults.set([{ kind: 'delay', ms: HANG_MS, times: 1 }]);
      const inFlight = ctx.server.nextRequest();
      await ctx.submit(tab, n);
      cut = await inFlight;
      await strike(ctx, tab);
      await ctx.heal();
      await ctx.openTab('b');
    },
    verify(ctx) {
      checkCutOff(ctx, cut);
    },
  };
}

export const tabClosed = (n: number): Cell =>
  midFlush('tab-closed', 'tab closed mid-flush', n, (ctx, tab) => ctx.closeTab(tab));

export const rendererCrash = (n: number): Cell =>
  midFlush(
    'renderer-crash',
    'renderer killed mid-flush',
    n,
    (ctx, tab) => ctx.killRenderer(tab),
    // Fingerprint the renderer before the fault: the tab is idle now.
    (ctx, tab) => ctx.rendererPid(tab),
  );

/** Closes the tab right after the submits resolved, inside the batch window (nothing in flight). */
export const tabClosedAtOnce = (n: number): Cell => ({
  slug: 'tab-closed-at-once',
  name: 'tab closed right after submit (page hide)',
  n,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    await ctx.submit(tab, n);
    await ctx.closeTab(tab);
    ctx.healed();
    await ctx.openTab('b');
  },
});

/** Kills the browser the moment the submits resolved: submit() promised an IndexedDB commit. */
export const browserKilledAtOnce = (n: number): Cell => ({
  slug: 'browser-killed-at-once',
  name: 'browser killed right after submit, restarted',
  n,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    await ctx.submit(tab, n);
    await ctx.killBrowser();
    ctx.healed();
    await ctx.launch();
    await ctx.openTab('b');
  },
});

export const browserKilled = (n: number): Cell => {
  let cut: RequestLogEntry | undefined;
  return {
    slug: 'browser-killed',
    name: 'browser killed mid-flush, restarted',
    n,
    async act(ctx) {
      const tab = await ctx.openTab('a');
      ctx.server.faults.set([{ kind: 'delay', ms: HANG_MS, times: 1 }]);
      const inFlight = ctx.server.nextRequest();
      await ctx.submit(tab, n);
      cut = await inFlight;
      await ctx.killBrowser();
      await ctx.heal();
      await ctx.launch();
      await ctx.openTab('b');
    },
    verify(ctx) {
      checkCutOff(ctx, cut);
    },
  };
};

export const tabsAtOnce = (tabs: number, n: number): Cell => ({
  slug: `${tabs}-tabs`,
  name: `${tabs} tabs submitting at once`,
  n,
  // One flusher at a time over the shared outbox and a healthy server: nothing is sent twice.
  maxWireDuplicates: 0,
  async act(ctx) {
    const opened: Tab[] = [];
    for (let k = 0; k < tabs; k++) opened.push(await ctx.openTab(String.fromCharCode(97 + k)));
    await ctx.submitAcross(opened, n);
    ctx.healed();
  },
});

export const leaderKilled = (n: number): Cell => {
  let cut: RequestLogEntry | undefined;
  let leader = '';
  return {
    slug: 'leader-killed',
    name: 'leader tab killed mid-flush (3 tabs)',
    n,
    async act(ctx) {
      const tabs: Tab[] = [];
      for (const label of ['a', 'b', 'c']) {
        const tab = await ctx.openTab(label);
        await ctx.rendererPid(tab);
        tabs.push(tab);
      }
      ctx.server.faults.set([{ kind: 'delay', ms: HANG_MS, times: 1 }]);
      const inFlight = ctx.server.nextRequest();
      await ctx.submitAcross(tabs, n);
      cut = await inFlight;
      leader = new URLSearchParams(cut.from).get('tab') ?? '';
      const holder = tabs.find((t) => t.label === leader);
      if (!holder) throw new Error(`the in-flight request came from an unknown tab "${cut.from}"`);
      await ctx.killRenderer(holder);
      // No new tab: the survivors must take the lock over and send the leader's batch.
      await ctx.heal();
    },
    verify(ctx) {
      checkCutOff(ctx, cut);
      const after = ctx.server.ledger.requests.filter((r) => cut && r.no > cut.no);
      ctx.check(
        'a surviving tab sent after the leader died',
        after.length > 0 && after.every((r) => !r.from.includes(`tab=${leader}`)),
        `leader ${leader}; later requests from ${after.map((r) => r.from).join(', ')}`,
      );
    },
  };
};
