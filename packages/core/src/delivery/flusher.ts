/**
 * The flusher drains the outbox: takes records oldest first, POSTs them, applies the
 * acknowledgement per record, and schedules the next attempt. One run at a time per instance; one
 * tab at a time per database (Web Locks, with the lease of lease.ts as the safety net). The retry
 * window lives in the lease, so it holds for every tab and across reloads.
 *
 * Speed (bench/README.md, drain): reads go a chunk ahead of the request in flight; each batch is
 * decoded and serialised while the request before it is out, so a reply is followed by the next
 * request at once; acknowledged records are deleted a chunk at a time (one checked key-range
 * delete, riding on the next read) and the rest when the drain ends; and `attempt` is written
 * only when a send fails — an acknowledged record is deleted, so writing its count first would be
 * wasted.
 */
import type { Emitter } from '../emitter.js';
import type { TouchpointEventMap } from '../events.js';
import { deadLetter, type DeadLetters } from '../outbox/dead-letters.js';
import type { Outbox, Page } from '../outbox/outbox.js';
import type { KeyValueStore } from '../outbox/store.js';
import type { ResponseRecord } from '../schema.js';
import type { DeliveryCounters } from '../stats.js';
import { interpretReply } from './ack.js';
import {
  batchBody,
  fitBatch,
  KEEPALIVE_BATCH_BYTES,
  MAX_BATCH_BYTES,
  type Batch,
} from './batch.js';
import { decideLease, inFlight, LEASE_KEY, LEASE_MS, RENEW_MS, type Lease } from './lease.js';
import { withFlushLock } from './lock.js';
import { nextRetryDelay } from './retry.js';
import { postJson, REQUEST_TIMEOUT_MS, type FetchLike, type TransportResult } from './transport.js';

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
  /** The store holding the lease, shared by every tab on the database. */
  meta: KeyValueStore;
  events: Emitter<TouchpointEventMap>;
  counters: DeliveryCounters;
  /** Absolute endpoint URL. */
  endpoint: string;
  writeKey?: string | undefined;
  headers?: Record<string, string> | undefined;
  batchSize: number;
  /** Web Lock name; null when the outbox is not shared between tabs (memory). */
  lockName: () => string | null;
  /** Whether consent allows sending right now. */
  maySend: () => boolean;
  /** This instance's name in the lease. */
  owner: string;
  now: () => number;
  random: () => number;
  fetch?: FetchLike | undefined;
  requestTimeoutMs?: number;
}

export type Trigger = 'submit' | 'start' | 'online' | 'visible' | 'interval' | 'timer';

export interface Flusher {
  /**
   * Sends now, ignoring the backoff but not a server's Retry-After window (then resolves at once
   * with nothing sent). Runs after the current run if one is going.
   */
  flush(): Promise<FlushResult>;
  /** An automatic trigger: respects every retry window. */
  wake(trigger: Trigger): void;
  /**
   * Page hide: one bonus request with `keepalive`, so it can outlive the page. Its ids are marked
   * in the lease first, so no tab sends them again while it may still be in flight; its reply may
   * never be read, so the outbox keeps them until a later run sees them acknowledged.
   */
  sendOnPageHide(): void;
  /** Resolves when no run is going. */
  idle(): Promise<void>;
  /** Abandons the request in flight (consent withdrawn); its records stay queued. */
  cancel(): void;
  /** Stops timers, aborts a request in flight; nothing is sent afterwards. */
  destroy(): void;
}

/** Batches per read ahead. */
const READ_AHEAD = 4;
/**
 * Acknowledged batches a drain deletes at once (all of them, when it ends sooner). Deleting
 * fewer, less often, drains faster (20 batches: about +10 % on bench's drain), but a tab closed
 * mid-drain resends what was acknowledged and not yet deleted: same ids, which the collector
 * deduplicates, but not every endpoint does. A chunk of reading ahead bounds that to 200 records.
 */
const DELETE_BATCHES = READ_AHEAD;

type Acked = { record: ResponseRecord; status: 'accepted' | 'duplicate' };

const CONTINUE = 0;
/** 413: smaller batches from now on (the endpoint's size limit does not go away). */
const SPLIT = 1;
const STOP = 2;
/** 400/422 on a batch: halve until the bad record is found, then back to full batches. */
const BISECT = 3;

export function createFlusher(o: FlusherOptions): Flusher {
  // Locals, not `o.…`: minified, each use is one letter.
  const { outbox, meta, events, counters, owner, now: clock, maySend, deadLetters } = o;
  let run: Promise<FlushResult> | undefined;
  // Whether the run going was forced, and has read the outbox (or is a page-hide send).
  let runForced = false;
  let runRead = false;
  let next: Promise<FlushResult> | undefined;
  let nextForced = false;
  // This tab's copy of the shared retry window, refreshed from the lease by every run.
  let notBefore = 0;
  let server = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = Infinity;
  let destroyed = false;
  let abort = new AbortController();
  const timeoutMs = o.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;

  const idleResult = async (): Promise<FlushResult> => ({
    sent: 0,
    failed: 0,
    pending: outbox.size ?? (await outbox.count()),
  });

  /** Schedules an automatic run after `delayMs`, unless one is already due sooner. */
  const arm = (delayMs: number) => {
    const due = performance.now() + delayMs;
    if (destroyed || timerDue <= due) return;
    clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(() => {
      timerDue = Infinity;
      wake('timer');
    }, delayMs);
  };

  const wake = (trigger: Trigger) => {
    if (destroyed || !maySend()) return;
    if (trigger == 'submit') return arm(BATCH_WINDOW_MS);
    // Back online: skip the backoff wait (never a server's Retry-After).
    const forced = trigger == 'online' && !server;
    const wait = notBefore - clock();
    if (wait > 0 && !forced) return arm(wait);
    if (trigger == 'interval' && outbox.size === 0) return;
    void start(forced);
  };

  const start = (forced: boolean, keepalive = false): Promise<FlushResult> => {
    if (destroyed) return idleResult();
    if (!run) {
      runForced = forced;
      runRead = keepalive;
      return (run = session(forced, keepalive).finally(() => (run = undefined)));
    }
    // A run that has not read the outbox yet sends all that is queued now: join it, unless this
    // call skips a backoff that run would wait for (`setConsent('granted')` then `flush()`).
    if (!runRead && (runForced || !forced)) return run;
    // A run is going and may have read the outbox already: queue exactly one follow-up.
    nextForced ||= forced;
    return (next ??= run
      .catch(() => undefined)
      .then(() => {
        const f = nextForced;
        next = undefined;
        nextForced = false;
        return start(f);
      }));
  };

  // `response:sent` fires once a record has left the outbox (a failed delete only means a resend,
  // same id: reported anyway).
  const gone = (done: Acked[]) => done.forEach((d) => events.emit('response:sent', d));

  const setLease = (change: (mine: Lease) => Partial<Lease>) =>
    meta.update<Lease>(LEASE_KEY, (old) =>
      old?.owner == owner ? { ...old, ...change(old) } : undefined,
    );

  const session = async (forced: boolean, keepalive: boolean): Promise<FlushResult> => {
    if (!maySend()) return idleResult();
    // A page-hide request outlives the page and so any Web Lock: the lease alone decides, and
    // marks its ids.
    const result = keepalive
      ? await leased(false, false, true)
      : await withFlushLock(o.lockName(), (webLocked) => leased(webLocked, forced, false));
    if (result) return result;
    // Another tab is flushing the shared outbox; look again shortly in case it missed ours.
    arm(LOCK_BUSY_RETRY_MS);
    return idleResult();
  };

  const leased = async (
    webLocked: boolean,
    forced: boolean,
    keepalive: boolean,
  ): Promise<FlushResult> => {
    // Read first, then claim the lease (and, at page hide, mark what goes) in one step: an empty
    // outbox costs one read, and a page hide one step less. When this tab knows records wait, a
    // drain reads and claims at once: the first request goes out one step sooner. Under a Web
    // Lock no other tab drains meanwhile; with the lease alone a tab that released in between may
    // have sent some of these: sent again, same ids, deduplicated.
    // A drain reads two batches first, so reading on has the first request's time to finish.
    const size = keepalive ? o.batchSize : o.batchSize * 2;
    runRead = true;
    const reading = keepalive || !outbox.size ? undefined : outbox.page(size);
    let first = reading ? undefined : await outbox.page(size);
    if (first && !first.last) return { sent: 0, failed: 0, pending: 0 };
    // A page hide marks what it sends, so it decodes before claiming; a drain decodes as it goes.
    const ready = keepalive ? await outbox.decode(first!.entries) : undefined;
    const now = clock();
    let decision = decideLease(undefined, owner, now, webLocked, forced);
    let skip = new Set<string>();
    // A page hide's one batch, fitted (and serialised) once: its ids are marked, then it is sent.
    let pageBatch: Batch | undefined;
    let marked: string[] = [];
    const lease = await meta
      .update<Lease>(LEASE_KEY, (old) => {
        decision = decideLease(old, owner, now, webLocked, forced);
        if (!decision.take) return;
        skip = inFlight(old, now);
        pageBatch =
          ready &&
          fitBatch(
            ready.filter((r) => !skip.has(r.id)),
            KEEPALIVE_BATCH_BYTES,
          );
        const ids = (marked = pageBatch ? pageBatch.records.map((r) => r.id) : []);
        return {
          notBefore: 0,
          server: false,
          failures: 0,
          ...old,
          owner: owner,
          expiresAt: now + LEASE_MS,
          ...(ids.length ? { sending: [...skip, ...ids], sendingUntil: now + timeoutMs } : {}),
        };
      })
      .catch((error: unknown) => {
        reading?.catch(() => undefined);
        throw error;
      });
    ({ notBefore = 0, server = false, failures = 0 } = lease ?? {});
    if (!decision.take) {
      reading?.catch(() => undefined);
      arm(decision.waitMs);
      return idleResult();
    }
    // A keepalive request of a page that is gone may still carry these: send them once it cannot.
    if (skip.size) arm(lease!.sendingUntil! - now);
    let replied = false;
    let released: Promise<unknown> | undefined;
    const release = () =>
      (released ??= meta
        .update<Lease>(LEASE_KEY, (old) => {
          const mine = old?.owner == owner;
          // A page-hide request that got its reply no longer needs its ids held, even if another
          // tab has taken the lease over meanwhile.
          const unmark = replied && keepalive && old?.sending;
          if (!mine && !unmark) return;
          return {
            ...old!,
            ...(mine ? { expiresAt: 0, notBefore, server, failures } : {}),
            ...(unmark ? { sending: old.sending!.filter((id) => !marked.includes(id)) } : {}),
          };
        })
        .catch(() => undefined));
    // Acknowledged, not yet deleted: the drain deletes them a chunk at a time, and the last ones
    // here, when it ends.
    const acked: Acked[] = [];
    let settled: Promise<number> | undefined;
    // The last deletes go in the transaction that looks whether anything is left (another tab's
    // records, ones that failed): an empty outbox needs no count, and the end of a drain waits
    // for one transaction, not two.
    const settle = () =>
      (settled ??= (async () => {
        const done = acked.splice(0);
        const rest = await outbox
          .page(
            1,
            undefined,
            done.map((d) => d.record.id),
          )
          .then(
            (page) => page.entries.length,
            () => 1,
          );
        gone(done);
        return rest && outbox.count();
      })());
    try {
      first ??= await reading!;
      const done = await drain(keepalive, lease!.expiresAt, skip, first, pageBatch, acked, () => {
        replied = true;
      });
      // The lease goes while the last delete runs: its transaction is created after that
      // delete's, so a tab that takes the lease over reads the outbox after the delete.
      const [pending] = await Promise.all([settle(), release()]);
      return { ...done, pending };
    } finally {
      await settle().catch(() => undefined);
      await release();
    }
  };

  const drain = async (
    keepalive: boolean,
    expiresAt: number,
    skip: Set<string>,
    first: Page,
    pageBatch: Batch | undefined,
    acked: Acked[],
    onReply: () => void,
  ): Promise<Omit<FlushResult, 'pending'>> => {
    const result = { sent: 0, failed: 0 };
    const chunk = o.batchSize * READ_AHEAD;
    // `acked`: acknowledged, not yet deleted. They leave the outbox with the next read once
    // `deleteEvery` have piled up, and the rest when the drain ends (before the lock is let go):
    // IndexedDB work running beside the requests slows them down (bench/README.md). A tab closed
    // meanwhile leaves them to be sent again: same ids, deduplicated by the collector.
    const deleteEvery = o.batchSize * DELETE_BATCHES;
    const deleting: Array<Promise<unknown>> = [];
    // Entries read ahead but not decoded yet (reads go a chunk ahead, overlapping the requests),
    // then the decoded records, oldest first. Decoding a batch happens while the request before
    // it is out, so neither a read completing nor its decoding holds up a reply.
    const raw: Page['entries'] = [];
    const buffer: ResponseRecord[] = pageBatch ? [...pageBatch.records] : [];
    let cursor: string | undefined;
    let exhausted = false;
    let reading: Promise<void> | undefined;
    const take = ({ entries, last, end }: Page) => {
      raw.push(...entries.filter(([key]) => !skip.has(key)));
      // A short page is the end: records queued since are sent by the run their submit wakes.
      exhausted = end;
      cursor = last ?? cursor;
    };
    const readAhead = () =>
      (reading ??= (async () => {
        const done = acked.length < deleteEvery ? [] : acked.splice(0);
        try {
          take(
            await outbox.page(
              chunk,
              cursor,
              done.map((d) => d.record.id),
            ),
          );
          gone(done);
        } catch (error) {
          // Still to be deleted, at the end of the drain.
          acked.unshift(...done);
          throw error;
        } finally {
          reading = undefined;
        }
      })());
    /** Decodes read entries until `n` records are ready (or none are left). */
    const decodeUpTo = async (n: number) => {
      while (buffer.length < n && raw.length) {
        const entries = raw.splice(0, n - buffer.length);
        try {
          buffer.push(...(await outbox.decode(entries)));
        } catch (error) {
          raw.unshift(...entries);
          throw error;
        }
      }
    };
    if (!pageBatch) take(first);
    else exhausted = true;
    let limit = o.batchSize;
    let bisecting = false;
    /** The batch starting at `buffer[from]`: its records' JSON, made once for size and body. */
    const prepare = (from: number) => {
      const records = buffer.slice(from, from + limit);
      const batch = fitBatch(records, keepalive ? KEEPALIVE_BATCH_BYTES : MAX_BATCH_BYTES);
      return { batch, head: records[0], size: records.length };
    };
    let prepared: ReturnType<typeof prepare> | undefined = pageBatch && {
      batch: pageBatch,
      head: buffer[0],
      size: buffer.length,
    };
    try {
      while (!destroyed && maySend()) {
        await decodeUpTo(limit);
        while (buffer.length < limit && !exhausted) {
          await readAhead();
          await decodeUpTo(limit);
        }
        if (!buffer.length) break;
        // Made while the previous request was out, unless what it covers has changed since.
        const fresh =
          prepared && prepared.head === buffer[0] && prepared.size == Math.min(limit, buffer.length)
            ? prepared
            : prepare(0);
        const { records: batch, json } = fresh.batch;
        // A chunk ahead: the read (and the deletes it carries) has three requests' time to finish.
        if (buffer.length + raw.length <= chunk && !exhausted) {
          readAhead().catch(() => undefined);
        }
        const now = clock();
        if (!keepalive && now > expiresAt - RENEW_MS) {
          const lease = await setLease(() => ({ expiresAt: now + LEASE_MS }));
          // Another tab took the lease over (this one stalled past its expiry): leave it the queue.
          if (lease?.owner != owner) break;
          expiresAt = lease.expiresAt;
        }
        // Consent may have changed meanwhile; a purge must not find these sent.
        if (destroyed || !maySend()) break;
        const { signal } = abort;
        const replying = postJson({
          url: o.endpoint,
          body: batchBody(json, o.writeKey, now),
          headers: o.headers,
          keepalive,
          signal,
          fetch: o.fetch,
          timeoutMs,
        });
        // The next batch, decoded and serialised while this request is out: the reply is
        // followed at once. (A failure here is met again before the next request.)
        if (!keepalive) {
          await decodeUpTo(batch.length + limit).catch(() => undefined);
          prepared = buffer.length > batch.length ? prepare(batch.length) : undefined;
        }
        const reply = await replying;
        if (destroyed || signal.aborted) break;
        onReply();
        const failedBefore = result.failed;
        const step = await apply(batch, reply, result, acked);
        // Reads carry the deletes; on their own only at the end, or when no read came.
        if (acked.length >= deleteEvery * 2) {
          const done = acked.splice(0);
          deleting.push(
            outbox
              .remove(done.map((d) => d.record.id))
              .catch(() => undefined)
              .then(() => gone(done)),
          );
        }
        if (step == STOP || keepalive) break;
        if (step == SPLIT || step == BISECT) {
          limit = Math.max(1, batch.length >> 1);
          bisecting ||= step == BISECT;
        } else {
          buffer.splice(0, batch.length);
          // The record the endpoint refused is found (dead-lettered): the rest go in full batches.
          if (bisecting && result.failed > failedBefore) {
            bisecting = false;
            limit = o.batchSize;
          }
        }
      }
    } finally {
      // A read still going carries deletes: they land before the lease and lock are let go (the
      // acknowledged records left are deleted by the caller).
      await reading?.catch(() => undefined);
      await Promise.all(deleting);
    }
    return result;
  };

  /** Applies one reply; says whether the drain goes on, splits, or stops for a retry later. */
  const apply = async (
    batch: ResponseRecord[],
    reply: TransportResult,
    result: { sent: number; failed: number },
    acked: Acked[],
  ) => {
    const byId = new Map(batch.map((r) => [r.id, r]));
    const status = reply.ok ? reply.status : undefined;
    const verdict = reply.ok
      ? interpretReply(reply, [...byId.keys()])
      : ({ kind: 'network', reason: reply.error } as const);
    let unacked = batch;
    if (verdict.kind == 'ack') {
      const { delivered, rejected, missing } = verdict.outcomes;
      await toDeadLetters(
        rejected.map(({ id, reason }) => [byId.get(id)!, reason]),
        status,
        result,
      );
      result.sent += delivered.length;
      counters.sent += delivered.length;
      // Deleted by the drain in chunks, while the next requests go out.
      for (const { id, status } of delivered) acked.push({ record: byId.get(id)!, status });
      if (!missing.length) {
        notBefore = failures = 0;
        server = false;
        return CONTINUE;
      }
      unacked = missing.map((id) => byId.get(id)!);
    }
    const reason =
      verdict.kind == 'ack'
        ? `the reply did not acknowledge ${unacked.length} record(s)`
        : verdict.reason;
    const decision = nextRetryDelay({
      attempt: failures + 1,
      ...(status === undefined ? {} : { status }),
      error: reason,
      retryAfter: reply.ok ? reply.headers.get('Retry-After') : null,
      batchLength: unacked.length,
      now: clock(),
      random: o.random(),
    });
    if (decision.action == 'dead-letter') {
      await toDeadLetters(
        unacked.map((r) => [r, decision.reason]),
        status,
        result,
      );
      return CONTINUE;
    }
    // This send is over: from now on its attempt counts.
    await outbox.update(unacked).catch(() => undefined);
    if (decision.action == 'split') return status === 413 ? SPLIT : BISECT;
    failures++;
    counters.retried += unacked.length;
    counters.lastError = reason;
    notBefore = clock() + decision.delayMs;
    server = decision.retryAfter;
    arm(decision.delayMs);
    events.emit('flush:error', {
      error: reason,
      ...(status === undefined ? {} : { status }),
      retryInMs: decision.delayMs,
    });
    return STOP;
  };

  const toDeadLetters = async (
    items: Array<[ResponseRecord, string]>,
    status: number | undefined,
    result: { failed: number },
  ) => {
    if (!items.length) return;
    const letters = items.map(([record, reason]) => deadLetter(record, reason, clock(), status));
    // Copy, then delete: a crash in between re-sends a record, never loses it.
    await deadLetters.add(letters);
    await outbox.remove(letters.map((l) => l.record.id));
    counters.failed += letters.length;
    counters.deadLettered += letters.length;
    counters.lastError = letters[letters.length - 1]!.reason;
    result.failed += letters.length;
    for (const letter of letters) events.emit('response:failed', letter);
  };

  return {
    flush: () => (server && clock() < notBefore ? idleResult() : start(true)),
    wake,
    sendOnPageHide() {
      if (destroyed || run || !maySend() || clock() < notBefore) return;
      void start(false, true).catch(() => undefined);
    },
    async idle() {
      while (run || next) await (next ?? run)?.catch(() => undefined);
    },
    cancel() {
      abort.abort();
      abort = new AbortController();
    },
    destroy() {
      destroyed = true;
      abort.abort();
      clearTimeout(timer);
    },
  };
}
