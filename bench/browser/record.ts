/**
 * The answer every benchmark submits, and the raw baseline's copy of the record the SDK stores
 * for it. The record is at least 420 bytes of JSON (the size FACTS.md measured IndexedDB with);
 * the SDK's own fields (ids, user, page context with the user agent) already take about that.
 */
import { createTouchpoint, type ResponseRecord, type SubmitInput } from '@touchpoint/core';

export const TARGET_RECORD_BYTES = 420;

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** A record exactly as the SDK would build it on this page, without storing anything. */
async function buildWithSdk(input: SubmitInput): Promise<ResponseRecord> {
  // Volatile and pending: the record is built and kept in memory, nothing touches IndexedDB.
  const tp = createTouchpoint({
    endpoint: '/unused',
    dbName: 'bench-sample',
    persistence: 'volatile',
    consent: 'pending',
  });
  try {
    return await tp.submit(input);
  } finally {
    tp.destroy();
  }
}

export interface Sample {
  input: SubmitInput;
  /** The SDK's record for `input` (plus the stored version field), for the raw baseline. */
  stored: Record<string, unknown>;
  /** JSON bytes of `stored`. */
  bytes: number;
}

/** A typical answer, its comment padded if the stored record is under TARGET_RECORD_BYTES. */
export async function sample(): Promise<Sample> {
  const typical: SubmitInput = { type: 'nps', surveyId: 'bench', score: 9, comment: 'great' };
  // `v` is the outbox's stored-schema version field (packages/core/src/outbox/stored.ts).
  const typicalBytes = bytes({ ...(await buildWithSdk(typical)), v: 1 });
  const padding = 'x'.repeat(Math.max(0, TARGET_RECORD_BYTES - typicalBytes));
  const input = { ...typical, comment: typical.comment + padding };
  const stored = { ...(await buildWithSdk(input)), v: 1 };
  return { input, stored, bytes: bytes(stored) };
}
