/**
 * The outbox: records waiting for an acknowledgement, keyed by their UUIDv7 id so key order is
 * creation order. Enqueues use group commit: every record submitted while the event loop is busy
 * with one task (and its microtasks), or while the previous commit is still in flight, is written
 * in ONE transaction — about 10× the throughput of a transaction per record (FACTS.md) — and each
 * `enqueue()` resolves only after that transaction committed.
 */
import type { ResponseRecord } from '../schema.js';
import type { KeyValueStore } from './store.js';
import { fromStored, toStored, type QuarantinedValue } from './stored.js';

export interface OutboxOptions {
  /** Most records the outbox holds; an enqueue beyond it is refused with an Error. */
  maxQueue: number;
  /** Wall clock, for quarantine timestamps. */
  now: () => number;
  /** Told how many records were quarantined. */
  onQuarantine?: (count: number) => void;
}

interface Pending {
  record: ResponseRecord;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class Outbox {
  #pending: Pending[] = [];
  #scheduled = false;
  #committing: Promise<void> | null = null;
  #size: number | undefined;

  constructor(
    private readonly store: KeyValueStore,
    private readonly quarantine: KeyValueStore,
    private readonly options: OutboxOptions,
  ) {}

  /** Last known number of queued records (undefined before the outbox was first read). */
  get size(): number | undefined {
    return this.#size;
  }

  /** Stores a record; resolves after the transaction that holds it committed. */
  enqueue(record: ResponseRecord): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending.push({ record, resolve, reject });
      this.#schedule();
    });
  }

  /** Resolves when every enqueue made so far has settled. */
  async settled(): Promise<void> {
    while (this.#committing || this.#pending.length) {
      await (this.#committing ?? Promise.resolve());
    }
  }

  #schedule(): void {
    if (this.#scheduled || this.#committing) return;
    this.#scheduled = true;
    // A microtask, not a timer: the commit must start before a hidden page is frozen or unloaded,
    // and timers are throttled in background tabs. Submits made in the same task still join.
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#committing = this.#commit().finally(() => {
        this.#committing = null;
        if (this.#pending.length) this.#schedule();
      });
    });
  }

  async #commit(): Promise<void> {
    const group = this.#pending.splice(0);
    if (group.length === 0) return;
    let accepted = group;
    try {
      const size = await this.count(true);
      const room = Math.max(0, this.options.maxQueue - size);
      accepted = group.slice(0, room);
      for (const refused of group.slice(room)) {
        refused.reject(
          new Error(
            `Touchpoint: the outbox is full (maxQueue ${this.options.maxQueue}); the response was not stored`,
          ),
        );
      }
      if (accepted.length === 0) return;
      await this.store.setMany(accepted.map((p) => [p.record.id, toStored(p.record)]));
      this.#size = (this.#size ?? size) + accepted.length;
    } catch (error) {
      for (const p of accepted) p.reject(error);
      return;
    }
    for (const p of accepted) p.resolve();
  }

  /** Number of queued records; reads storage unless a cached count is allowed. */
  async count(cached = false): Promise<number> {
    if (cached && this.#size !== undefined) return this.#size;
    this.#size = await this.store.count();
    return this.#size;
  }

  /**
   * Up to `limit` records, oldest first. Values that are not valid records are moved to the
   * quarantine store on the way (so one corrupt entry never blocks the queue).
   */
  async take(limit: number): Promise<ResponseRecord[]> {
    for (;;) {
      const entries = await this.store.entries(limit);
      const records: ResponseRecord[] = [];
      const corrupt: QuarantinedValue[] = [];
      const quarantinedAt = new Date(this.options.now()).toISOString();
      for (const [key, value] of entries) {
        const read = fromStored(value);
        if (read.ok) records.push(read.record);
        else corrupt.push({ key, value, reason: read.reason, quarantinedAt });
      }
      if (corrupt.length === 0) return records;
      // Copy first, then delete: a crash in between leaves a duplicate, never a loss.
      await this.quarantine.setMany(corrupt.map((q) => [q.key, q]));
      await this.store.delMany(corrupt.map((q) => q.key));
      if (this.#size !== undefined) this.#size = Math.max(0, this.#size - corrupt.length);
      this.options.onQuarantine?.(corrupt.length);
      if (entries.length < limit) return records;
      // The page was full: read again so the caller still gets up to `limit` valid records.
    }
  }

  /** Writes records back (their `attempt` changed), in one transaction. */
  async update(records: ResponseRecord[]): Promise<void> {
    if (records.length) await this.store.setMany(records.map((r) => [r.id, toStored(r)]));
  }

  /** Removes acknowledged (or dead-lettered) records. */
  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.store.delMany(ids);
    if (this.#size !== undefined) this.#size = Math.max(0, this.#size - ids.length);
  }

  /** After storage was purged (consent denied): the outbox is empty. */
  markPurged(): void {
    this.#size = 0;
  }
}
