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
  const durable: Throughput[] = [];
  const posts = { sdk: [] as number[], loop: [] as number[], durable: [] as number[] };
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

  const drainDurable = async () => {
    const run = unique('drain-durable');
    const endpoint = `${ENDPOINT_PATH}?run=${run}`;
    durable.push(
      await within(
        60_000,
        'durable fetch loop',
        page.evaluate(([n, db, url, size]) => window.bench.durableLoop(n, db, url, size), [
          n,
          unique('durable'),
          endpoint,
          batchSize,
        ] as const),
      ),
    );
    checkLedger(run, 'durable');
  };
  // Each run measures the three sides back to back, each run in another order.
  const orders = [
    [drainLoop, drainSdk, drainDurable],
    [drainSdk, drainDurable, drainLoop],
    [drainDurable, drainLoop, drainSdk],
  ];

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
    await page.evaluate(([n, db, url, size]) => window.bench.durableLoop(n, db, url, size), [
      WARM_UP,
      unique('warm-durable'),
      `${ENDPOINT_PATH}?run=${unique('warm-durable')}`,
      batchSize,
    ] as const);
    for (let run = 0; run < ctx.runs; run++) {
      for (const side of orders[run % orders.length]!) await side();
      ctx.log(
        `  drain run ${run + 1}: sdk ${Math.round(sdk[run]!.ms)} ms ` +
          `(${posts.sdk[run]} POSTs, ${Math.round(sdk[run]!.requestMs ?? NaN)} ms in them) · ` +
          `fetch loop ${Math.round(loop[run]!.ms)} ms ` +
          `(${posts.loop[run]} POSTs, ${Math.round(loop[run]!.requestMs ?? NaN)} ms in them) · ` +
          `durable fetch loop ${Math.round(durable[run]!.ms)} ms`,
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
      id: 'drain.floor',
      name: 'drain floor: plain fetch loop plus reading and deleting one IndexedDB row per answer',
      unit: 'records/s',
      kind: 'rate',
      runs: durable.map((r) => r.perSecond),
      baselineRuns: loop.map((r) => r.perSecond),
      note:
        'the best drain ratio any queue with one IndexedDB row per answer can reach here: ' +
        `getAll of 200 + the same POSTs + one key-range delete per 200, nothing else; ${split(durable)}`,
    }),
    ratioMetric({
      id: 'drain.vs-floor',
      name: 'SDK drain against that floor',
      unit: 'records/s',
      kind: 'rate',
      runs: sdk.map((r) => r.perSecond),
      baselineRuns: durable.map((r) => r.perSecond),
      note: 'baseline: the durable fetch loop above (what the lease, lock, decoding and ack checks cost)',
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
