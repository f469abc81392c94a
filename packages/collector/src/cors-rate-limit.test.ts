import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  batch,
  postResponses,
  record,
  startTestCollector,
  type TestCollector,
} from './testing/harness.js';

const preflight = (url: string, origin: string) =>
  fetch(`${url}/v1/responses`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, x-site-header',
    },
  });

describe('CORS without write keys (development: any origin)', () => {
  let collector: TestCollector;
  before(async () => {
    collector = await startTestCollector();
  });
  after(() => collector.stop());

  test('a preflight answers 204 with methods, the requested headers and an allowed origin', async () => {
    const res = await preflight(collector.url, 'https://shop.example');
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(res.headers.get('access-control-allow-methods')?.split(','), [
      'POST',
      'GET',
      'OPTIONS',
    ]);
    assert.equal(res.headers.get('access-control-allow-headers'), 'content-type,x-site-header');
  });

  test('responses expose Retry-After to cross-origin scripts', async () => {
    const res = await postResponses(collector.url, batch([record(1)]), {
      Origin: 'https://shop.example',
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('access-control-expose-headers'), 'Retry-After');
  });

  test('error responses under /v1 carry CORS headers too, so the SDK can read them', async () => {
    const res = await postResponses(collector.url, '{', { Origin: 'https://shop.example' });
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  });
});

describe('CORS allowlist', () => {
  let collector: TestCollector;
  before(async () => {
    collector = await startTestCollector({
      writeKeys: ['pk_live'],
      corsOrigins: ['https://shop.example'],
    });
  });
  after(() => collector.stop());

  test('a listed origin is echoed back', async () => {
    const res = await preflight(collector.url, 'https://shop.example');
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://shop.example');
    assert.match(res.headers.get('vary') ?? '', /Origin/);
  });

  test('another origin gets no Access-Control-Allow-Origin', async () => {
    const res = await preflight(collector.url, 'https://evil.example');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const post = await postResponses(collector.url, batch([record(2)], 'pk_live'), {
      Origin: 'https://evil.example',
    });
    assert.equal(post.headers.get('access-control-allow-origin'), null);
  });

  test('with write keys and no corsOrigins, cross-origin calls are not allowed by default', async () => {
    const strict = await startTestCollector({ writeKeys: ['pk_live'] });
    try {
      const res = await preflight(strict.url, 'https://shop.example');
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    } finally {
      await strict.stop();
    }
  });
});

describe('rate limit', () => {
  let collector: TestCollector;
  before(async () => {
    collector = await startTestCollector({ rateLimit: { perMinute: 3 } });
  });
  after(() => collector.stop());

  test('over the limit answers 429 with Retry-After, then recovers as the clock moves', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await postResponses(collector.url, batch([record(100 + i)], 'pk_a'));
      assert.equal(ok.status, 200, `request ${i + 1} is within the limit`);
    }
    const limited = await postResponses(collector.url, batch([record(110)], 'pk_a'), {
      Origin: 'https://shop.example',
    });
    assert.equal(limited.status, 429);
    // 3 per minute: one token every 20 s.
    assert.equal(limited.headers.get('retry-after'), '20');
    assert.equal(limited.headers.get('access-control-expose-headers'), 'Retry-After');
    const json = (await limited.json()) as { error: { code: string } };
    assert.equal(json.error.code, 'rate_limited');

    // Another write key from the same IP has its own bucket.
    const other = await postResponses(collector.url, batch([record(111)], 'pk_b'));
    assert.equal(other.status, 200);

    collector.clock.advance(19_000);
    const stillLimited = await postResponses(collector.url, batch([record(112)], 'pk_a'));
    assert.equal(stillLimited.status, 429);
    assert.equal(stillLimited.headers.get('retry-after'), '1');

    collector.clock.advance(1_000);
    const recovered = await postResponses(collector.url, batch([record(113)], 'pk_a'));
    assert.equal(recovered.status, 200);
  });
});
