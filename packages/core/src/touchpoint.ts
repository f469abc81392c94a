/**
 * `createTouchpoint`: wires options, storage, outbox, identity, delivery and triggers together.
 * Decisions live in the pieces; this file only decides who talks to whom, and when consent lets
 * them touch storage or the network.
 */
import { CONSENT_STATES, mayStore, maySend, type Consent } from './consent.js';
import { collectContext } from './context.js';
import type { FlushResult } from './delivery/flusher.js';
import { lazyDelivery, type DeliveryHost } from './delivery/lazy.js';
import { Emitter, type Listener } from './emitter.js';
import type { TouchpointEventMap } from './events.js';
import type { SurveyEventMap } from './surveys/events.js';
import type { SurveyDefinition } from './surveys/definition.js';
import { checkId, checkTrack, createSurveys, type SurveyCore } from './surveys/lazy.js';
import { createIdGenerator } from './id.js';
import { createIdentity } from './identity.js';
import {
  checkIdentify,
  resolveOptions,
  type ResolvedOptions,
  type TouchpointOptions,
} from './options.js';
import { createQueue } from './outbox/queue.js';
import { createStorage, type StoreName } from './outbox/store.js';
import type { DeadLetter } from './outbox/stored.js';
import { buildResponse, parseSubmitInput } from './response.js';
import type { ResponseRecord, SubmitInput } from './schema.js';
import { createCounters, type TouchpointStats } from './stats.js';
import { explain, fail, oneOf } from './validate.js';

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
  return startTouchpoint(resolveOptions(options));
}

/**
 * Creates an SDK instance from options already checked and defaulted. For the script-tag embed,
 * which checks its own `data-*` attributes (the only options it passes) in the words of the tag,
 * so its entry does not carry the checks of every option (options.ts, ~1 kB gz).
 */
export function startTouchpoint(o: ResolvedOptions): Touchpoint {
  const now = o.now ?? Date.now;
  const events = new Emitter<Events>();
  const counters = createCounters();
  const lifetime = new AbortController();
  let consent: Consent = o.consent;
  let destroyed = false;

  const storage = createStorage({
    ...o,
    onFallback: (error) => {
      counters.lastError = `storage: ${String(error)}`;
      console.warn('Touchpoint: IndexedDB unavailable, keeping responses in memory only.', error);
    },
  });
  const meta = storage.store('meta');
  // The outbox's write side; delivery (and the read side) is a chunk loaded when records wait.
  const outbox = createQueue(storage.store('outbox'), {
    ...o,
    now,
    trim: (excess) => delivery.use('trim', excess),
  });
  const newId = createIdGenerator({ now });
  const identity = createIdentity(meta, `touchpoint:${o.dbName}:anonymousId`, newId, o.user);
  const count = (name: StoreName) =>
    storage
      .store(name)
      .count()
      .catch(() => 0);

  // Storage is opened (and the anonymous id written) only once consent allows storing.
  let opened: Promise<void> | undefined;
  const openStorage = () =>
    (opened ??= (async () => {
      await identity.persist(await storage.open(), o.persistence).catch(() => undefined);
      await outbox.count().catch(() => undefined);
      counters.deadLettered = await count('dead-letters');
      counters.quarantined = await count('quarantine');
    })());

  // What the lazily loaded delivery and survey chunks are started with.
  const core: DeliveryHost & SurveyCore = {
    signal: lifetime.signal,
    options: o,
    storage,
    queue: outbox,
    // Survey and delivery events share the emitter.
    events: events as never,
    counters,
    now,
    newId,
    maySend: () => !destroyed && maySend(consent),
    identity,
    consent: () => consent,
    openStorage,
    api: () => api,
  };
  const delivery = lazyDelivery(core);

  const purge = async () => {
    void delivery.loaded('cancel');
    await delivery.loaded('idle');
    await outbox.settled();
    await storage.purge();
    outbox.size = 0;
    await identity.forget();
    opened = undefined;
    counters.deadLettered = counters.quarantined = 0;
  };

  void (mayStore(consent) ? openStorage() : purge()).then(
    () => delivery.wake('start'),
    () => undefined,
  );

  // The survey machinery is downloaded only when surveys are configured.
  const surveys = createSurveys(core, () => !destroyed);

  const submit = async (input: SubmitInput): Promise<ResponseRecord> => {
    if (destroyed) fail('this instance was destroyed');
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
    delivery.wake('submit');
    return record;
  };

  /** `use()` once storage is open; `none` when nothing may be stored (destroyed, or denied). */
  const stored = async <T>(none: T, use: () => Promise<T>): Promise<T> =>
    destroyed || !mayStore(consent) ? none : (await openStorage(), use());

  const connections = new WeakMap<EventTarget, () => void>();
  // A composed event passes every connected ancestor: store it once.
  const seen = new WeakSet<Event>();

  /** Stores the answer of a `tp-submit` event that reached a connected element. */
  const onSubmit = (event: Event) => {
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
        if (input.surveyId) void surveys.later((runtime) => runtime.answered(input.surveyId!));
      },
      (error: unknown) => {
        console.error('Touchpoint: a tp-submit answer was not stored:', error);
        if (reports) source.showError!();
      },
    );
  };

  const api: Touchpoint = {
    submit,
    identify(userId, traits) {
      checkIdentify(userId, traits);
      const changed = userId != identity.user.id;
      identity.identify(userId, traits);
      // Before the start this is moot: starting reads the user of that moment.
      if (changed) surveys.started?.userChanged();
    },
    track(name, properties) {
      checkTrack(name, properties);
      void surveys.later((runtime) => runtime.track(name, properties));
    },
    show(id) {
      checkId('show', id);
      void surveys.later((runtime) => runtime.show(id), `show("${id}")`);
    },
    dismiss: () => void surveys.later((runtime) => runtime.dismiss()),
    async definition(id) {
      checkId('definition', id);
      return surveys.later((runtime) => runtime.definition(id), `definition("${id}")`);
    },
    flush: () => stored({ sent: 0, failed: 0, pending: 0 }, () => delivery.flush()),
    stats: () => ({
      persistence: storage.persistence,
      consent,
      queued: outbox.size ?? 0,
      ...counters,
    }),
    deadLetters: () => stored([], () => delivery.use('deadLetters')),
    retryDeadLetters: (ids) => stored(0, () => delivery.use('retryDeadLetters', ids)),
    on: (type, listener) => events.on(type, listener),
    off: (type, listener) => events.off(type, listener),
    connect(element) {
      if (typeof element?.addEventListener != 'function') {
        fail('connect() needs an element (an EventTarget)');
      }
      let disconnect = connections.get(element);
      if (!disconnect) {
        element.addEventListener('tp-submit', onSubmit, { signal: lifetime.signal });
        connections.set(
          element,
          (disconnect = () => {
            element.removeEventListener('tp-submit', onSubmit);
            connections.delete(element);
          }),
        );
      }
      return disconnect;
    },
    async setConsent(next) {
      const problem = oneOf(CONSENT_STATES)(next, String(next));
      if (problem) explain('consent', problem);
      consent = next;
      if (destroyed) return;
      // Before the start this is moot: starting reads the consent of that moment.
      surveys.started?.consentChanged();
      if (!mayStore(next)) return purge();
      await openStorage();
      if (maySend(next)) void delivery.flush();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      // One still starting is destroyed once it has.
      surveys.started?.destroy();
      lifetime.abort();
      void delivery.loaded('destroy');
      events.clear();
      void Promise.all([delivery.loaded('idle'), outbox.settled()]).finally(() => storage.close());
    },
  };
  return api;
}
