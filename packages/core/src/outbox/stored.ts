/**
 * The stored shape of outbox records. Each carries the storage schema version `v` so a later SDK
 * can migrate what an older one left behind; what cannot be read is quarantined, never sent.
 */
import { describeIssue, ResponseRecordSchema, type ResponseRecord } from '../schema.js';

export const STORED_VERSION = 1;

/** A record as it sits in the outbox: `attempt` counts the sends made so far (0 = never sent). */
export type StoredRecord = ResponseRecord & { v: typeof STORED_VERSION };

export function toStored(record: ResponseRecord): StoredRecord {
  return { ...record, v: STORED_VERSION };
}

export type ReadResult = { ok: true; record: ResponseRecord } | { ok: false; reason: string };

/**
 * Reads a stored value back. It is valid when its version is known and the record it would send
 * next (attempt + 1) passes `ResponseRecordSchema`.
 */
export function fromStored(value: unknown): ReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not an object' };
  }
  const { v, ...rest } = value as Record<string, unknown>;
  if (v !== STORED_VERSION) {
    return {
      ok: false,
      reason: `unknown stored schema version ${JSON.stringify(v) ?? 'undefined'}`,
    };
  }
  const attempt = rest['attempt'];
  if (typeof attempt !== 'number' || !Number.isInteger(attempt) || attempt < 0) {
    return { ok: false, reason: 'attempt: must be a non-negative integer' };
  }
  const parsed = ResponseRecordSchema.safeParse({ ...rest, attempt: attempt + 1 });
  if (!parsed.success) {
    const { path, message } = describeIssue(parsed.error);
    return { ok: false, reason: path ? `${path}: ${message}` : message };
  }
  return { ok: true, record: { ...parsed.data, attempt } };
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
