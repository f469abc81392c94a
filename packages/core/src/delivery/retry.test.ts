import { expect } from '@open-wc/testing';
import {
  backoffDelay,
  nextRetryDelay,
  parseRetryAfter,
  RETRY_POLICY,
  type RetryInput,
} from './retry.js';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);
const base = (over: Partial<RetryInput>): RetryInput => ({
  attempt: 1,
  now: NOW,
  random: 0,
  ...over,
});

describe('nextRetryDelay', () => {
  const table: Array<[string, Partial<RetryInput>, ReturnType<typeof nextRetryDelay>]> = [
    [
      'network error',
      { error: 'network error: Failed to fetch' },
      { action: 'retry', delayMs: 1000, retryAfter: false },
    ],
    [
      'timeout (no status)',
      { error: 'no answer within 10000 ms' },
      { action: 'retry', delayMs: 1000, retryAfter: false },
    ],
    [
      '2xx that is not an ack',
      { status: 200, error: 'HTTP 200 with a body that is not JSON' },
      { action: 'retry', delayMs: 1000, retryAfter: false },
    ],
    ['408', { status: 408 }, { action: 'retry', delayMs: 1000, retryAfter: false }],
    ['429', { status: 429 }, { action: 'retry', delayMs: 1000, retryAfter: false }],
    ['500', { status: 500 }, { action: 'retry', delayMs: 1000, retryAfter: false }],
    ['502', { status: 502 }, { action: 'retry', delayMs: 1000, retryAfter: false }],
    ['503', { status: 503 }, { action: 'retry', delayMs: 1000, retryAfter: false }],
    ['504', { status: 504 }, { action: 'retry', delayMs: 1000, retryAfter: false }],
    ['599', { status: 599 }, { action: 'retry', delayMs: 1000, retryAfter: false }],
    ['501 is final', { status: 501 }, { action: 'dead-letter', reason: 'HTTP 501' }],
    ['505 is final', { status: 505 }, { action: 'dead-letter', reason: 'HTTP 505' }],
    [
      '400, one record',
      { status: 400, error: 'HTTP 400: score: too big' },
      { action: 'dead-letter', reason: 'HTTP 400: score: too big' },
    ],
    [
      '400, several records: isolate the bad one',
      { status: 400, batchLength: 8 },
      { action: 'split' },
    ],
    ['422, several records', { status: 422, batchLength: 2 }, { action: 'split' }],
    ['401', { status: 401, batchLength: 8 }, { action: 'dead-letter', reason: 'HTTP 401' }],
    ['403', { status: 403 }, { action: 'dead-letter', reason: 'HTTP 403' }],
    ['404', { status: 404 }, { action: 'dead-letter', reason: 'HTTP 404' }],
    ['410', { status: 410 }, { action: 'dead-letter', reason: 'HTTP 410' }],
    ['413, several records: split', { status: 413, batchLength: 50 }, { action: 'split' }],
    [
      '413, one record: too large',
      { status: 413, batchLength: 1 },
      { action: 'dead-letter', reason: 'HTTP 413: the record is too large for the endpoint' },
    ],
    ['3xx not followed', { status: 302 }, { action: 'retry', delayMs: 1000, retryAfter: false }],
    [
      '429 + Retry-After seconds',
      { status: 429, retryAfter: '7' },
      { action: 'retry', delayMs: 7000, retryAfter: true },
    ],
    [
      '503 + Retry-After date',
      { status: 503, retryAfter: new Date(NOW + 90_000).toUTCString() },
      { action: 'retry', delayMs: 90_000, retryAfter: true },
    ],
    [
      '503 + Retry-After in the past',
      { status: 503, retryAfter: new Date(NOW - 5000).toUTCString() },
      { action: 'retry', delayMs: 0, retryAfter: true },
    ],
    [
      '503 + Retry-After clamped to 5 min',
      { status: 503, retryAfter: '86400' },
      { action: 'retry', delayMs: RETRY_POLICY.retryAfterCapMs, retryAfter: true },
    ],
    [
      '503 + Retry-After date clamped',
      { status: 503, retryAfter: new Date(NOW + 3_600_000).toUTCString() },
      { action: 'retry', delayMs: 300_000, retryAfter: true },
    ],
    [
      '503 + garbage Retry-After: backoff',
      { status: 503, retryAfter: 'soon', attempt: 2 },
      { action: 'retry', delayMs: 1000, retryAfter: false },
    ],
    [
      '503 + negative Retry-After: backoff',
      { status: 503, retryAfter: '-5' },
      { action: 'retry', delayMs: 1000, retryAfter: false },
    ],
    [
      '400 ignores Retry-After',
      { status: 400, retryAfter: '5' },
      { action: 'dead-letter', reason: 'HTTP 400' },
    ],
  ];
  for (const [name, input, expected] of table) {
    it(name, () => expect(nextRetryDelay(base(input))).to.deep.equal(expected));
  }
});

describe('backoffDelay (full jitter between 1 s and base·2^attempt, capped at 60 s)', () => {
  const table: Array<[attempt: number, random: number, expected: number]> = [
    [1, 0, 1000],
    [1, 0.5, 1500],
    [1, 0.999_999, 2000],
    [2, 0, 1000],
    [2, 1, 4000],
    [3, 1, 8000],
    [5, 1, 32_000],
    [6, 1, 60_000],
    [6, 0.5, 30_500],
    [50, 1, 60_000],
    [1000, 0.25, 15_750],
    [0, 1, 2000],
  ];
  for (const [attempt, random, expected] of table) {
    it(`attempt ${attempt}, random ${random} → ${expected} ms`, () =>
      expect(backoffDelay(attempt, random)).to.equal(expected));
  }

  it('stays within [base, ceiling] for every random sample', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ceiling = Math.min(60_000, 1000 * 2 ** attempt);
      for (let i = 0; i <= 100; i++) {
        const delay = backoffDelay(attempt, i / 100);
        expect(delay).to.be.within(1000, ceiling);
      }
    }
  });

  it('first retry comes after 1–2 s', () => {
    for (let i = 0; i < 100; i++) {
      const d = nextRetryDelay(base({ status: 503, random: i / 100 }));
      expect(d.action === 'retry' && d.delayMs).to.be.within(1000, 2000);
    }
  });
});

describe('parseRetryAfter', () => {
  const table: Array<[string | null | undefined, number | undefined]> = [
    [null, undefined],
    [undefined, undefined],
    ['', undefined],
    ['0', 0],
    ['120', 120_000],
    [' 3 ', 3000],
    ['301', 300_000],
    ['1.5', undefined],
    ['-1', undefined],
    ['2026', 300_000], // delta-seconds, clamped
    ['tomorrow', undefined],
    ['Mon, 23 Nov 2026 10:00:30 GMT', 30_000],
    ['Monday, 23-Nov-26 10:00:30 GMT', 30_000],
  ];
  for (const [value, expected] of table) {
    it(`${JSON.stringify(value)} → ${expected}`, () =>
      expect(parseRetryAfter(value, NOW)).to.equal(expected));
  }
});
