/**
 * How a reply acknowledges a batch (SPEC §5), as a pure function of status and body text.
 * Only an explicit acknowledgement removes a record from the outbox.
 */
import type { Ack, AckStatus } from '../schema.js';
import { checkAck } from '../validate-delivery.js';
import { isObject } from '../validate.js';

export interface ReplyLike {
  status: number;
  bodyText: string;
}

export interface RecordOutcomes {
  /** Acknowledged as `accepted` or `duplicate`: leave the outbox. */
  delivered: Array<{ id: string; status: Exclude<AckStatus, 'rejected'> }>;
  /** Acknowledged as `rejected`: go to the dead-letter store with the reason. */
  rejected: Array<{ id: string; reason: string }>;
  /** Not mentioned in `results`: stay queued and are retried. */
  missing: string[];
}

export type AckInterpretation =
  /** The reply acknowledges (some of) the batch. */
  | { kind: 'ack'; outcomes: RecordOutcomes }
  /** A 2xx that acknowledges nothing (HTML login page, broken JSON): retry with backoff. */
  | { kind: 'not-ack'; reason: string }
  /** A non-2xx reply: the retry policy decides. `reason` includes the server's message. */
  | { kind: 'http-error'; status: number; reason: string };

/** Interprets a reply to a batch with these record ids. */
export function interpretReply(
  { status, bodyText }: ReplyLike,
  batchIds: readonly string[],
): AckInterpretation {
  if (status < 200 || status > 299) {
    return { kind: 'http-error', status, reason: describeHttpError(status, bodyText) };
  }
  let body: unknown;
  // No body at all (204, or an empty 200/202) is how plain endpoints say "got it".
  if (status != 204 && status != 205 && bodyText.trim()) {
    try {
      body = JSON.parse(bodyText);
    } catch {
      return { kind: 'not-ack', reason: `HTTP ${status} with a body that is not JSON` };
    }
  }
  // Any other JSON (or none) acknowledges the whole batch; `results` acknowledges per record.
  const ack = (
    isObject(body) && 'results' in body
      ? body
      : {
          results: batchIds.map((id) => ({ id, status: 'accepted' })),
        }
  ) as Ack;
  if (checkAck(ack, ''))
    return { kind: 'not-ack', reason: `HTTP ${status} with malformed "results"` };
  // The first result for an id counts.
  const byId = new Map([...ack.results].reverse().map((r) => [r.id, r]));
  const outcomes: RecordOutcomes = { delivered: [], rejected: [], missing: [] };
  for (const id of batchIds) {
    const result = byId.get(id);
    if (!result) outcomes.missing.push(id);
    else if (result.status == 'rejected') {
      outcomes.rejected.push({ id, reason: result.error || 'rejected by the endpoint' });
    } else outcomes.delivered.push({ id, status: result.status });
  }
  return { kind: 'ack', outcomes };
}

/** `HTTP 400: <message>` using the collector's `{error: {message, path}}` body when present. */
export function describeHttpError(status: number, bodyText: string): string {
  let detail: unknown;
  try {
    const { error } = JSON.parse(bodyText) as { error?: { message?: unknown; path?: unknown } };
    detail = isObject(error)
      ? typeof error.message == 'string' &&
        (error.path ? `${String(error.path)}: ` : '') + error.message
      : error;
  } catch {
    // Not JSON: the status alone is the reason.
  }
  return typeof detail == 'string' && detail
    ? `HTTP ${status}: ${detail.slice(0, 500)}`
    : `HTTP ${status}`;
}
