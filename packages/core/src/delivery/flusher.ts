/**
 * The flusher drains the outbox: takes records oldest first, POSTs them, applies the
 * acknowledgement per record, and schedules the next attempt. One run at a time per instance;
 * one tab at a time per database (Web Locks). A queue-wide "not before" time holds back every
 * automatic send after a failure; a server's `Retry-After` also holds back `flush()`.
 */
import type { Emitter } from '../emitter.js';
import type { TouchpointEventMap } from '../events.js';
import type { DeadLetters } from '../outbox/dead-letters.js';
import { deadLetter } from '../outbox/dead-letters.js';
import type { Outbox } from '../outbox/outbox.js';
import type { ResponseRecord } from '../schema.js';
import type { DeliveryCounters } from '../stats.js';
import { interpretReply } from './ack.js';
import { batchBody, fitBatch, KEEPALIVE_BATCH_BYTES, MAX_BATCH_BYTES } from './batch.js';
import { withFlushLock } from './lock.js';
import { nextRetryDelay } from './retry.js';
import { postJson, type FetchLike, type TransportResult } from './transport.js';

/** A submit is sent after this short window, so a burst of answers travels in one request. */
export const BATCH_WINDOW_MS = 300;
/** When another tab holds the flush lock, look again after this long. */
export const LOCK_BUSY_RETRY_MS = 1000;

/** What `flush()` resolves with. */
export interface FlushResult {
  /** Records acknowledged during this flush. */
  sent: number;
  /** Records dead-lettered during this flush. */
  failed: number;
  /** Records still queued afterwards. */
  pending: number;
}

export interface FlusherOptions {
  outbox: Outbox;
  deadLetters: DeadLetters;
  events: Emitter<TouchpointEventMap>;
  counters: DeliveryCounters;
  /** Absolute endpoint URL. */
  endpoint: string;
  writeKey?: string;
  headers?: Record<string, string>;
  batchSize: number;
  /** Web Lock name; null when the outbox is not shared between tabs (memory). */
  lockName: () => string | null;
  /** Whether consent allows sending right now. */
  maySend: () => boolean;
  now: () => number;
  random: () => number;
  fetch?: FetchLike;
  requestTimeoutMs?: number;
}

type Trigger = 'submit' | 'start' | 'online' | 'visible' | 'interval' | 'timer' | 'lock-busy';

export class Flusher {
  #run: Promise<FlushResult> | null = null;
  #next: Promise<FlushResult> | null = null;
  /** Consecutive failed attempts, for the backoff exponent. */
  #failures = 0;
  /** Monotonic ms before which nothing is sent automatically. */
  #notBefore = 0;
  /** The window comes from the server's Retry-After: `flush()` honours it too. */
  #serverWindow = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerDue = Infinity;
  #destroyed = false;
  #keepaliveSending = false;
  #abort = new AbortController();

  constructor(private readonly o: FlusherOptions) {}

  /**
   * Sends now, unless consent forbids it or a server `Retry-After` window is in force (then
   * resolves at once with nothing sent). Runs after the current run if one is going.
   */
  flush(): Promise<FlushResult> {
    if (this.#serverWindow && performance.now() < this.#notBefore) return this.#idleResult();
    return this.#start();
  }

  /** An automatic trigger: respects every backoff window. */
  wake(trigger: Trigger): void {
    if (this.#destroyed || !this.o.maySend()) return;
    if (trigger === 'submit') return this.#arm(BATCH_WINDOW_MS);
    if (trigger === 'online' && !this.#serverWindow) this.#notBefore = 0;
    const wait = this.#notBefore - performance.now();
    if (wait > 0) return this.#arm(wait);
    if (trigger === 'interval' && this.o.outbox.size === 0) return;
    void this.#start();
  }

  /**
   * Page hide: one bonus request with `keepalive`, so it can outlive the page. Its reply may
   * never be read; the records stay queued until a later run sees them acknowledged.
   */
  sendOnPageHide(): void {
    if (this.#destroyed || this.#run || this.#keepaliveSending || !this.o.maySend()) return;
    if (performance.now() < this.#notBefore) return;
    this.#keepaliveSending = true;
    void this.#drain({ keepalive: true })
      .catch(() => undefined)
      .finally(() => (this.#keepaliveSending = false));
  }

  /** Resolves when no run is going. */
  async idle(): Promise<void> {
    while (this.#run || this.#next) await (this.#next ?? this.#run)?.catch(() => undefined);
  }

  /** Abandons the request in flight (consent withdrawn); its records stay queued. */
  cancel(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  /** Stops timers, aborts a request in flight; nothing is sent afterwards. */
  destroy(): void {
    this.#destroyed = true;
    this.#abort.abort();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #start(): Promise<FlushResult> {
    if (this.#destroyed) return this.#idleResult();
    if (!this.#run) {
      this.#run = this.#locked().finally(() => (this.#run = null));
      return this.#run;
    }
    // A run is going and may have read the outbox already: queue exactly one follow-up.
    this.#next ??= this.#run
      .catch(() => undefined)
      .then(() => {
        this.#next = null;
        return this.#start();
      });
    return this.#next;
  }

  async #locked(): Promise<FlushResult> {
    if (!this.o.maySend()) return this.#idleResult();
    const result = await withFlushLock(this.o.lockName(), () => this.#drain({ keepalive: false }));
    if (result.acquired) return result.value;
    // Another tab is flushing the shared outbox; look again shortly in case it missed ours.
    this.#arm(LOCK_BUSY_RETRY_MS);
    return this.#idleResult();
  }

  async #idleResult(): Promise<FlushResult> {
    return { sent: 0, failed: 0, pending: await this.o.outbox.count(true) };
  }

  async #drain(mode: { keepalive: boolean }): Promise<FlushResult> {
    const { outbox } = this.o;
    const result = { sent: 0, failed: 0 };
    let limit = this.o.batchSize;
    while (!this.#destroyed && this.o.maySend()) {
      const queued = await outbox.take(limit);
      if (queued.length === 0) break;
      const maxBytes = mode.keepalive ? KEEPALIVE_BATCH_BYTES : MAX_BATCH_BYTES;
      const batch = fitBatch(queued, maxBytes).map((r) => ({ ...r, attempt: r.attempt + 1 }));
      // Consent may have changed while reading; a purge must not find these written back.
      if (this.#destroyed || !this.o.maySend()) break;
      // Count the attempt before sending: a crash mid-request still shows it on the next send.
      await outbox.update(batch);
      const { signal } = this.#abort;
      const reply = await postJson({
        url: this.o.endpoint,
        body: batchBody(batch, this.o.writeKey, this.o.now()),
        ...(this.o.headers ? { headers: this.o.headers } : {}),
        keepalive: mode.keepalive,
        signal,
        ...(this.o.fetch ? { fetch: this.o.fetch } : {}),
        ...(this.o.requestTimeoutMs ? { timeoutMs: this.o.requestTimeoutMs } : {}),
      });
      if (this.#destroyed || signal.aborted) break;
      const next = await this.#apply(batch, reply, result);
      if (next === 'stop' || mode.keepalive) break;
      if (next === 'split') limit = Math.max(1, Math.floor(batch.length / 2));
    }
    return { ...result, pending: await outbox.count() };
  }

  /** Applies one reply; says whether the drain goes on, splits, or stops for a retry later. */
  async #apply(
    batch: ResponseRecord[],
    reply: TransportResult,
    result: { sent: number; failed: number },
  ): Promise<'continue' | 'split' | 'stop'> {
    const byId = new Map(batch.map((r) => [r.id, r]));
    const ids = batch.map((r) => r.id);
    const interpretation = reply.ok
      ? interpretReply(reply, ids)
      : ({ kind: 'network', reason: reply.error } as const);

    let stillQueued = batch.length;
    if (interpretation.kind === 'ack') {
      const { delivered, rejected, missing } = interpretation.outcomes;
      await this.#deadLetter(
        rejected.map(({ id, reason }) => ({ record: byId.get(id)!, reason })),
        reply.ok ? reply.status : undefined,
        result,
      );
      await this.o.outbox.remove(delivered.map((d) => d.id));
      this.o.counters.sent += delivered.length;
      result.sent += delivered.length;
      for (const { id, status } of delivered) {
        this.o.events.emit('response:sent', { record: byId.get(id)!, status });
      }
      if (missing.length === 0) {
        this.#failures = 0;
        this.#notBefore = 0;
        this.#serverWindow = false;
        return 'continue';
      }
      stillQueued = missing.length;
    }

    const reason =
      interpretation.kind === 'ack'
        ? `the reply did not acknowledge ${stillQueued} record(s)`
        : interpretation.reason;
    const status = reply.ok ? reply.status : undefined;
    const decision = nextRetryDelay({
      attempt: this.#failures + 1,
      ...(status === undefined ? {} : { status }),
      error: reason,
      retryAfter: reply.ok ? reply.headers.get('Retry-After') : null,
      batchLength: stillQueued,
      now: this.o.now(),
      random: this.o.random(),
    });
    if (decision.action === 'split') return 'split';
    if (decision.action === 'dead-letter') {
      await this.#deadLetter(
        batch.map((record) => ({ record, reason: decision.reason })),
        status,
        result,
      );
      return 'continue';
    }
    this.#failures++;
    this.o.counters.retried += stillQueued;
    this.o.counters.lastError = reason;
    this.#notBefore = performance.now() + decision.delayMs;
    this.#serverWindow = decision.retryAfter;
    this.#arm(decision.delayMs);
    this.o.events.emit('flush:error', {
      error: reason,
      ...(status === undefined ? {} : { status }),
      retryInMs: decision.delayMs,
    });
    return 'stop';
  }

  async #deadLetter(
    items: Array<{ record: ResponseRecord; reason: string }>,
    status: number | undefined,
    result: { failed: number },
  ): Promise<void> {
    if (items.length === 0) return;
    const at = this.o.now();
    const letters = items.map(({ record, reason }) => deadLetter(record, reason, at, status));
    // Copy, then delete: a crash in between re-sends a record, never loses it.
    await this.o.deadLetters.add(letters);
    await this.o.outbox.remove(letters.map((l) => l.record.id));
    this.o.counters.failed += letters.length;
    this.o.counters.deadLettered += letters.length;
    this.o.counters.lastError = letters[letters.length - 1]!.reason;
    result.failed += letters.length;
    for (const letter of letters) this.o.events.emit('response:failed', letter);
  }

  /** Schedules an automatic run after `delayMs`, unless one is already due sooner. */
  #arm(delayMs: number): void {
    if (this.#destroyed) return;
    const due = performance.now() + delayMs;
    if (this.#timer !== undefined && this.#timerDue <= due) return;
    clearTimeout(this.#timer);
    this.#timerDue = due;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerDue = Infinity;
      this.wake('timer');
    }, delayMs);
  }
}
