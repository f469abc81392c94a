/** Shaping what one request carries. */
import type { ResponseRecord } from '../schema.js';

/** A batch body stays well under the collector's 1 MiB limit. */
export const MAX_BATCH_BYTES = 512 * 1024;
/** keepalive requests share a 64 KiB budget; ≤ 30 kB bodies go through reliably (FACTS.md). */
export const KEEPALIVE_BATCH_BYTES = 30 * 1000;

const encoder = new TextEncoder();
const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/**
 * The longest prefix of `records` (already oldest first) whose JSON fits in `maxBytes`, counting
 * the envelope; always at least one record, so an oversized one is still tried (and a 413 then
 * dead-letters it).
 */
export function fitBatch(records: ResponseRecord[], maxBytes: number): ResponseRecord[] {
  let bytes = 100; // `{"writeKey":…,"sentAt":…,"batch":[]}` without a long key
  const batch: ResponseRecord[] = [];
  for (const record of records) {
    bytes += jsonBytes(record) + 1;
    if (batch.length > 0 && bytes > maxBytes) break;
    batch.push(record);
  }
  return batch;
}

/** The request body (SPEC §5). */
export function batchBody(
  records: ResponseRecord[],
  writeKey: string | undefined,
  sentAt: number,
): string {
  return JSON.stringify({
    ...(writeKey === undefined ? {} : { writeKey }),
    sentAt: new Date(sentAt).toISOString(),
    batch: records,
  });
}
