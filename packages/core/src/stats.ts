/** Counters behind `tp.stats()`. */
import type { Consent } from './consent.js';
import type { Persistence } from './outbox/store.js';

/** What `tp.stats()` returns: a snapshot. */
export interface TouchpointStats {
  /** `volatile` when asked for, or when IndexedDB could not be opened or written. */
  persistence: Persistence;
  consent: Consent;
  /** Records waiting in the outbox (last known count). */
  queued: number;
  /** Records this instance got acknowledged (`accepted` or `duplicate`). */
  sent: number;
  /** Record sends by this instance that failed and stay queued for a retry. */
  retried: number;
  /** Records this instance moved to the dead-letter store (`response:failed` events). */
  failed: number;
  /** Records in the dead-letter store, including earlier sessions'. */
  deadLettered: number;
  /** Records this instance evicted: beyond `maxQueue` or past `retention` (`response:evicted`). */
  evicted: number;
  /** Stored values set aside because they were not valid records. */
  quarantined: number;
  /** The latest delivery error, e.g. `HTTP 503` or `network error: Failed to fetch`. */
  lastError?: string;
}

/** The counters the delivery side updates. */
export type DeliveryCounters = Omit<TouchpointStats, 'persistence' | 'consent' | 'queued'>;

export const createCounters = (): DeliveryCounters => ({
  sent: 0,
  retried: 0,
  failed: 0,
  deadLettered: 0,
  evicted: 0,
  quarantined: 0,
});
