/**
 * Memory: the JS heap of a page holding one SDK instance, after a forced GC (CDP), before and
 * after 1,000, 2,000 and 3,000 submits. Records live in IndexedDB, so the heap should not grow
 * with them: the goal is no growth trend.
 */
import { ceilingMetric, notApplicable, ratioMetric, formatCount, type Metric } from '../metrics.js';
import { slope } from '../stats.js';
import { openHarness, unique, within, type BenchContext } from './context.js';

/** Allowed growth per 1,000 submits (kB): 32 B a submit, i.e. allocator noise, not retention. */
export const MAX_GROWTH_KB_PER_1000 = 32;
const STEPS = 3;

export async function benchMemory(ctx: BenchContext): Promise<Metric[]> {
  const series: number[][] = [];
  for (let run = 0; run < ctx.runs; run++) {
    const page = await openHarness(ctx);
    const cdp = await ctx.browser.newCDPSession(page);
    const heapKb = async () => {
      // Twice: the first collection can leave garbage that finalizers just released.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 1024;
    };
    try {
      await page.evaluate((db) => window.bench.memoryOpen(db), unique('memory'));
      const heap = [await heapKb()];
      for (let step = 1; step <= STEPS; step++) {
        const queued = await within(
          60_000,
          'memory submits',
          page.evaluate((n) => window.bench.memorySubmit(n), ctx.count),
        );
        if (queued < step * ctx.count) throw new Error(`only ${queued} records queued`);
        heap.push(await heapKb());
      }
      await page.evaluate(() => window.bench.memoryClose());
      series.push(heap);
      ctx.log(`  memory run ${run + 1}: heap ${heap.map((kb) => kb.toFixed(0)).join(' → ')} kB`);
    } finally {
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
  }
  const n = ctx.count;
  const trend = series.map((heap) => slope(heap.slice(1).map((kb, i) => [i + 1, kb] as const)));
  const shown = series.map((h) => h.map((kb) => kb.toFixed(0)).join('→')).join(', ');
  const after = ratioMetric({
    id: 'memory.after-1000',
    name: `JS heap after ${formatCount(n)} submits (baseline: before them)`,
    unit: 'kB',
    kind: 'time',
    runs: series.map((h) => h[1]!),
    baselineRuns: series.map((h) => h[0]!),
    note: 'used JS heap after a forced GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage)',
  });
  return [
    // A heap is not better for being smaller than before: show both numbers, no ratio.
    { ...after, ratio: null },
    ceilingMetric({
      id: 'memory.trend',
      name: `JS heap growth per ${formatCount(n)} submits, over ${formatCount(n)} → ${formatCount(2 * n)} → ${formatCount(3 * n)}`,
      unit: 'kB',
      runs: trend,
      max: MAX_GROWTH_KB_PER_1000,
      note: `least-squares slope; heap per run before→${formatCount(n)}→${formatCount(2 * n)}→${formatCount(3 * n)} (kB): ${shown}`,
    }),
    notApplicable(
      'memory.chat',
      'JS heap after 100 open/close cycles of the chat panel',
      'chat panel not built yet',
    ),
  ];
}
