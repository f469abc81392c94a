/** One client's bucket: how many requests it may still make, as of `updatedAt` (ms). */
export interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface TakeResult {
  allowed: boolean;
  bucket: Bucket;
  /** Whole seconds until one request is allowed again (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * Token bucket: holds up to `perMinute` tokens, refills continuously at `perMinute` per minute,
 * and each request takes one. Pure: the caller stores the returned bucket. A missing bucket is a
 * full one. A clock that goes backwards refills nothing.
 */
export function takeToken(bucket: Bucket | undefined, now: number, perMinute: number): TakeResult {
  const capacity = Math.max(1, perMinute);
  const perMs = capacity / 60_000;
  const elapsed = bucket ? Math.max(0, now - bucket.updatedAt) : 0;
  const tokens = bucket ? Math.min(capacity, bucket.tokens + elapsed * perMs) : capacity;
  if (tokens >= 1) {
    return { allowed: true, bucket: { tokens: tokens - 1, updatedAt: now }, retryAfterSeconds: 0 };
  }
  const waitMs = (1 - tokens) / perMs;
  return {
    allowed: false,
    bucket: { tokens, updatedAt: now },
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  };
}
