/** Storage under pressure: IndexedDB blocked, and a 10,000-answer soak. */
import type { Cell } from '../cell.js';
import { holdUpgradeScript } from '../page.js';

/**
 * IndexedDB blocked: a same-origin tab opens the SDK's database at a higher version and keeps its
 * upgrade transaction running (a chain of requests), so every other open of that database waits
 * — what an old tab that never lets go does to a new one. The SDK's open must give up, fall back
 * to memory and say `persistence: 'volatile'`, and still deliver every answer from the live tab.
 */
export const indexedDbBlocked = (n: number): Cell => ({
  slug: 'idb-blocked',
  name: 'IndexedDB blocked (upgrade held by another tab)',
  n,
  actTimeoutMs: 90_000,
  async act(ctx) {
    const blocker = await ctx.openBlank('blocker');
    await blocker.evaluate(holdUpgradeScript('touchpoint', 1000));
    const tab = await ctx.openTab('a');
    await ctx.submit(tab, n);
    const stats = await ctx.stats(tab);
    ctx.check(
      'the SDK reports persistence "volatile" while IndexedDB is blocked',
      stats.persistence === 'volatile',
      `persistence ${stats.persistence}`,
    );
    await blocker.evaluate('window.releaseIdb = true');
    ctx.healed();
  },
});

/**
 * A 10,000-answer soak through one tab, in waves of 500 concurrent submits, each wave sent once
 * the queue holds at most 1,500 (a burst of 10,000 at once would only measure the default
 * `maxQueue` of 5,000), with a seeded 5 % of requests failing in the common ways.
 */
export const soak = (n: number): Cell => ({
  slug: 'soak',
  name: `soak, ${n.toLocaleString('en-US')} answers, 5 % flaky`,
  n,
  actTimeoutMs: 300_000,
  drainTimeoutMs: 180_000,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    ctx.server.faults.set([
      {
        kind: 'flaky',
        rate: 0.05,
        seed: 5,
        rules: [
          { kind: 'status', status: 503 },
          { kind: 'destroy', afterStore: true },
          { kind: 'html200' },
        ],
      },
    ]);
    await ctx.submit(tab, n, { chunk: 500, queueLimit: 2000 });
    ctx.healed();
  },
});
