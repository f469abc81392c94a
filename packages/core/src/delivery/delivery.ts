/**
 * The delivery chunk: everything that sends — the flusher, transport, retry policy, reply
 * interpretation, lease and lock, batching, the dead-letter store, and the read side of the outbox
 * (reading, migrating, quarantining, evicting). The core entry `import()`s it through
 * `lazy.ts` only when there is something to do, so a page view with nothing to send never
 * downloads it.
 */
import { createDeadLetters } from '../outbox/dead-letters.js';
import { readOutbox } from '../outbox/outbox.js';
import type { DeadLetter } from '../outbox/stored.js';
import { createFlusher, type Flusher } from './flusher.js';
import type { DeliveryHost } from './lazy.js';

/** What the core entry asks of delivery once it has loaded. */
export interface Delivery extends Flusher {
  /** Evicts the `excess` oldest records (the outbox is over `maxQueue`). */
  trim(excess: number): Promise<void>;
  /** `tp.deadLetters()`: every dead letter, oldest record first. */
  deadLetters(): Promise<DeadLetter[]>;
  /** `tp.retryDeadLetters()`: requeues dead letters (all, or these ids); resolves how many. */
  retryDeadLetters(ids?: string[]): Promise<number>;
}

/** Starts delivery; records past `retention` are evicted first, even while consent is pending. */
export async function startDelivery(host: DeliveryHost): Promise<Delivery> {
  const { options: o, storage, events, counters, now } = host;
  const outbox = readOutbox(host.queue, storage.store('outbox'), storage.store('quarantine'), {
    maxQueue: o.maxQueue,
    retentionMs: o.retentionMs,
    now,
    onEvict: (records, reason) => {
      counters.evicted += records.length;
      for (const record of records) events.emit('response:evicted', { record, reason });
    },
    onQuarantine: (count) => (counters.quarantined += count),
  });
  const deadLetters = createDeadLetters(storage.store('dead-letters'));
  const flusher = createFlusher({
    outbox,
    deadLetters,
    meta: storage.store('meta'),
    events,
    counters,
    endpoint: new URL(o.endpoint, typeof location != 'undefined' ? location.href : undefined).href,
    writeKey: o.writeKey,
    headers: o.headers,
    batchSize: o.batchSize,
    lockName: () => (storage.persistence == 'durable' ? `touchpoint-flush:${o.dbName}` : null),
    maySend: host.maySend,
    owner: host.newId(),
    now,
    random: o.random ?? Math.random,
    fetch: o.fetch,
  });
  // While records wait, a flush is attempted this often. Here, not in the entry's stand-in: before
  // the chunk is loaded there is nothing it could do that the stand-in's triggers and its import
  // backoff do not already.
  const interval = setInterval(() => flusher.wake('interval'), o.flushIntervalMs);
  host.signal.addEventListener('abort', () => clearInterval(interval));
  if (o.retentionMs) await outbox.expire().catch(() => undefined);
  return {
    ...flusher,
    trim: outbox.trim,
    deadLetters: deadLetters.list,
    async retryDeadLetters(ids) {
      const wanted = ids && new Set(ids);
      const letters = (await deadLetters.list()).filter((l) => !wanted || wanted.has(l.record.id));
      // Copy, then delete: a crash in between leaves a record in both, never in neither.
      await Promise.all(letters.map((l) => outbox.enqueue(l.record)));
      await deadLetters.remove(letters.map((l) => l.record.id));
      counters.deadLettered = Math.max(0, counters.deadLettered - letters.length);
      for (const { record } of letters) events.emit('response:queued', { record });
      if (letters.length) flusher.wake('submit');
      return letters.length;
    },
  };
}
