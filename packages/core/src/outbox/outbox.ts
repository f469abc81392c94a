/**
 * The read side of the outbox, loaded with the delivery chunk: records are read oldest first,
 * removed once acknowledged, and evicted beyond `maxQueue` and past `retention` — reported,
 * never dropped silently. Writing (`queue.ts`) stays in the core entry, so an answer is stored
 * even when this chunk cannot be fetched.
 */
import type { ResponseRecord } from '../schema.js';
import { fromStored, NEWER } from './from-stored.js';
import { createQueue, type Queue } from './queue.js';
import type { KeyValueStore } from './store.js';
import { toStored, type QuarantinedValue } from './stored.js';

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

/** Stored entries read from the outbox, not yet decoded (`Outbox.decode`). */
export interface Page {
  /** `[key, stored value]`, oldest first. */
  entries: Array<[string, unknown]>;
  /** The last key read; undefined when nothing was left. */
  last?: string | undefined;
  /** Whether that was the end: fewer than `limit` entries. */
  end: boolean;
}

export interface Outbox extends Queue {
  /**
   * Up to `limit` stored entries after key `after`, oldest first, not yet decoded. `remove` ids
   * (acknowledged records) are removed first, in the same transaction.
   */
  page(limit: number, after?: string, remove?: string[]): Promise<Page>;
  /**
   * The valid records among `entries`: corrupt values are quarantined and expired records
   * evicted on the way; values from a newer SDK are left for it.
   */
  decode(entries: Page['entries']): Promise<ResponseRecord[]>;
  /** `page()` and `decode()` in one step. */
  read(
    limit: number,
    after?: string,
  ): Promise<{ records: ResponseRecord[]; last?: string | undefined; end: boolean }>;
  /** Evicts every record past `retention`. */
  expire(): Promise<void>;
  /** Evicts the `excess` oldest records (beyond `maxQueue`). */
  trim(excess: number): Promise<void>;
  /** Writes records back (their `attempt` changed), in one transaction. */
  update(records: ResponseRecord[]): Promise<void>;
  /** Removes acknowledged (or dead-lettered) records. */
  remove(ids: string[]): Promise<void>;
}

/** A whole outbox: the write side and the read side on one store. */
export function createOutbox(
  store: KeyValueStore,
  quarantine: KeyValueStore,
  o: OutboxOptions,
): Outbox {
  const outbox: Outbox = readOutbox(
    createQueue(store, { ...o, trim: (excess) => outbox.trim(excess) }),
    store,
    quarantine,
    o,
  );
  return outbox;
}

/** Adds the read side to the entry's write side (`queue`), which keeps one `size` for both. */
export function readOutbox(
  queue: Queue,
  store: KeyValueStore,
  quarantine: KeyValueStore,
  o: OutboxOptions,
): Outbox {
  const removed = (ids: string[]) => {
    if (queue.size !== undefined) queue.size = Math.max(0, queue.size - ids.length);
  };
  const remove = async (ids: string[]) => {
    if (ids.length) await store.delMany(ids);
    removed(ids);
  };

  const evict = async (records: ResponseRecord[], reason: EvictionReason) => {
    if (!records.length) return;
    await remove(records.map((r) => r.id));
    o.onEvict(records, reason);
  };

  const page: Outbox['page'] = async (limit, after, drop = []) => {
    const entries = await store.entries(limit, after, drop);
    removed(drop);
    // A first page that is not full is the whole outbox: a free recount.
    if (after === undefined && entries.length < limit) queue.size = entries.length;
    return { entries, last: entries[entries.length - 1]?.[0], end: entries.length < limit };
  };

  const decode: Outbox['decode'] = async (entries) => {
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
    return records;
  };

  const read: Outbox['read'] = async (limit, after) => {
    const { entries, ...rest } = await page(limit, after);
    return { records: await decode(entries), ...rest };
  };

  return Object.assign(queue, {
    page,
    decode,
    read,
    async expire() {
      for (let after: string | undefined; ;) {
        const { records, last } = await read(100, after);
        // Keys are creation order: past the first record that is not expired, none is.
        if (records.length || !last) return;
        after = last;
      }
    },
    trim: async (excess: number) => evict((await read(excess)).records, 'maxQueue'),
    update: (records: ResponseRecord[]) => store.setMany(records.map((r) => [r.id, toStored(r)])),
    remove,
  });
}
