/**
 * Drain: N answers queued with consent pending are delivered after `setConsent('granted')` +
 * `flush()` until nothing is pending, vs a plain fetch loop POSTing the same number of records in
 * batches of the same size to the same endpoint. Measured twice: to the reference collector in
 * this process (the goal: what delivering to a real endpoint costs) and to a bare endpoint that
 * only acknowledges (where the client's own IndexedDB work weighs the most), with the drain floor
 * beside the latter. The endpoint's ledger must show every record acknowledged, or the run fails.
 */
import type { Throughput } from '../browser/harness.js';
import { ratioMetric, formatCount, type Metric } from '../metrics.js';
import { median } from '../stats.js';
import { COLLECTOR_PATH, ENDPOINT_PATH } from '../endpoint.js';
import { openHarness, unique, within, type BenchContext } from './context.js';

/** Records each side drains once, untimed, before the measured runs. */
const WARM_UP = 100;
/**
 * Drain runs are short (~0.1 s a side) and, on a shared 2-core VM, swing by ±25 % from run to
 * run: three times the usual number of runs makes the median ratio hold still between runs.
 */
const RUNS_FACTOR = 3;

export async function benchDrain(ctx: BenchContext): Promise<Metric[]> {
  const page = await openHarness(ctx);
  const { count: n, batchSize } = ctx;
  // Every side takes the same arguments: records, database, endpoint, batch size. The SDK and
  // the fetch loop drain to the reference collector (the "loopback collector": validation
  // and an SQLite insert per batch, as a real endpoint does) and to a bare endpoint that only
  // acknowledges, where the client's own costs weigh the most; the drain floor to the latter.
  const side = (call: 'sdkDrain' | 'fetchLoop' | 'durableLoop', label: string, path: string) => ({
    call,
    label,
    path,
    // The SDK's drain includes its lock, lease and queue checks: it gets more time before failing.
    timeoutMs: call == 'sdkDrain' ? 90_000 : 60_000,
  });
  const sides = {
    sdk: side('sdkDrain', 'sdk drain', COLLECTOR_PATH),
    loop: side('fetchLoop', 'fetch loop', COLLECTOR_PATH),
    bareSdk: side('sdkDrain', 'bare: sdk', ENDPOINT_PATH),
    bareLoop: side('fetchLoop', 'bare: fetch loop', ENDPOINT_PATH),
    durable: side('durableLoop', 'bare: durable loop', ENDPOINT_PATH),
  };
  type Side = keyof typeof sides;
  const all = Object.keys(sides) as Side[];
  const perSide = <T>() => Object.fromEntries(all.map((s) => [s, [] as T[]])) as Record<Side, T[]>;
  const results = perSide<Throughput>();
  const posts = perSide<number>();

  /** Drains `count` records on one side; a timed run (`timed`) is kept, with the ledger checked. */
  const drain = async (side: Side, count: number, timed: boolean) => {
    const run = unique(`drain-${side}`);
    const { call, label, path, timeoutMs } = sides[side];
    const result = await within(
      timeoutMs,
      label,
      page.evaluate(([call, n, db, url, size]) => window.bench[call](n, db, url, size), [
        call,
        count,
        unique(`db-${side}`),
        `${path}?run=${run}`,
        batchSize,
      ] as const),
    );
    if (!timed) return;
    results[side].push(result);
    const ledger = ctx.server.ledger(run);
    if (ledger.ids.size !== count) {
      throw new Error(`${label}: the endpoint received ${ledger.ids.size} of ${count} records`);
    }
    posts[side].push(ledger.posts);
  };
  // Each run measures every side back to back, each run in another order.
  const orders: Side[][] = all.map((_, shift) => [...all.slice(shift), ...all.slice(0, shift)]);

  try {
    // Untimed first, as the enqueue benchmarks warm up: every side runs JIT-compiled code, and the
    // SDK's lazily imported delivery code is loaded, as the loops' code is with the page.
    for (const side of orders[0]!) await drain(side, WARM_UP, false);
    for (let run = 0; run < ctx.runs * RUNS_FACTOR; run++) {
      for (const side of orders[run % orders.length]!) await drain(side, n, true);
      const line = (side: Side) =>
        `${sides[side].label} ${Math.round(results[side][run]!.ms)} ms (${posts[side][run]} POSTs, ` +
        `${Math.round(results[side][run]!.requestMs ?? NaN)} ms in them)`;
      ctx.log(`  drain run ${run + 1}: ${all.map(line).join(' · ')}`);
    }
  } finally {
    await page.close();
  }
  const { sdk, loop, bareSdk, bareLoop, durable } = results;
  const split = (xs: Throughput[]) => {
    const total = median(xs.map((r) => r.ms));
    const inRequests = median(xs.map((r) => r.requestMs ?? NaN));
    return `${inRequests.toFixed(0)} of ${total.toFixed(0)} ms inside the POSTs`;
  };
  const postsOf = (side: Side) => `${sides[side].label} ${posts[side].join('/')}`;
  return [
    ratioMetric({
      id: 'drain.throughput',
      name: `drain ${formatCount(n)} queued answers to the reference collector (loopback)`,
      unit: 'records/s',
      kind: 'rate',
      runs: sdk.map((r) => r.perSecond),
      baselineRuns: loop.map((r) => r.perSecond),
      minRatio: 0.8,
      note:
        `baseline: plain awaited fetch loop, same batches, same collector (SQLite on disk); batch size ${batchSize}; ` +
        `POSTs per drain: ${postsOf('sdk')}, ${postsOf('loop')}; sdk ${split(sdk)}, fetch loop ${split(loop)}`,
    }),
    ratioMetric({
      id: 'drain.bare',
      name: `drain ${formatCount(n)} queued answers to a bare endpoint that only acknowledges`,
      unit: 'records/s',
      kind: 'rate',
      runs: bareSdk.map((r) => r.perSecond),
      baselineRuns: bareLoop.map((r) => r.perSecond),
      note:
        'the strictest reading: an endpoint that does no work, so the IndexedDB reads and deletes ' +
        `weigh the most; sdk ${split(bareSdk)}, fetch loop ${split(bareLoop)}`,
    }),
    ratioMetric({
      id: 'drain.floor',
      name: 'drain floor (bare endpoint): plain fetch loop plus reading and deleting one IndexedDB row per answer',
      unit: 'records/s',
      kind: 'rate',
      runs: durable.map((r) => r.perSecond),
      baselineRuns: bareLoop.map((r) => r.perSecond),
      note:
        'the best drain ratio any queue with one IndexedDB row per answer can reach here: ' +
        `getAll of 200 + the same POSTs + one key-range delete per 200, nothing else; ${split(durable)}`,
    }),
    ratioMetric({
      id: 'drain.vs-floor',
      name: 'SDK drain against that floor (bare endpoint)',
      unit: 'records/s',
      kind: 'rate',
      runs: bareSdk.map((r) => r.perSecond),
      baselineRuns: durable.map((r) => r.perSecond),
      note: 'baseline: the durable fetch loop above (what the lease, lock, decoding and ack checks cost)',
    }),
    ratioMetric({
      id: 'drain.time',
      name: `time to deliver ${formatCount(n)} queued answers to the reference collector`,
      unit: 'ms',
      kind: 'time',
      runs: sdk.map((r) => r.ms),
      baselineRuns: loop.map((r) => r.ms),
      note: 'baseline: the fetch loop',
    }),
  ];
}
