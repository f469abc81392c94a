/**
 * `createTouchpoint`: wires options, storage, outbox, identity, flusher and triggers together.
 * Decisions live in the pieces; this file only decides who talks to whom, and when consent lets
 * them touch storage or the network.
 */
import { CONSENT_STATES, mayStore, maySend, type Consent } from './consent.js';
import { collectContext } from './context.js';
import { createFlusher, type FlushResult } from './delivery/flusher.js';
import { listenForFlushTriggers } from './delivery/flush-triggers.js';
import { Emitter, type Listener } from './emitter.js';
import type { TouchpointEventMap } from './events.js';
import type { SurveyEventMap } from './surveys/events.js';
import type { SurveyDefinition } from './surveys/definition.js';
import { checkDefinition, checkShow, checkTrack, createSurveys } from './surveys/lazy.js';
import { createIdGenerator } from './id.js';
import { createIdentity } from './identity.js';
import { parseIdentify, resolveOptions, type TouchpointOptions } from './options.js';
import { createDeadLetters } from './outbox/dead-letters.js';
import { createOutbox } from './outbox/outbox.js';
import { createStorage } from './outbox/store.js';
import type { DeadLetter } from './outbox/stored.js';
import { buildResponse, parseSubmitInput } from './response.js';
import type { ResponseRecord, SubmitInput } from './schema.js';
import { createCounters, type TouchpointStats } from './stats.js';
import { quoteList } from './validate.js';

type Events = TouchpointEventMap & SurveyEventMap;

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
  /**
   * Puts dead letters back in the outbox (all, or those with these record ids) and sends them:
   * same ids, so the endpoint still stores each once; `attempt` keeps counting. Resolves with
   * how many were requeued.
   */
  retryDeadLetters(ids?: string[]): Promise<number>;
  /**
   * Feeds `event` survey triggers (SPEC §4): surveys whose `trigger.event` is `name` and whose
   * `trigger.properties` filters pass are offered for display. Without surveys it does nothing.
   */
  track(name: string, properties?: Record<string, unknown>): void;
  /**
   * Shows survey `id` now (after the one on screen, if any), whatever its trigger, audience,
   * frequency and the cooldown say; it still counts as shown, answered or dismissed.
   */
  show(id: string): void;
  /** Closes the survey on screen; it counts as dismissed. */
  dismiss(): void;
  /**
   * The survey definition `id` (SPEC §4) once the definitions (`surveys`, `surveysUrl`) are
   * loaded, for rendering it yourself, e.g. `el.definition = await tp.definition('q4')` on an
   * inline `<tp-survey>`. Only valid definitions: an unknown or invalid id resolves undefined
   * with a console warning naming it. Rejects if `id` is not a non-empty string.
   */
  definition(id: string): Promise<SurveyDefinition | undefined>;
  /** Listens to an event; returns a function that stops listening. */
  on<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void;
  off<K extends keyof Events>(type: K, listener: Listener<Events[K]>): void;
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

/** An element that shows whether its answer was stored (e.g. `<tp-feedback>`). */
interface StatusReporter {
  status: string;
  showError(message?: string): void;
}

/** Creates an SDK instance. Throws `Touchpoint: invalid option "…": …` on bad options. */
export function createTouchpoint(options: TouchpointOptions): Touchpoint {
  const o = resolveOptions(options);
  const now = o.now ?? Date.now;
  const events = new Emitter<Events>();
  const counters = createCounters();
  const lifetime = new AbortController();
  let consent: Consent = o.consent;
  let destroyed = false;

  const storage = createStorage({
    dbName: o.dbName,
    persistence: o.persistence,
    indexedDB: o.indexedDB,
    onFallback: (error) => {
      counters.lastError = `storage: ${String(error)}`;
      console.warn('Touchpoint: IndexedDB unavailable, keeping responses in memory only.', error);
    },
  });
  const meta = storage.store('meta');
  const outbox = createOutbox(storage.store('outbox'), storage.store('quarantine'), {
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
  const newId = createIdGenerator({ now });
  const identity = createIdentity(meta, `touchpoint:${o.dbName}:anonymousId`, newId, o.user);
  const flusher = createFlusher({
    outbox,
    deadLetters,
    meta,
    // Survey events share the emitter; the flusher only emits delivery events.
    events: events as unknown as Emitter<TouchpointEventMap>,
    counters,
    endpoint: new URL(o.endpoint, typeof location != 'undefined' ? location.href : undefined).href,
    writeKey: o.writeKey,
    headers: o.headers,
    batchSize: o.batchSize,
    lockName: () => (storage.persistence == 'durable' ? `touchpoint-flush:${o.dbName}` : null),
    maySend: () => !destroyed && maySend(consent),
    owner: newId(),
    now,
    random: o.random ?? Math.random,
    fetch: o.fetch,
  });

  // Storage is opened (and the anonymous id written) only once consent allows storing.
  let opened: Promise<void> | undefined;
  const openStorage = () =>
    (opened ??= (async () => {
      const persistence = await storage.open();
      const fellBack = persistence != o.persistence;
      await identity
        .persist(fellBack ? 'web' : persistence == 'durable' ? 'idb' : 'memory')
        .catch(() => undefined);
      await outbox.expire().catch(() => undefined);
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
    opened = undefined;
    counters.deadLettered = counters.quarantined = 0;
  };

  void (mayStore(consent) ? openStorage() : purge()).then(
    () => flusher.wake('start'),
    () => undefined,
  );
  listenForFlushTriggers(flusher, o.flushIntervalMs, lifetime.signal);

  // The survey machinery (and zod) is downloaded only when surveys are configured.
  const surveys =
    o.surveys || o.surveysUrl
      ? createSurveys({
          surveys: o.surveys,
          surveysUrl: o.surveysUrl && new URL(o.surveysUrl, document.baseURI).href,
          recontactDays: o.recontactDays,
          maxPerSession: o.maxPerSession,
          loadElement: o.loadElement,
          sessionKey: `touchpoint:${o.dbName}`,
          now,
          fetch: o.fetch ?? ((input, init) => fetch(input, init)),
          user: () => identity.user,
          consent: () => consent,
          openStorage,
          meta,
          connect: (element) => api.connect(element),
          emit: (type, payload) => events.emit(type, payload as Events[typeof type]),
        })
      : undefined;

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

  const api: Touchpoint = {
    submit,
    identify(userId, traits) {
      const parsed = parseIdentify(userId, traits);
      const changed = parsed.userId != identity.user.id;
      identity.identify(parsed.userId, parsed.traits);
      if (changed) surveys?.userChanged();
    },
    track(name, properties) {
      checkTrack(name, properties);
      surveys?.track(name, properties);
    },
    show(id) {
      checkShow(id);
      if (surveys) surveys.show(id);
      else console.warn(`Touchpoint: show("${id}"): no surveys or surveysUrl configured`);
    },
    dismiss: () => surveys?.dismiss(),
    async definition(id) {
      checkDefinition(id);
      if (surveys) return surveys.definition(id);
      console.warn(`Touchpoint: definition("${id}"): no surveys or surveysUrl configured`);
      return undefined;
    },
    async flush() {
      if (destroyed || !mayStore(consent)) return { sent: 0, failed: 0, pending: 0 };
      await openStorage();
      return flusher.flush();
    },
    stats: () => ({
      persistence: storage.persistence,
      consent,
      queued: outbox.size ?? 0,
      ...counters,
    }),
    async deadLetters() {
      if (!mayStore(consent)) return [];
      await openStorage();
      return deadLetters.list();
    },
    async retryDeadLetters(ids) {
      if (destroyed || !mayStore(consent)) return 0;
      await openStorage();
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
    on: (type, listener) => events.on(type, listener),
    off: (type, listener) => events.off(type, listener),
    connect(element) {
      if (typeof element?.addEventListener != 'function') {
        throw new Error('Touchpoint: connect() needs an element (an EventTarget)');
      }
      let disconnect = connections.get(element);
      if (disconnect) return disconnect;
      const listener = (event: Event) => {
        if (seen.has(event)) return;
        seen.add(event);
        // Components that show a sending state (tp-feedback) learn the outcome: `submitting`
        // now, `success` after the IndexedDB commit, or `showError()` if it was not stored.
        const source = event.target as Partial<StatusReporter> | null;
        const reports = typeof source?.showError == 'function' && 'status' in source;
        if (reports) source.status = 'submitting';
        const input = (event as CustomEvent<SubmitInput>).detail;
        submit(input).then(
          () => {
            if (reports) source.status = 'success';
            // An inline <tp-survey> counts as answered in the survey history, like a popover.
            if (input.surveyId) surveys?.answered(input.surveyId);
          },
          (error: unknown) => {
            console.error('Touchpoint: a tp-submit answer was not stored:', error);
            if (reports) source.showError!();
          },
        );
      };
      element.addEventListener('tp-submit', listener, { signal: lifetime.signal });
      disconnect = () => {
        element.removeEventListener('tp-submit', listener);
        connections.delete(element);
      };
      connections.set(element, disconnect);
      return disconnect;
    },
    async setConsent(next) {
      if (!CONSENT_STATES.includes(next)) {
        throw new Error(
          `Touchpoint: invalid consent ${JSON.stringify(next)}: must be ${quoteList(CONSENT_STATES)}`,
        );
      }
      consent = next;
      if (destroyed) return;
      surveys?.consentChanged();
      if (!mayStore(next)) return purge();
      await openStorage();
      if (maySend(next)) void flusher.flush();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      surveys?.destroy();
      lifetime.abort();
      flusher.destroy();
      events.clear();
      void Promise.all([flusher.idle(), outbox.settled()]).finally(() => storage.close());
    },
  };
  return api;
}
