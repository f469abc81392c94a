/**
 * The write side of the outbox, in the core entry: records waiting for an acknowledgement, keyed
 * by their UUIDv7 id so key order is creation order. Enqueues use group commit: every record
 * submitted while the event loop is busy with one task (and its microtasks), or while the
 * previous commit is still in flight, is written in ONE transaction — about 10× the throughput of
 * a transaction per record (FACTS.md) — and each `enqueue()` resolves only after that transaction
 * committed. Reading, eviction and removal (`outbox.ts`) load with the delivery chunk.
 */
import type { ResponseRecord } from '../schema.js';
import type { KeyValueStore } from './store.js';
import { toStored } from './stored.js';

export interface QueueOptions {
  /** Most records the outbox holds; `trim` is called with how many are beyond it. */
  maxQueue: number;
  /** Wall clock. */
  now: () => number;
  /** Evicts the `excess` oldest records (the outbox is over `maxQueue`). */
  trim: (excess: number) => Promise<void>;
}

export interface Queue {
  /**
   * Last known number of queued records (undefined before the outbox was first counted); the
   * reading side keeps it up to date as records leave.
   */
  size: number | undefined;
  /** Stores a record; resolves after the transaction that holds it committed. */
  enqueue(record: ResponseRecord): Promise<void>;
  /** Resolves when every enqueue made so far has settled. */
  settled(): Promise<void>;
  /** Counts the queued records (a full scan: IndexedDB counts in O(n)). */
  count(): Promise<number>;
}

/** How often, at most, an enqueue recounts the outbox (other tabs add to it too). */
const RECOUNT_MS = 1000;

interface Pending {
  record: ResponseRecord;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createQueue(store: KeyValueStore, o: QueueOptions): Queue {
  const pending: Pending[] = [];
  let committing: Promise<void> | undefined;
  let countedAt = -Infinity;

  const commit = async () => {
    while (pending.length) {
      const group = pending.splice(0);
      try {
        await store.setMany(group.map((p) => [p.record.id, toStored(p.record)]));
      } catch (error) {
        group.forEach((p) => p.reject(error));
        continue;
      }
      if (queue.size !== undefined) queue.size += group.length;
      group.forEach((p) => p.resolve());
      // A count scans the whole store (~5 ms at 5,000 records): only when this tab's count says
      // the limit is passed, or another tab may have added records since the last count.
      if (queue.size === undefined || queue.size > o.maxQueue || o.now() - countedAt > RECOUNT_MS) {
        const excess = (await queue.count().catch(() => 0)) - o.maxQueue;
        // A trim that fails (the delivery chunk could not load) is tried again after the next
        // commit: the count still says the outbox is over.
        if (excess > 0) await o.trim(excess).catch(() => undefined);
      }
    }
    committing = undefined;
  };

  const queue: Queue = {
    size: undefined,
    enqueue: (record) =>
      new Promise<void>((resolve, reject) => {
        pending.push({ record, resolve, reject });
        // A microtask, not a timer: the commit must start before a hidden page is frozen or
        // unloaded, and timers are throttled in background tabs. Submits of this task still join.
        if (!committing) committing = Promise.resolve().then(commit);
      }),
    async settled() {
      while (committing) await committing;
    },
    async count() {
      countedAt = o.now();
      return (queue.size = await store.count());
    },
  };
  return queue;
}
