/** Events of a Touchpoint instance (`tp.on(type, listener)`). */
import type { EvictionReason } from './outbox/outbox.js';
import type { DeadLetter } from './outbox/stored.js';
import type { AckStatus, ResponseRecord } from './schema.js';

export interface TouchpointEventMap {
  /** A record was committed to the outbox (after `submit()`, a connected `tp-submit`, or `retryDeadLetters()`). */
  'response:queued': { record: ResponseRecord };
  /** The endpoint acknowledged a record (`accepted`, or `duplicate` of one it already had). */
  'response:sent': { record: ResponseRecord; status: Exclude<AckStatus, 'rejected'> };
  /** The endpoint refused a record for good; it is now in `deadLetters()`. */
  'response:failed': DeadLetter;
  /**
   * A record left the outbox undelivered: the queue passed `maxQueue` (the oldest go) or the
   * record passed `retention`.
   */
  'response:evicted': { record: ResponseRecord; reason: EvictionReason };
  /** A delivery attempt failed and will be retried (`retryInMs`), records stay queued. */
  'flush:error': { error: string; status?: number; retryInMs: number };
}

export type TouchpointEvent = keyof TouchpointEventMap;
