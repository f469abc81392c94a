/**
 * The page side of the SDK benchmarks, exposed as `window.bench` for bench/run.ts to call through
 * playwright. Every function measures one thing once, on its own database, and cleans up after.
 */
import { createTouchpoint, type SubmitInput, type Touchpoint } from '@touchpoint/core';
import { ENDPOINT_PATH, PENDING_RUN } from '../endpoint.js';
import { percentile, perSecond } from '../stats.js';
import { sample } from './record.js';
import { deleteDatabase, inTransaction, openRaw, putInOneTransaction } from './raw-idb.js';
import { orderedKey } from './keys.js';

/** Operations before timing starts, so both sides run JIT-compiled code on an open database. */
const WARM_UP = 100;

export interface Throughput {
  count: number;
  ms: number;
  perSecond: number;
  /** Per-operation latency (ms), when operations were timed one by one. */
  p50?: number;
  p99?: number;
  recordBytes: number;
  /** For drains: time spent inside the POSTs (resource timing), the rest is the client's. */
  requestMs?: number;
}

let keyPrefix = Date.now();

/** Opens an SDK instance that stores but does not send, with its database already open. */
async function openSdk(dbName: string): Promise<Touchpoint> {
  const endpoint = `${ENDPOINT_PATH}?run=${PENDING_RUN}`;
  const tp = createTouchpoint({ endpoint, dbName, consent: 'pending' });
  // With consent pending, flush() opens storage and sends nothing.
  await tp.flush();
  return tp;
}

async function closeSdk(tp: Touchpoint, dbName: string): Promise<void> {
  tp.destroy();
  // The SDK closes its connection on `versionchange`, so the delete is not blocked for long.
  await deleteDatabase(dbName);
}

const times = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Starts collecting resource timing afresh; returns the total duration of requests to `url`. */
function requestTimer(url: string): () => number {
  performance.setResourceTimingBufferSize(10_000);
  performance.clearResourceTimings();
  const absolute = new URL(url, location.href).href;
  return () =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name === absolute)
      .reduce((sum, entry) => sum + entry.duration, 0);
}

/** One side of an enqueue comparison: the SDK, or raw IndexedDB writing the same records. */
interface Writer {
  /** One record, awaited until committed. */
  one(): Promise<void>;
  /** `n` records at once, awaited until all are committed. */
  burst(n: number): Promise<void>;
  close(): Promise<void>;
}

async function sdkWriter(dbName: string): Promise<Writer> {
  const { input } = await sample();
  const tp = await openSdk(dbName);
  return {
    one: async () => void (await tp.submit(input)),
    burst: async (n) => void (await Promise.all(times(n).map(() => tp.submit(input)))),
    close: () => closeSdk(tp, dbName),
  };
}

/** Raw IndexedDB: one readwrite transaction per `one()`, one for a whole `burst()`. */
async function rawWriter(dbName: string): Promise<Writer> {
  const { stored } = await sample();
  const db = await openRaw(dbName);
  const prefix = keyPrefix++;
  let next = 0;
  const entry = (): [string, unknown] => {
    const id = orderedKey(prefix, next++);
    return [id, { ...stored, id }];
  };
  return {
    one: () => putInOneTransaction(db, [entry()]),
    burst: (n) => putInOneTransaction(db, times(n).map(entry)),
    close: async () => {
      db.close();
      await deleteDatabase(dbName);
    },
  };
}

export interface Pair {
  sdk: Throughput;
  raw: Throughput;
}

type Side = { writer: Writer; ms: number; latencies: number[] };

/** Opens both sides, warms them up, runs `measure` on each in alternating order, closes both. */
async function compare(
  dbName: string,
  rounds: number,
  /** Records each side writes across all rounds. */
  count: number,
  measure: (side: Side, round: number) => Promise<void>,
): Promise<Pair> {
  const { bytes } = await sample();
  const sides = {
    sdk: { writer: await sdkWriter(`${dbName}-sdk`), ms: 0, latencies: [] as number[] },
    raw: { writer: await rawWriter(`${dbName}-raw`), ms: 0, latencies: [] as number[] },
  };
  for (const side of Object.values(sides)) {
    for (const _ of times(WARM_UP)) await side.writer.one();
    await side.writer.burst(WARM_UP);
  }
  // Alternating rounds: both sides see the same machine load (this VM is shared and noisy).
  for (const round of times(rounds)) {
    const order = round % 2 ? [sides.sdk, sides.raw] : [sides.raw, sides.sdk];
    for (const side of order) await measure(side, round);
  }
  for (const side of Object.values(sides)) await side.writer.close();
  const result = (side: Side): Throughput => ({
    count,
    ms: side.ms,
    perSecond: perSecond(count, side.ms),
    ...(side.latencies.length
      ? { p50: percentile(side.latencies, 50), p99: percentile(side.latencies, 99) }
      : {}),
    recordBytes: bytes,
  });
  return { sdk: result(sides.sdk), raw: result(sides.raw) };
}

/**
 * Sequential: `n` awaited writes per side (`tp.submit()` vs one raw transaction per record), in
 * `blocks` alternating blocks; each write is timed with `performance.now()`.
 */
async function sequentialPair(n: number, blocks: number, dbName: string): Promise<Pair> {
  const perBlock = Math.ceil(n / blocks);
  return compare(dbName, blocks, n, async (side, block) => {
    const size = Math.min(perBlock, n - block * perBlock);
    for (const _ of times(size)) {
      const t = performance.now();
      await side.writer.one();
      const ms = performance.now() - t;
      side.latencies.push(ms);
      side.ms += ms;
    }
  });
}

/**
 * Concurrent: `bursts` alternating bursts per side of `n` writes at once (`Promise.all` of `n`
 * submits vs one raw transaction of `n` records); throughput over all bursts.
 */
async function concurrentPair(n: number, bursts: number, dbName: string): Promise<Pair> {
  return compare(dbName, bursts, n * bursts, async (side) => {
    const t = performance.now();
    await side.writer.burst(n);
    side.ms += performance.now() - t;
  });
}

/**
 * Queues N answers with consent pending, then times `setConsent('granted')` and `flush()` until
 * nothing is pending: every record read from IndexedDB, POSTed, acknowledged and removed.
 */
async function sdkDrain(
  n: number,
  dbName: string,
  endpoint: string,
  batchSize: number,
): Promise<Throughput> {
  const { input, bytes } = await sample();
  const tp = createTouchpoint({ endpoint, dbName, consent: 'pending', batchSize });
  await Promise.all(times(n).map(() => tp.submit(input)));
  const deadline = performance.now() + 60_000;
  let pending = n;
  const requestMs = requestTimer(endpoint);
  const start = performance.now();
  await tp.setConsent('granted');
  while (pending > 0) {
    if (performance.now() > deadline) throw new Error(`drain stalled with ${pending} pending`);
    ({ pending } = await tp.flush());
  }
  const ms = performance.now() - start;
  const { failed } = tp.stats();
  const inRequests = requestMs();
  await closeSdk(tp, dbName);
  if (failed > 0) throw new Error(`drain dead-lettered ${failed} records`);
  return { count: n, ms, perSecond: perSecond(n, ms), recordBytes: bytes, requestMs: inRequests };
}

/** `n` copies of the SDK's stored record of the sample answer, as sent: time-ordered ids. */
async function sampleRecords(n: number) {
  const { stored, bytes } = await sample();
  const { v: _v, ...record } = stored;
  const prefix = keyPrefix++;
  return { bytes, records: times(n).map((i) => ({ ...record, id: orderedKey(prefix, i) })) };
}

/** One awaited POST of a batch, its JSON reply read, as the SDK's transport does. */
async function postBatch(endpoint: string, batch: object[], side: string): Promise<void> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sentAt: new Date().toISOString(), batch }),
  });
  if (!response.ok) throw new Error(`${side}: HTTP ${response.status}`);
  await response.json();
}

/**
 * Baseline: the same number of records in batches of the same size, a plain awaited fetch each.
 * (`_dbName`: the drains' shared signature; this side stores nothing.)
 */
async function fetchLoop(
  n: number,
  _dbName: string,
  endpoint: string,
  batchSize: number,
): Promise<Throughput> {
  const { records: stored, bytes } = await sampleRecords(n);
  const records = stored.map((r) => ({ ...r, attempt: 1 }));
  const requestMs = requestTimer(endpoint);
  const start = performance.now();
  for (let i = 0; i < records.length; i += batchSize) {
    await postBatch(endpoint, records.slice(i, i + batchSize), 'fetch loop');
  }
  const ms = performance.now() - start;
  return { count: n, ms, perSecond: perSecond(n, ms), recordBytes: bytes, requestMs: requestMs() };
}

/** Records a durable drain reads (and then deletes) per IndexedDB request, as the SDK does. */
const DURABLE_CHUNK = 200;

/**
 * The floor for any durable drain that keeps one IndexedDB row per answer: the fetch loop's
 * requests, plus reading each record from IndexedDB before it is sent and deleting it after its
 * POST returned — and nothing else (no lock, lease, decoding, ack checks or retries). Records are
 * written untimed first, with time-ordered keys; each chunk of 200 is one `getAll` and, once its
 * batches are acknowledged, one key-range delete. The SDK ÷ this is how close the SDK is to what
 * per-record durability costs; this ÷ the plain fetch loop is the best ratio any such drain can
 * reach.
 */
async function durableLoop(
  n: number,
  dbName: string,
  endpoint: string,
  batchSize: number,
): Promise<Throughput> {
  const { records: stored, bytes } = await sampleRecords(n);
  const db = await openRaw(dbName);
  await putInOneTransaction(
    db,
    stored.map((r) => [r.id, r]),
  );
  const requestMs = requestTimer(endpoint);
  const start = performance.now();
  let from = '';
  for (;;) {
    const range = from ? IDBKeyRange.lowerBound(from, true) : undefined;
    const chunk = await inTransaction(db, 'readonly', (s) => s.getAll(range, DURABLE_CHUNK));
    if (chunk.length === 0) break;
    const records = chunk as Array<{ id: string }>;
    for (let i = 0; i < records.length; i += batchSize) {
      const batch = records.slice(i, i + batchSize).map((r) => ({ ...r, attempt: 1 }));
      await postBatch(endpoint, batch, 'durable loop');
    }
    const first = records[0]!.id;
    from = records.at(-1)!.id;
    await inTransaction(db, 'readwrite', (s) => s.delete(IDBKeyRange.bound(first, from)));
  }
  const ms = performance.now() - start;
  db.close();
  await deleteDatabase(dbName);
  return { count: n, ms, perSecond: perSecond(n, ms), recordBytes: bytes, requestMs: requestMs() };
}

// Memory: one instance kept between calls so Node can force a GC and read the heap in between.
let held: { tp: Touchpoint; dbName: string; input: SubmitInput } | null = null;

async function memoryOpen(dbName: string): Promise<void> {
  const { input } = await sample();
  const tp = await openSdk(dbName);
  await Promise.all(times(WARM_UP).map(() => tp.submit(input)));
  held = { tp, dbName, input };
}

/** Submits `n` answers in bursts of 100 concurrent; keeps no reference to the records. */
async function memorySubmit(n: number): Promise<number> {
  if (!held) throw new Error('memoryOpen first');
  for (let done = 0; done < n; done += 100) {
    const burst = Math.min(100, n - done);
    await Promise.all(times(burst).map(() => held!.tp.submit(held!.input)));
  }
  return held.tp.stats().queued;
}

async function memoryClose(): Promise<void> {
  if (!held) return;
  await closeSdk(held.tp, held.dbName);
  held = null;
}

export const harness = {
  sequentialPair,
  concurrentPair,
  sdkDrain,
  fetchLoop,
  durableLoop,
  memoryOpen,
  memorySubmit,
  memoryClose,
};
export type Harness = typeof harness;

declare global {
  interface Window {
    bench: Harness;
  }
}

window.bench = harness;
