import { errorResponse } from './errors.js';
import { takeToken, type Bucket } from './token-bucket.js';

/** Buckets kept before full (idle) ones are dropped, so the map cannot grow without bound. */
const PRUNE_ABOVE = 10_000;

/** Per-key token buckets (key = client IP + write key) on an injected clock. */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMinute: number;
  readonly #now: () => number;

  constructor(perMinute: number, now: () => number) {
    this.#perMinute = perMinute;
    this.#now = now;
  }

  /** Takes one token for `key`; returns the seconds to wait when none is left, else 0. */
  take(key: string): number {
    const now = this.#now();
    const result = takeToken(this.#buckets.get(key), now, this.#perMinute);
    this.#buckets.set(key, result.bucket);
    if (this.#buckets.size > PRUNE_ABOVE) this.#prune(now);
    return result.retryAfterSeconds;
  }

  #prune(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      // A bucket that has refilled completely behaves exactly like a missing one.
      if (takeToken(bucket, now, this.#perMinute).bucket.tokens >= this.#perMinute - 1) {
        this.#buckets.delete(key);
      }
    }
  }
}

/**
 * Takes a token for this client and write key; a 429 JSON response when the bucket is empty,
 * else null. `Retry-After` is what the SDK honours queue-wide.
 */
export function checkRateLimit(
  limiter: RateLimiter,
  ip: string,
  writeKey: string,
): Response | null {
  const wait = limiter.take(`${ip}\n${writeKey}`);
  if (wait === 0) return null;
  return errorResponse(429, 'rate_limited', `Too many requests; retry in ${wait} s.`, {
    headers: { 'Retry-After': String(wait) },
  });
}
