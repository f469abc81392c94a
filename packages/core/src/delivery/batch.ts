/** Shaping what one request carries. */
import type { ResponseRecord } from '../schema.js';

/** A batch body stays well under the collector's 1 MiB limit. */
export const MAX_BATCH_BYTES = 512 * 1024;
/** keepalive requests share a 64 KiB budget; ≤ 30 kB bodies go through reliably (FACTS.md). */
export const KEEPALIVE_BATCH_BYTES = 30 * 1000;

const encoder = new TextEncoder();

/** One request's records, this send counted in `attempt`, each with its JSON. */
export interface Batch {
  records: ResponseRecord[];
  json: string[];
}

/**
 * The longest prefix of `records` (already oldest first) whose JSON fits in `maxBytes` of UTF-8,
 * counting the envelope; always at least one record, so an oversized one is still tried (and a
 * 413 then dead-letters it). Each record is serialised once, for the count and for the body.
 */
export function fitBatch(records: ResponseRecord[], maxBytes: number): Batch {
  let bytes = 100; // `{"writeKey":…,"sentAt":…,"batch":[]}` without a long key
  const batch: Batch = { records: [], json: [] };
  for (const record of records) {
    const sent = { ...record, attempt: record.attempt + 1 };
    const json = JSON.stringify(sent);
    // ASCII is one byte a character; anything else is measured.
    bytes += (/[^\0-\x7f]/.test(json) ? encoder.encode(json).length : json.length) + 1;
    if (batch.records.length && bytes > maxBytes) break;
    batch.records.push(sent);
    batch.json.push(json);
  }
  return batch;
}

/** The request body (SPEC §5), from the records' JSON. */
export const batchBody = (json: string[], writeKey: string | undefined, sentAt: number): string =>
  `{${writeKey === undefined ? '' : `"writeKey":${JSON.stringify(writeKey)},`}"sentAt":"${new Date(sentAt).toISOString()}","batch":[${json}]}`;
