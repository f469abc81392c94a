/**
 * Render: <tp-nps> from the import of its define module to the first frame painted with it,
 * against a hand-written custom element of the same structure; and main-thread long tasks while
 * a host page loads with the script-tag loader present vs absent (goal: none added).
 */
import type { RenderTiming } from '../browser/render-probe.js';
import { ceilingMetric, errored, ratioMetric, infoMetric, type Metric } from '../metrics.js';
import { openPage, unique, within, type BenchContext } from './context.js';

/** After load (and the loader's boot), keep observing this long for trailing long tasks. */
const SETTLE_MS = 500;

async function measure(ctx: BenchContext, tag: string, bundle: string): Promise<RenderTiming> {
  const page = await openPage(ctx, `/render.html?tag=${tag}`);
  try {
    await page.waitForFunction(() => typeof window.measureRender === 'function');
    return await within(
      20_000,
      `render of <${tag}>`,
      page.evaluate(([src, t]) => window.measureRender(src, t), [
        `/bundles/${bundle}.js`,
        tag,
      ] as const),
    );
  } finally {
    await page.close();
  }
}

declare global {
  interface Window {
    /** Long-task durations, collected by the inline script at the top of the host page. */
    __longTasks?: number[];
  }
}

interface LongTasks {
  count: number;
  /** Sum of each long task's time over 50 ms (total blocking time). */
  blockingMs: number;
}

async function loadHostPage(ctx: BenchContext, withLoader: boolean): Promise<LongTasks> {
  const run = unique('longtask');
  const page = await openPage(ctx, `/longtask.html?loader=${withLoader ? 1 : 0}&run=${run}`);
  try {
    if (withLoader) {
      // Booted: the stub replaced by the instance, and <tp-nps> rendered by the loader's define.
      await page.waitForFunction(
        () => {
          const tp = (window as { touchpoint?: unknown }).touchpoint;
          return (
            typeof tp === 'object' &&
            !Array.isArray(tp) &&
            !!document.querySelector('tp-nps')?.shadowRoot?.childElementCount
          );
        },
        null,
        { timeout: 10_000 },
      );
    }
    await page.waitForTimeout(SETTLE_MS);
    const durations = await page.evaluate(() => [...(window.__longTasks ?? [])]);
    // Self-check: an 80 ms task must show up, or "no long tasks" would mean nothing.
    const seen = await page.evaluate(async () => {
      const before = window.__longTasks?.length ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 0));
      const start = performance.now();
      while (performance.now() - start < 80);
      for (let i = 0; i < 50 && (window.__longTasks?.length ?? 0) === before; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return (window.__longTasks?.length ?? 0) > before;
    });
    if (!seen)
      throw new Error(
        'the longtask observer missed an 80 ms task; long-task counts are unreliable',
      );
    return {
      count: durations.length,
      blockingMs: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    };
  } finally {
    await page.close();
  }
}

export async function benchRender(ctx: BenchContext): Promise<Metric[]> {
  const nps: RenderTiming[] = [];
  const vanilla: RenderTiming[] = [];
  for (let run = 0; run < ctx.runs; run++) {
    // Alternating order, so a busy moment of the machine does not always hit the same side.
    const pair = [
      async () => nps.push(await measure(ctx, 'tp-nps', 'tp-nps')),
      async () => vanilla.push(await measure(ctx, 'bench-rating', 'baseline-rating')),
    ];
    for (const step of run % 2 ? pair.reverse() : pair) await step();
    ctx.log(
      `  render run ${run + 1}: tp-nps ${nps[run]!.importToPaint.toFixed(1)} ms · ` +
        `hand-written element ${vanilla[run]!.importToPaint.toFixed(1)} ms`,
    );
  }
  const fcp = nps.map((r) => r.importToFcp).filter((t): t is number => t !== null);
  const metrics: Metric[] = [
    ratioMetric({
      id: 'render.nps.import-to-paint',
      name: '<tp-nps>: import of the define module → first paint',
      unit: 'ms',
      kind: 'time',
      runs: nps.map((r) => r.importToPaint),
      baselineRuns: vanilla.map((r) => r.importToPaint),
      note: 'baseline: a hand-written custom element of the same structure (no Lit); fetch + parse + define + render + paint, no HTTP cache',
    }),
    ratioMetric({
      id: 'render.nps.define-to-paint',
      name: '<tp-nps>: customElements.define → first paint',
      unit: 'ms',
      kind: 'time',
      runs: nps.map((r) => r.defineToPaint),
      baselineRuns: vanilla.map((r) => r.defineToPaint),
      note: 'baseline: the hand-written element',
    }),
  ];
  if (fcp.length === nps.length) {
    metrics.push(
      infoMetric(
        'render.nps.import-to-fcp',
        '<tp-nps>: import → first-contentful-paint (paint timing)',
        'ms',
        fcp,
        'cross-check of the rAF measurement; the page shows nothing else',
      ),
    );
  }
  const popover: RenderTiming[] = [];
  for (let run = 0; run < ctx.runs; run++)
    popover.push(await measure(ctx, 'tp-survey', 'tp-survey'));
  ctx.log(`  popover survey: ${popover.map((r) => r.importToPaint.toFixed(1)).join(' / ')} ms`);
  metrics.push(
    infoMetric(
      'render.popover.import-to-paint',
      '<tp-survey> popover: import of the define module → first paint',
      'ms',
      popover.map((r) => r.importToPaint),
      'a two-question NPS survey in popover mode, open; fetch + parse + define + render + paint',
    ),
    infoMetric(
      'render.popover.define-to-paint',
      '<tp-survey> popover: customElements.define → first paint',
      'ms',
      popover.map((r) => r.defineToPaint),
    ),
  );

  if (!ctx.loaderBuilt) {
    const missing = new Error(
      'packages/embed/dist/touchpoint.js is missing: run `npm run build` first',
    );
    return [
      ...metrics,
      errored('render.longtasks', 'long tasks during page load, loader present vs absent', missing),
    ];
  }
  const present: LongTasks[] = [];
  const absent: LongTasks[] = [];
  for (let run = 0; run < ctx.runs; run++) {
    const pair = [
      async () => absent.push(await loadHostPage(ctx, false)),
      async () => present.push(await loadHostPage(ctx, true)),
    ];
    for (const step of run % 2 ? pair.reverse() : pair) await step();
    ctx.log(
      `  page load run ${run + 1}: long tasks with loader ${present[run]!.count} ` +
        `(${present[run]!.blockingMs.toFixed(0)} ms blocking) · without ${absent[run]!.count}`,
    );
  }
  metrics.push(
    ceilingMetric({
      id: 'render.longtasks',
      name: 'main-thread long tasks during page load, loader present (baseline: absent)',
      unit: 'tasks',
      runs: present.map((r) => r.count),
      baselineRuns: absent.map((r) => r.count),
      note: `host page with 200 list items and <tp-nps>; loader = packages/embed/dist/touchpoint.js, async; observed until boot + ${SETTLE_MS} ms`,
    }),
    {
      // Usually 0 on both sides: a ratio would say nothing.
      ...ratioMetric({
        id: 'render.blocking-time',
        name: 'total blocking time during page load, loader present (baseline: absent)',
        unit: 'ms',
        kind: 'time',
        runs: present.map((r) => r.blockingMs),
        baselineRuns: absent.map((r) => r.blockingMs),
        note: 'sum of (long task − 50 ms)',
      }),
      ratio: null,
    },
  );
  return metrics;
}
