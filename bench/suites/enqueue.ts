/**
 * Durable enqueue: the SDK's `submit()` against raw IndexedDB writes of the same records.
 * Sequential: N awaited submits vs N awaited one-record transactions. Concurrent: N submits at
 * once (group commit) vs one transaction of N records. Within each run the two sides alternate
 * (blocks of N/10 writes, or whole bursts), so both see the same load on this shared machine.
 */
import type { Pair, Throughput } from '../browser/harness.js';
import { ratioMetric, formatCount, type Metric } from '../metrics.js';
import { openHarness, unique, within, type BenchContext } from './context.js';

/** Alternating blocks of sequential writes per run. */
const BLOCKS = 10;
/** Alternating bursts of N concurrent writes per side and run. */
const BURSTS = 3;

export async function benchEnqueue(ctx: BenchContext): Promise<Metric[]> {
  const page = await openHarness(ctx);
  const n = ctx.count;
  const seq: Pair[] = [];
  const conc: Pair[] = [];
  try {
    for (let run = 0; run < ctx.runs; run++) {
      seq.push(
        await within(
          60_000,
          'sequential enqueue',
          page.evaluate(([n, blocks, db]) => window.bench.sequentialPair(n, blocks, db), [
            n,
            BLOCKS,
            unique('sequential'),
          ] as const),
        ),
      );
      conc.push(
        await within(
          60_000,
          'concurrent enqueue',
          page.evaluate(([n, bursts, db]) => window.bench.concurrentPair(n, bursts, db), [
            n,
            BURSTS,
            unique('concurrent'),
          ] as const),
        ),
      );
      const rate = (t: Throughput) => Math.round(t.perSecond);
      ctx.log(
        `  enqueue run ${run + 1}: sequential sdk ${rate(seq[run]!.sdk)}/s raw ${rate(seq[run]!.raw)}/s · ` +
          `concurrent sdk ${rate(conc[run]!.sdk)}/s raw ${rate(conc[run]!.raw)}/s`,
      );
    }
  } finally {
    await page.close();
  }
  const bytes = seq[0]?.sdk.recordBytes;
  const sdk = (pairs: Pair[], pick: (t: Throughput) => number) => pairs.map((p) => pick(p.sdk));
  const raw = (pairs: Pair[], pick: (t: Throughput) => number) => pairs.map((p) => pick(p.raw));
  const rate = (t: Throughput) => t.perSecond;
  return [
    ratioMetric({
      id: 'enqueue.sequential',
      name: `durable enqueue, ${formatCount(n)} sequential awaited submits`,
      unit: 'records/s',
      kind: 'rate',
      runs: sdk(seq, rate),
      baselineRuns: raw(seq, rate),
      minRatio: 0.8,
      note: `baseline: raw IndexedDB, one awaited readwrite transaction per record; record ${bytes} B; ${BLOCKS} alternating blocks per run`,
    }),
    ratioMetric({
      id: 'enqueue.sequential.p50',
      name: 'one submit, p50 latency',
      unit: 'ms',
      kind: 'time',
      runs: sdk(seq, (t) => t.p50!),
      baselineRuns: raw(seq, (t) => t.p50!),
      note: 'baseline: one raw readwrite transaction',
    }),
    ratioMetric({
      id: 'enqueue.sequential.p99',
      name: 'one submit, p99 latency',
      unit: 'ms',
      kind: 'time',
      runs: sdk(seq, (t) => t.p99!),
      baselineRuns: raw(seq, (t) => t.p99!),
      note: 'baseline: one raw readwrite transaction',
    }),
    ratioMetric({
      id: 'enqueue.concurrent',
      name: `durable enqueue, ${formatCount(n)} concurrent submits`,
      unit: 'records/s',
      kind: 'rate',
      runs: sdk(conc, rate),
      baselineRuns: raw(conc, rate),
      minRatio: 0.5,
      note: `baseline: raw IndexedDB, all ${formatCount(n)} records in one readwrite transaction; ${BURSTS} alternating bursts per run`,
    }),
  ];
}
