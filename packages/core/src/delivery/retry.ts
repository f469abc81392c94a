/**
 * The retry policy (SPEC §3) as a pure function: what to do after a batch was not acknowledged.
 * Time and randomness are inputs, so every branch is table-tested without waiting.
 */

export const RETRY_POLICY = {
  /** First retry comes after 1–2 s. */
  baseMs: 1000,
  /** Exponential backoff never waits longer than this. */
  capMs: 60_000,
  /** A server's `Retry-After` is honoured up to this long. */
  retryAfterCapMs: 5 * 60_000,
} as const;

export interface RetryInput {
  /** Consecutive failed attempts of the queue, counting this one (1 = first failure). */
  attempt: number;
  /** HTTP status of the reply; absent for a network error, timeout or abort. */
  status?: number;
  /** Why the attempt failed (network error, or a 2xx reply that is not an acknowledgement). */
  error?: string;
  /** The raw `Retry-After` header, if any. */
  retryAfter?: string | null;
  /** Records in the batch that failed; a batch of one cannot be split further. */
  batchLength?: number;
  /** Wall clock (ms), to resolve a `Retry-After` HTTP date. */
  now: number;
  /** A sample in [0, 1) for the jitter. */
  random: number;
}

export type RetryDecision =
  /** Try again after `delayMs`; `retryAfter` marks a server-imposed, queue-wide window. */
  | { action: 'retry'; delayMs: number; retryAfter: boolean }
  /** Never resend: move the batch's records to the dead-letter store. */
  | { action: 'dead-letter'; reason: string }
  /** Resend the same records in smaller batches, at once. */
  | { action: 'split' };

/** Decides what follows a failed delivery attempt. */
export function nextRetryDelay(input: RetryInput): RetryDecision {
  const { status = 200 } = input;
  const several = (input.batchLength ?? 1) > 1;
  const waitMs = isRetryable(status) ? parseRetryAfter(input.retryAfter, input.now) : undefined;
  return status == 413
    ? several
      ? { action: 'split' }
      : { action: 'dead-letter', reason: 'HTTP 413: the record is too large for the endpoint' }
    : waitMs !== undefined
      ? { action: 'retry', delayMs: waitMs, retryAfter: true }
      : // A 400/422 may be caused by one bad record: halve the batch until it is isolated, so
        // the good records next to it are still delivered.
        status >= 400 && status < 600 && !isRetryable(status)
        ? (status == 400 || status == 422) && several
          ? { action: 'split' }
          : { action: 'dead-letter', reason: input.error ?? `HTTP ${status}` }
        : // Network errors, 2xx that acknowledge nothing, retryable statuses, 1xx or unfollowed
          // 3xx: try again later.
          {
            action: 'retry',
            delayMs: backoffDelay(input.attempt, input.random),
            retryAfter: false,
          };
}

/** 408, 429 and 5xx except 501 (Not Implemented) and 505 (HTTP Version Not Supported). */
export const isRetryable = (status: number): boolean =>
  status == 408 ||
  status == 429 ||
  (status >= 500 && status < 600 && status != 501 && status != 505);

/**
 * Full jitter between the base and an exponential ceiling (base · 2^attempt, capped): the first
 * retry lands after 1–2 s, never immediately, and a crowd of clients spreads out.
 */
export function backoffDelay(attempt: number, random: number): number {
  const { baseMs, capMs } = RETRY_POLICY;
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(Math.max(1, Math.floor(attempt)), 30));
  return Math.round(baseMs + Math.min(Math.max(random, 0), 1) * (ceiling - baseMs));
}

/**
 * `Retry-After` as delta-seconds or an HTTP date (RFC 9110 §10.2.3), clamped to
 * [0, retryAfterCapMs]. Returns undefined for a missing or unparsable value.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim() ?? '';
  // Only date-shaped text: Date.parse also takes things like "1" or "2026", which are not dates.
  const ms = /^\d+$/.test(text)
    ? +text * 1000
    : /^[A-Za-z]{3,9},? /.test(text)
      ? Date.parse(text) - now
      : NaN;
  return !isNaN(ms) ? Math.min(Math.max(0, ms), RETRY_POLICY.retryAfterCapMs) : undefined;
}
