import type { ResponseRecord } from '@touchpoint/core/schema';
import type { NewResponse } from '../store/response-store.js';

/** What the collector adds to each record of a batch. */
export interface ReceiptMeta {
  writeKey: string | null;
  /** ISO 8601, UTC. */
  receivedAt: string;
}

/**
 * Flattens a validated record into stored columns. Ids are stored lower-case so the same UUID
 * in another case is still one response; timestamps are normalised to UTC so they sort as text.
 */
export function toNewResponse(
  record: ResponseRecord,
  raw: unknown,
  meta: ReceiptMeta,
): NewResponse {
  return {
    id: record.id.toLowerCase(),
    type: record.type,
    surveyId: record.surveyId ?? null,
    score: record.score ?? null,
    comment: record.comment ?? null,
    data: record.data === undefined ? null : JSON.stringify(record.data),
    userId: record.user?.id ?? null,
    anonymousId: record.user?.anonymousId ?? null,
    createdAt: new Date(record.createdAt).toISOString(),
    receivedAt: meta.receivedAt,
    writeKey: meta.writeKey,
    context: record.context === undefined ? null : JSON.stringify(record.context),
    raw: JSON.stringify(raw),
  };
}
