/**
 * When delivery runs, and its stand-in in the core entry. Delivery is lazy: most page views
 * never have anything to send, so the sending machinery (`delivery.ts`: flusher, transport,
 * retry, acks, lease, dead letters, outbox reading) is `import()`ed only when there is something
 * to do — at start-up when the outbox holds records, on a submit, on `flush()` when records
 * wait, on `deadLetters()` / `retryDeadLetters()`, and on `online` / `visible` when another tab
 * left records in the shared outbox. Storing an answer never waits for it: the write side of the
 * outbox is in the core entry, so an answer given offline is stored even when no chunk can be
 * fetched.
 *
 * A failed import (offline, server down) is tried again after a backoff (1 s, doubling, at most
 * a minute) or at the next trigger before that: `online`, `visible`, the next submit, `flush()`
 * (Chromium retries a failed dynamic import). The page-hide
 * keepalive send needs the chunk: it is loaded whenever this tab knows the outbox is non-empty,
 * and a page hidden while it is still loading sends once it has.
 */
import type { ResolvedOptions } from '../options.js';
import type { Emitter } from '../emitter.js';
import type { TouchpointEventMap } from '../events.js';
import type { Queue } from '../outbox/queue.js';
import type { Storage } from '../outbox/store.js';
import type { DeliveryCounters } from '../stats.js';
import type * as DeliveryChunk from './delivery.js';
import type { Delivery } from './delivery.js';
import type { FlushResult, Trigger } from './flusher.js';

/** What the delivery chunk is started with: the entry's options, storage and state. */
export interface DeliveryHost {
  /** Ends the trigger listeners and timers. */
  signal: AbortSignal;
  options: ResolvedOptions;
  storage: Storage;
  /** The outbox's write side; the chunk adds the read side to it. */
  queue: Queue;
  events: Emitter<TouchpointEventMap>;
  counters: DeliveryCounters;
  now: () => number;
  newId: () => string;
  /** Whether sending is allowed now (consent, not destroyed). */
  maySend: () => boolean;
}

/**
 * The stand-in for delivery in the core entry. Methods of the chunk are reached through `use`
 * (loads it) and `loaded` (only if it is loading or loaded), not one wrapper each: every wrapper
 * would be bytes on every page.
 */
export interface LazyDelivery {
  wake(trigger: Trigger): void;
  /** `tp.flush()`: loads the chunk only when records wait, in this tab or another. */
  flush(): Promise<FlushResult>;
  /** Calls `method` of the chunk, loading it first; rejects when it cannot be loaded. */
  use<K extends keyof Delivery>(method: K, ...args: Parameters<Delivery[K]>): Promise<Result<K>>;
  /**
   * Calls `method` once the chunk has loaded (in call order), if it is loading or loaded;
   * resolves undefined when it is not (or failed to load).
   */
  loaded<K extends keyof Delivery>(
    method: K,
    ...args: Parameters<Delivery[K]>
  ): Promise<Result<K> | undefined>;
}

type Result<K extends keyof Delivery> = Awaited<ReturnType<Delivery[K]>>;

export function lazyDelivery(
  host: DeliveryHost,
  load: () => Promise<typeof DeliveryChunk> = () => import('./delivery.js'),
): LazyDelivery {
  const { signal, queue } = host;
  // Loading or loaded; undefined again after a failed load, so the next trigger tries again.
  let loading: Promise<Delivery> | undefined;
  let failures = 0;

  const get = (): Promise<Delivery> =>
    (loading ??= load()
      .then((chunk) => chunk.startDelivery(host))
      .catch((error: unknown) => {
        loading = undefined;
        // e.g. `TypeError: Failed to fetch dynamically imported module: …/delivery-….js`
        host.counters.lastError = String(error);
        // Tried again after a backoff (1 s, doubling, at most a minute), or at a trigger before.
        setTimeout(() => wake('timer'), Math.min(60_000, 1000 * 2 ** failures++));
        throw error;
      }));

  const call =
    (method: keyof Delivery, args: unknown[]) =>
    (d: Delivery): never =>
      (d[method] as (...a: unknown[]) => never)(...args);

  const loaded: LazyDelivery['loaded'] = async (method, ...args) =>
    loading?.then(call(method, args), () => undefined);

  const wake = (trigger: Trigger) => {
    if (loading) return void loaded('wake', trigger);
    // Records past retention are evicted at start-up even while nothing may be sent.
    if (!host.maySend() && !(trigger == 'start' && host.options.retentionMs)) return;
    // Loaded when this tab knows records wait: it just queued one, or counted them (start-up,
    // earlier submits). `online` and `visible` look, for records another tab left behind.
    void (
      trigger == 'online' || trigger == 'visible'
        ? queue.count()
        : Promise.resolve(trigger == 'submit' || queue.size)
    )
      .then((waiting) => (waiting ? get().then(call('wake', [trigger])) : undefined))
      .catch(() => undefined);
  };

  // What wakes delivery besides a submit: coming back online, the page becoming visible again
  // (and, once loaded, the chunk's own periodic timer). Leaving the page (hidden, or page hide)
  // tries one keepalive request; a page hidden while the chunk loads gets it once it has loaded.
  const pageHide = () => void loaded('sendOnPageHide');
  if (typeof document != 'undefined') {
    window.addEventListener('online', () => wake('online'), { signal });
    document.addEventListener(
      'visibilitychange',
      // Mobile browsers may never fire pagehide when an app is swiped away; hidden is the last
      // reliable moment.
      () => (document.visibilityState == 'visible' ? wake('visible') : pageHide()),
      { signal },
    );
    window.addEventListener('pagehide', pageHide, { signal });
  }

  return {
    wake,
    // Nothing queued in any tab: nothing to load. Records this tab knows of need no count.
    flush: async () =>
      loading || queue.size || (await queue.count())
        ? get().then(call('flush', []), () => ({ sent: 0, failed: 0, pending: queue.size ?? 0 }))
        : { sent: 0, failed: 0, pending: 0 },
    use: (method, ...args) => get().then(call(method, args)),
    loaded,
  };
}
