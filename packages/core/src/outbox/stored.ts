/**
 * The stored shape of outbox records. Each carries the storage schema version `v`; what an older
 * SDK left behind is migrated on read, what a newer SDK wrote is left for it, and what cannot be
 * read is quarantined — never sent, never blocking the queue.
 */
import type { ResponseRecord } from '../schema.js';
import { checkRecord, isObject } from '../validate.js';

export const STORED_VERSION = 1;

/** A record as it sits in the outbox: `attempt` counts the sends made so far (0 = never sent). */
export type StoredRecord = ResponseRecord & { v: number };

/**
 * `MIGRATIONS[n]` turns a version-n value into version n + 1. Version 0 is the layout before
 * records were versioned: no `v`, and `attempt` absent until a record had been sent.
 */
const MIGRATIONS: Array<(value: Record<string, unknown>) => Record<string, unknown>> = [
  (v0) => ({ ...v0, attempt: v0['attempt'] ?? 0 }),
];

export const toStored = (record: ResponseRecord): StoredRecord => ({
  ...record,
  v: STORED_VERSION,
});

/** Marks a value written by a newer SDK: left in place for it. */
export const NEWER = 0;

/**
 * Reads a stored value back: the record, {@link NEWER}, or why it cannot be read (it is valid when
 * its version is known and the record it would send next, attempt + 1, passes the wire format).
 */
export function fromStored(value: unknown): ResponseRecord | typeof NEWER | string {
  if (!isObject(value)) return 'not an object';
  let { v = 0, ...record } = value;
  if (typeof v != 'number' || !(v >= 0))
    return `unknown stored schema version ${JSON.stringify(v)}`;
  if (v > STORED_VERSION) return NEWER;
  for (; v < STORED_VERSION; v++) record = MIGRATIONS[v]!(record);
  const problem = checkRecord({ ...record, attempt: (record['attempt'] as number) + 1 }, '');
  return problem ? `${problem[0]}: ${problem[1]}` : (record as ResponseRecord);
}

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
