/**
 * `createTouchpoint`: wires options, storage, outbox, identity, flusher and triggers together.
 * Decisions live in the pieces; this file only decides who talks to whom, and when consent lets
 * them touch storage or the network.
 */
import { CONSENT_STATES, mayStore, maySend, type Consent } from './consent.js';
import { collectContext } from './context.js';
import { Flusher, type FlushResult } from './delivery/flusher.js';
import { listenForFlushTriggers } from './delivery/flush-triggers.js';
import { Emitter, type Listener } from './emitter.js';
import type { TouchpointEventMap } from './events.js';
import { createIdGenerator } from './id.js';
import { Identity } from './identity.js';
import { parseIdentify, resolveOptions, type TouchpointOptions } from './options.js';
import { DeadLetters } from './outbox/dead-letters.js';
import { Outbox } from './outbox/outbox.js';
import { createStorage } from './outbox/store.js';
import type { DeadLetter } from './outbox/stored.js';
import { buildResponse, parseSubmitInput } from './response.js';
import type { ResponseRecord, SubmitInput } from './schema.js';
import { createCounters, type TouchpointStats } from './stats.js';

/** An SDK instance. */
export interface Touchpoint {
  /**
   * Stores an answer and resolves with its record (id, createdAt, user, context; `attempt` 0
   * until first sent) once it is committed to IndexedDB. Rejects with a clear Error on invalid
   * input, storing nothing. With consent `denied` it resolves with the record but nothing is
   * stored or sent.
   */
  submit(input: SubmitInput): Promise<ResponseRecord>;
  /** Sets the user id for the next records; traits are merged with earlier ones. */
  identify(userId: string, traits?: Record<string, unknown>): void;
  /**
   * Sends what is queued now (ignoring backoff, but not a server's `Retry-After` window, nor
   * consent). Resolves with what this flush sent and dead-lettered, and what remains.
   */
  flush(): Promise<FlushResult>;
  /** Counters and state; see {@link TouchpointStats}. */
  stats(): TouchpointStats;
  /** Records the endpoint refused for good, with the reason, oldest first. */
  deadLetters(): Promise<DeadLetter[]>;
  /** Listens to an event; returns a function that stops listening. */
  on<K extends keyof TouchpointEventMap>(
    type: K,
    listener: Listener<TouchpointEventMap[K]>,
  ): () => void;
  off<K extends keyof TouchpointEventMap>(type: K, listener: Listener<TouchpointEventMap[K]>): void;
  /**
   * Submits every `tp-submit` event (detail: a SubmitInput) that reaches `element`. Returns a
   * function that disconnects; connecting the same element again returns the same function.
   */
  connect(element: EventTarget): () => void;
  /**
   * `granted` sends what waits; `pending` keeps storing but stops sending; `denied` stops both
   * and deletes everything stored (outbox, dead letters, anonymous id).
   */
  setConsent(consent: Consent): Promise<void>;
  /** Removes listeners and timers, abandons a request in flight. Queued records stay stored. */
  destroy(): void;
}

/** Creates an SDK instance. Throws `Touchpoint: invalid option "…": …` on bad options. */
export function createTouchpoint(options: TouchpointOptions): Touchpoint {
  const o = resolveOptions(options);
  const now = o.now ?? Date.now;
  const random = o.random ?? Math.random;
  const events = new Emitter<TouchpointEventMap>();
  const counters = createCounters();
  const lifetime = new AbortController();
  let consent: Consent = o.consent;
  let destroyed = false;

  const storage = createStorage({
    dbName: o.dbName,
    persistence: o.persistence,
    ...(o.indexedDB ? { indexedDB: o.indexedDB } : {}),
    onFallback: (error) => {
      counters.lastError = `storage: ${error instanceof Error ? error.message : String(error)}`;
      console.warn('Touchpoint: IndexedDB unavailable, keeping responses in memory only.', error);
    },
  });
  const outbox = new Outbox(storage.store('outbox'), storage.store('quarantine'), {
    maxQueue: o.maxQueue,
    now,
    onQuarantine: (count) => (counters.quarantined += count),
  });
  const deadLetters = new DeadLetters(storage.store('dead-letters'));
  const newId = createIdGenerator({ now });
  const newAnonymousId = () =>
    typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : newId();
  const identity = new Identity(storage.store('meta'), newAnonymousId, o.user);
  const flusher = new Flusher({
    outbox,
    deadLetters,
    events,
    counters,
    endpoint: new URL(o.endpoint, typeof location !== 'undefined' ? location.href : undefined).href,
    ...(o.writeKey === undefined ? {} : { writeKey: o.writeKey }),
    ...(o.headers ? { headers: o.headers } : {}),
    batchSize: o.batchSize,
    lockName: () => (storage.persistence === 'durable' ? `touchpoint-flush:${o.dbName}` : null),
    maySend: () => !destroyed && maySend(consent),
    now,
    random,
    ...(o.fetch ? { fetch: o.fetch } : {}),
  });

  // Storage is opened (and the anonymous id written) only once consent allows storing.
  let opened: Promise<void> | null = null;
  const openStorage = () =>
    (opened ??= (async () => {
      await storage.open();
      await identity.persist().catch(() => undefined);
      await outbox.count().catch(() => undefined);
      counters.deadLettered = await deadLetters.count().catch(() => 0);
      counters.quarantined = await storage
        .store('quarantine')
        .count()
        .catch(() => 0);
    })());

  const purge = async () => {
    flusher.cancel();
    await flusher.idle();
    await outbox.settled();
    await storage.purge();
    outbox.markPurged();
    identity.forget();
    opened = null;
    counters.deadLettered = 0;
    counters.quarantined = 0;
  };

  const startup = mayStore(consent) ? openStorage() : purge().catch(() => undefined);
  void startup.then(
    () => flusher.wake('start'),
    () => undefined,
  );
  listenForFlushTriggers(flusher, o.flushIntervalMs, lifetime.signal);

  const submit = async (input: SubmitInput): Promise<ResponseRecord> => {
    if (destroyed) throw new Error('Touchpoint: this instance was destroyed');
    const parsed = parseSubmitInput(input);
    if (mayStore(consent)) await openStorage();
    const record = buildResponse(parsed, {
      id: newId(),
      now: now(),
      user: identity.user,
      context: collectContext(),
    });
    if (!mayStore(consent)) return record;
    await outbox.enqueue(record);
    events.emit('response:queued', { record });
    flusher.wake('submit');
    return record;
  };

  const connections = new WeakMap<EventTarget, () => void>();
  // A composed event passes every connected ancestor: store it once.
  const seen = new WeakSet<Event>();

  return {
    submit,
    identify(userId, traits) {
      const parsed = parseIdentify(userId, traits);
      identity.identify(parsed.userId, parsed.traits);
    },
    async flush() {
      if (destroyed || !mayStore(consent)) return { sent: 0, failed: 0, pending: 0 };
      await openStorage();
      return flusher.flush();
    },
    stats() {
      return {
        persistence: storage.persistence,
        consent,
        queued: outbox.size ?? 0,
        ...counters,
      };
    },
    async deadLetters() {
      if (!mayStore(consent)) return [];
      await openStorage();
      return deadLetters.list();
    },
    on: (type, listener) => events.on(type, listener),
    off: (type, listener) => events.off(type, listener),
    connect(element) {
      if (!element || typeof element.addEventListener !== 'function') {
        throw new Error('Touchpoint: connect() needs an element (an EventTarget)');
      }
      const existing = connections.get(element);
      if (existing) return existing;
      const listener = (event: Event) => {
        if (seen.has(event)) return;
        seen.add(event);
        submit((event as CustomEvent<SubmitInput>).detail).catch((error: unknown) => {
          console.error('Touchpoint: a tp-submit answer was not stored:', error);
        });
      };
      element.addEventListener('tp-submit', listener, { signal: lifetime.signal });
      const disconnect = () => {
        element.removeEventListener('tp-submit', listener);
        connections.delete(element);
      };
      connections.set(element, disconnect);
      return disconnect;
    },
    async setConsent(next) {
      if (!CONSENT_STATES.includes(next)) {
        throw new Error(
          `Touchpoint: invalid consent ${JSON.stringify(next)}: must be "granted", "pending" or "denied"`,
        );
      }
      consent = next;
      if (destroyed) return;
      if (!mayStore(next)) return purge();
      await openStorage();
      if (maySend(next)) void flusher.flush();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      lifetime.abort();
      flusher.destroy();
      events.clear();
      void Promise.all([flusher.idle(), outbox.settled()]).finally(() => storage.close());
    },
  };
}
