/**
 * The outbox: records waiting for an acknowledgement, keyed by their UUIDv7 id so key order is
 * creation order. Enqueues use group commit: every record submitted while the event loop is busy
 * with one task (and its microtasks), or while the previous commit is still in flight, is written
 * in ONE transaction — about 10× the throughput of a transaction per record (FACTS.md) — and each
 * `enqueue()` resolves only after that transaction committed. Beyond `maxQueue`, and past
 * `retention`, the oldest records are evicted: reported, never dropped silently.
 */
import type { ResponseRecord } from '../schema.js';
import type { KeyValueStore } from './store.js';
import { fromStored, NEWER, toStored, type QuarantinedValue } from './stored.js';

export type EvictionReason = 'maxQueue' | 'retention';

export interface OutboxOptions {
  /** Most records the outbox holds; the oldest beyond it are evicted. */
  maxQueue: number;
  /** Records older than this (ms) are evicted; undefined keeps them until delivered. */
  retentionMs?: number | undefined;
  /** Wall clock. */
  now: () => number;
  /** Told which records were evicted, and why. */
  onEvict: (records: ResponseRecord[], reason: EvictionReason) => void;
  /** Told how many stored values were quarantined. */
  onQuarantine: (count: number) => void;
}

export interface Outbox {
  /** Last known number of queued records (undefined before the outbox was first counted). */
  readonly size: number | undefined;
  /** Stores a record; resolves after the transaction that holds it committed. */
  enqueue(record: ResponseRecord): Promise<void>;
  /** Resolves when every enqueue made so far has settled. */
  settled(): Promise<void>;
  /** Counts the queued records (a full scan: IndexedDB counts in O(n)). */
  count(): Promise<number>;
  /**
   * Up to `limit` stored entries after key `after`, oldest first: the valid records among them,
   * and the last key read (undefined when nothing is left). Corrupt values are quarantined and
   * expired records evicted on the way; values from a newer SDK are left for it.
   */
  read(limit: number, after?: string): Promise<{ records: ResponseRecord[]; last?: string }>;
  /** Evicts every record past `retention`. */
  expire(): Promise<void>;
  /** Writes records back (their `attempt` changed), in one transaction. */
  update(records: ResponseRecord[]): Promise<void>;
  /** Removes acknowledged (or dead-lettered) records. */
  remove(ids: string[]): Promise<void>;
  /** After storage was purged (consent denied): the outbox is empty. */
  markPurged(): void;
}

/** How often, at most, an enqueue recounts the outbox (other tabs add to it too). */
const RECOUNT_MS = 1000;

interface Pending {
  record: ResponseRecord;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createOutbox(
  store: KeyValueStore,
  quarantine: KeyValueStore,
  o: OutboxOptions,
): Outbox {
  const pending: Pending[] = [];
  let committing: Promise<void> | undefined;
  let size: number | undefined;
  let countedAt = -Infinity;

  const shrink = (n: number) => size !== undefined && (size = Math.max(0, size - n));

  const count = async () => {
    countedAt = o.now();
    return (size = await store.count());
  };

  const remove = async (ids: string[]) => {
    if (ids.length) await store.delMany(ids);
    shrink(ids.length);
  };

  const evict = async (records: ResponseRecord[], reason: EvictionReason) => {
    if (!records.length) return;
    await remove(records.map((r) => r.id));
    o.onEvict(records, reason);
  };

  const read: Outbox['read'] = async (limit, after) => {
    const entries = await store.entries(limit, after);
    // A first page that is not full is the whole outbox: a free recount.
    if (after === undefined && entries.length < limit) size = entries.length;
    const records: ResponseRecord[] = [];
    const expired: ResponseRecord[] = [];
    const corrupt: QuarantinedValue[] = [];
    const now = o.now();
    for (const [key, value] of entries) {
      const record = fromStored(value);
      if (record === NEWER) continue;
      if (typeof record == 'string') {
        corrupt.push({ key, value, reason: record, quarantinedAt: new Date(now).toISOString() });
      } else {
        const old = o.retentionMs && Date.parse(record.createdAt) < now - o.retentionMs;
        (old ? expired : records).push(record);
      }
    }
    if (corrupt.length) {
      // Copy first, then delete: a crash in between leaves a duplicate, never a loss.
      await quarantine.setMany(corrupt.map((q) => [q.key, q]));
      await remove(corrupt.map((q) => q.key));
      o.onQuarantine(corrupt.length);
    }
    await evict(expired, 'retention');
    return { records, last: entries[entries.length - 1]?.[0] };
  };

  const trim = async () => {
    const excess = (await count()) - o.maxQueue;
    if (excess > 0) await evict((await read(excess)).records, 'maxQueue');
  };

  const commit = async () => {
    while (pending.length) {
      const group = pending.splice(0);
      try {
        await store.setMany(group.map((p) => [p.record.id, toStored(p.record)]));
      } catch (error) {
        group.forEach((p) => p.reject(error));
        continue;
      }
      if (size !== undefined) size += group.length;
      group.forEach((p) => p.resolve());
      // A count scans the whole store (~5 ms at 5,000 records): only when this tab's count says
      // the limit is passed, or another tab may have added records since the last count.
      if (size === undefined || size > o.maxQueue || o.now() - countedAt > RECOUNT_MS) {
        await trim().catch(() => undefined);
      }
    }
    committing = undefined;
  };

  return {
    get size() {
      return size;
    },
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
    count,
    read,
    async expire() {
      for (let after: string | undefined; ;) {
        const { records, last } = await read(100, after);
        // Keys are creation order: past the first record that is not expired, none is.
        if (records.length || !last) return;
        after = last;
      }
    },
    update: (records) => store.setMany(records.map((r) => [r.id, toStored(r)])),
    remove,
    markPurged: () => void (size = 0),
  };
}
