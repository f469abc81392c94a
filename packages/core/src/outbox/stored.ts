/**
 * The stored shape of outbox records. Each carries the storage schema version `v`; reading them
 * back (migrating older versions, leaving newer ones, quarantining what cannot be read) is in
 * `from-stored.ts`, which only the lazily loaded delivery chunk needs.
 */
import type { ResponseRecord } from '../schema.js';

export const STORED_VERSION = 1;

/** A record as it sits in the outbox: `attempt` counts the sends made so far (0 = never sent). */
export type StoredRecord = ResponseRecord & { v: number };

export const toStored = (record: ResponseRecord): StoredRecord => ({
  ...record,
  v: STORED_VERSION,
});

/** A record the endpoint refused for good, kept for inspection (`tp.deadLetters()`). */
export interface DeadLetter {
  record: ResponseRecord;
  /** Why: the endpoint's per-record error, or the HTTP status and message. */
  reason: string;
  /** HTTP status of the reply that rejected it. */
  status?: number;
  /** ISO time it was dead-lettered. */
  deadLetteredAt: string;
}

/** A stored value that could not be read as a record, set aside with the reason. */
export interface QuarantinedValue {
  key: string;
  value: unknown;
  reason: string;
  quarantinedAt: string;
}
