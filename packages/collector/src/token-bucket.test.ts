import assert from 'node:assert/strict';
import { test } from 'node:test';
import { takeToken, type Bucket } from './http/token-bucket.js';

test('takeToken: table', () => {
  const cases: {
    name: string;
    bucket: Bucket | undefined;
    now: number;
    perMinute: number;
    allowed: boolean;
    tokens: number;
    retryAfter: number;
  }[] = [
    {
      name: 'a new client starts full',
      bucket: undefined,
      now: 0,
      perMinute: 60,
      allowed: true,
      tokens: 59,
      retryAfter: 0,
    },
    {
      name: 'the last token is taken',
      bucket: { tokens: 1, updatedAt: 0 },
      now: 0,
      perMinute: 60,
      allowed: true,
      tokens: 0,
      retryAfter: 0,
    },
    {
      name: 'empty: wait for one token (1 s at 60/min)',
      bucket: { tokens: 0, updatedAt: 0 },
      now: 0,
      perMinute: 60,
      allowed: false,
      tokens: 0,
      retryAfter: 1,
    },
    {
      name: 'empty at 6/min: 10 s',
      bucket: { tokens: 0, updatedAt: 0 },
      now: 0,
      perMinute: 6,
      allowed: false,
      tokens: 0,
      retryAfter: 10,
    },
    {
      name: 'half refilled at 6/min: 5 s left',
      bucket: { tokens: 0, updatedAt: 0 },
      now: 5_000,
      perMinute: 6,
      allowed: false,
      tokens: 0.5,
      retryAfter: 5,
    },
    {
      name: 'refills with elapsed time',
      bucket: { tokens: 0, updatedAt: 0 },
      now: 10_000,
      perMinute: 6,
      allowed: true,
      tokens: 0,
      retryAfter: 0,
    },
    {
      name: 'refill is capped at capacity',
      bucket: { tokens: 0, updatedAt: 0 },
      now: 3_600_000,
      perMinute: 6,
      allowed: true,
      tokens: 5,
      retryAfter: 0,
    },
    {
      name: 'a clock going backwards refills nothing',
      bucket: { tokens: 0, updatedAt: 10_000 },
      now: 0,
      perMinute: 6,
      allowed: false,
      tokens: 0,
      retryAfter: 10,
    },
    {
      name: 'Retry-After is at least 1 s',
      bucket: { tokens: 0.999, updatedAt: 0 },
      now: 0,
      perMinute: 6,
      allowed: false,
      tokens: 0.999,
      retryAfter: 1,
    },
  ];
  for (const c of cases) {
    const result = takeToken(c.bucket, c.now, c.perMinute);
    assert.equal(result.allowed, c.allowed, c.name);
    assert.ok(
      Math.abs(result.bucket.tokens - c.tokens) < 1e-9,
      `${c.name}: tokens ${result.bucket.tokens}`,
    );
    assert.equal(result.bucket.updatedAt, c.now, c.name);
    assert.equal(result.retryAfterSeconds, c.retryAfter, c.name);
  }
});
