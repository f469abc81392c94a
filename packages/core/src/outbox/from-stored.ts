/**
 * Reading outbox values back: what an older SDK left behind is migrated, what a newer SDK wrote
 * is left for it, and what cannot be read is quarantined — never sent, never blocking the queue.
 * Only reading needs this (and the record check), so it travels in the lazy delivery chunk.
 */
import type { ResponseRecord } from '../schema.js';
import { checkRecord } from '../validate-delivery.js';
import { isObject } from '../validate.js';
import { STORED_VERSION } from './stored.js';

/**
 * `MIGRATIONS[n]` turns a version-n value into version n + 1. Version 0 is the layout before
 * records were versioned: no `v`, and `attempt` absent until a record had been sent.
 */
const MIGRATIONS: Array<(value: Record<string, unknown>) => Record<string, unknown>> = [
  (v0) => ({ ...v0, attempt: v0['attempt'] ?? 0 }),
];

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
