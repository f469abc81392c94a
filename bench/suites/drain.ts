/**
 * Drain: N answers queued with consent pending are delivered to the loopback endpoint after
 * `setConsent('granted')` + `flush()` until nothing is pending, vs a plain fetch loop POSTing
 * the same number of records in batches of the same size. The endpoint's ledger must show every
 * record arrived, or the run fails.
 */
import type { Throughput } from '../browser/harness.js';
import { ratioMetric, formatCount, type Metric } from '../metrics.js';
import { median } from '../stats.js';
import { ENDPOINT_PATH } from '../endpoint.js';
import { openHarness, unique, within, type BenchContext } from './context.js';

/** Records each side drains once, untimed, before the measured runs. */
const WARM_UP = 100;

export async function benchDrain(ctx: BenchContext): Promise<Metric[]> {
  const page = await openHarness(ctx);
  const sdk: Throughput[] = [];
  const loop: Throughput[] = [];
  const posts = { sdk: [] as number[], loop: [] as number[] };
  const { count: n, batchSize } = ctx;

  const checkLedger = (run: string, side: keyof typeof posts) => {
    const ledger = ctx.server.ledger(run);
    if (ledger.ids.size !== n) {
      throw new Error(`${side}: the endpoint received ${ledger.ids.size} of ${n} records`);
    }
    posts[side].push(ledger.posts);
  };
  const drainSdk = async () => {
    const run = unique('drain-sdk');
    const endpoint = `${ENDPOINT_PATH}?run=${run}`;
    sdk.push(
      await within(
        90_000,
        'sdk drain',
        page.evaluate(([n, db, url, size]) => window.bench.sdkDrain(n, db, url, size), [
          n,
          unique('drain'),
          endpoint,
          batchSize,
        ] as const),
      ),
    );
    checkLedger(run, 'sdk');
  };
  const drainLoop = async () => {
    const run = unique('drain-fetch');
    const endpoint = `${ENDPOINT_PATH}?run=${run}`;
    loop.push(
      await within(
        60_000,
        'fetch loop',
        page.evaluate(([n, url, size]) => window.bench.fetchLoop(n, url, size), [
          n,
          endpoint,
          batchSize,
        ] as const),
      ),
    );
    checkLedger(run, 'loop');
  };

  try {
    // Untimed first, as the enqueue benchmarks warm up: both sides run JIT-compiled code, and the
    // SDK's lazily imported delivery code is loaded, as the fetch loop's code is with the page.
    await page.evaluate(([n, url, size]) => window.bench.fetchLoop(n, url, size), [
      WARM_UP,
      `${ENDPOINT_PATH}?run=${unique('warm-fetch')}`,
      batchSize,
    ] as const);
    await page.evaluate(([n, db, url, size]) => window.bench.sdkDrain(n, db, url, size), [
      WARM_UP,
      unique('warm-drain'),
      `${ENDPOINT_PATH}?run=${unique('warm-sdk')}`,
      batchSize,
    ] as const);
    for (let run = 0; run < ctx.runs; run++) {
      if (run % 2 === 1) await drainSdk().then(drainLoop);
      else await drainLoop().then(drainSdk);
      ctx.log(
        `  drain run ${run + 1}: sdk ${Math.round(sdk[run]!.ms)} ms ` +
          `(${posts.sdk[run]} POSTs, ${Math.round(sdk[run]!.requestMs ?? NaN)} ms in them) · ` +
          `fetch loop ${Math.round(loop[run]!.ms)} ms ` +
          `(${posts.loop[run]} POSTs, ${Math.round(loop[run]!.requestMs ?? NaN)} ms in them)`,
      );
    }
  } finally {
    await page.close();
  }
  const split = (xs: Throughput[]) => {
    const total = median(xs.map((r) => r.ms));
    const inRequests = median(xs.map((r) => r.requestMs ?? NaN));
    return `${inRequests.toFixed(0)} of ${total.toFixed(0)} ms inside the POSTs`;
  };
  const note =
    `batch size ${batchSize}; POSTs per drain: sdk ${posts.sdk.join('/')}, fetch loop ${posts.loop.join('/')}; ` +
    `sdk ${split(sdk)}, fetch loop ${split(loop)}`;
  return [
    ratioMetric({
      id: 'drain.throughput',
      name: `drain ${formatCount(n)} queued answers to a loopback endpoint`,
      unit: 'records/s',
      kind: 'rate',
      runs: sdk.map((r) => r.perSecond),
      baselineRuns: loop.map((r) => r.perSecond),
      minRatio: 0.8,
      note: `baseline: plain awaited fetch loop, same batches; ${note}`,
    }),
    ratioMetric({
      id: 'drain.time',
      name: `time to deliver ${formatCount(n)} queued answers`,
      unit: 'ms',
      kind: 'time',
      runs: sdk.map((r) => r.ms),
      baselineRuns: loop.map((r) => r.ms),
      note: 'baseline: the fetch loop',
    }),
  ];
}
