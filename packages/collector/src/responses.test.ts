import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { MAX_BODY_BYTES } from './http/json-body.js';
import {
  batch,
  postResponses,
  record,
  startTestCollector,
  uuid,
  type TestCollector,
} from './testing/harness.js';
import type { ResponseRow } from './store/sqlite-store.js';

type Row = ResponseRow;

/** Reads the table straight from the SQLite file, independently of the collector's store. */
function rows(dbPath: string): Row[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT * FROM responses ORDER BY id').all() as Row[];
  } finally {
    db.close();
  }
}

describe('POST /v1/responses', () => {
  let collector: TestCollector;
  before(async () => {
    collector = await startTestCollector();
  });
  after(() => collector.stop());

  test('a valid batch is accepted and stored with every column', async () => {
    const res = await postResponses(
      collector.url,
      batch(
        [
          record(1, { data: { answers: { why: 'fast' } } }),
          record(2, { type: 'csat', score: 4, surveyId: undefined }),
        ],
        'pk_demo',
      ),
    );
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await res.json(), {
      results: [
        { id: uuid(1), status: 'accepted' },
        { id: uuid(2), status: 'accepted' },
      ],
    });
    const stored = rows(collector.dbPath).filter((r) => r.id === uuid(1) || r.id === uuid(2));
    assert.equal(stored.length, 2);
    const [first, second] = stored as [Row, Row];
    assert.equal(first.type, 'nps');
    assert.equal(first.survey_id, 'q4');
    assert.equal(first.score, 9);
    assert.equal(first.comment, 'great');
    assert.deepEqual(JSON.parse(first.data!), { answers: { why: 'fast' } });
    assert.equal(first.user_id, 'user-42');
    assert.equal(first.anonymous_id, 'anon-1');
    assert.equal(first.created_at, '2026-11-23T09:59:00.000Z');
    assert.equal(first.received_at, new Date(collector.clock.now()).toISOString());
    assert.equal(first.write_key, 'pk_demo');
    assert.equal(JSON.parse(first.context!).sdk, 'touchpoint/0.1.0');
    assert.deepEqual(JSON.parse(first.raw), record(1, { data: { answers: { why: 'fast' } } }));
    assert.equal(second.type, 'csat');
    assert.equal(second.survey_id, null);
  });

  test('the same id again is a duplicate and stays one row', async () => {
    const first = await postResponses(collector.url, batch([record(10)]));
    assert.deepEqual((await first.json()).results, [{ id: uuid(10), status: 'accepted' }]);
    // A retry (attempt 2) and an upper-case spelling of the same UUID in one batch.
    const again = await postResponses(
      collector.url,
      batch([record(10, { attempt: 2 }), record(10, { id: uuid(10).toUpperCase() })]),
    );
    assert.equal(again.status, 200);
    assert.deepEqual((await again.json()).results, [
      { id: uuid(10), status: 'duplicate' },
      { id: uuid(10).toUpperCase(), status: 'duplicate' },
    ]);
    const stored = rows(collector.dbPath).filter((r) => r.id === uuid(10));
    assert.equal(stored.length, 1);
    assert.equal(JSON.parse(stored[0]!.raw).attempt, 1, 'the first copy is kept');
  });

  test('a duplicate inside one batch is acknowledged as duplicate', async () => {
    const res = await postResponses(collector.url, batch([record(11), record(11)]));
    assert.deepEqual((await res.json()).results, [
      { id: uuid(11), status: 'accepted' },
      { id: uuid(11), status: 'duplicate' },
    ]);
  });

  test('a mixed batch rejects the invalid records with the field path and keeps the rest', async () => {
    const res = await postResponses(
      collector.url,
      batch([
        record(20),
        record(21, { score: 11 }),
        { type: 'nps', score: 5 },
        record(22, { type: 'feedback', score: undefined, comment: 'hi' }),
        record(23, { createdAt: 'yesterday' }),
        'not a record',
      ]),
    );
    assert.equal(res.status, 200);
    const { results } = (await res.json()) as {
      results: { id: string; status: string; error?: string }[];
    };
    assert.deepEqual(
      results.map((r) => [r.id, r.status]),
      [
        [uuid(20), 'accepted'],
        [uuid(21), 'rejected'],
        ['', 'rejected'],
        [uuid(22), 'accepted'],
        [uuid(23), 'rejected'],
        ['', 'rejected'],
      ],
    );
    assert.match(results[1]!.error!, /^score: /);
    assert.match(results[2]!.error!, /^id: /);
    assert.match(results[4]!.error!, /^createdAt: /);
    assert.match(results[5]!.error!, /expected object/);
    const ids = rows(collector.dbPath).map((r) => r.id);
    assert.ok(ids.includes(uuid(20)) && ids.includes(uuid(22)));
    assert.ok(!ids.includes(uuid(21)) && !ids.includes(uuid(23)));
  });

  for (const [name, body, path] of [
    ['an array', [record(30)], ''],
    ['an empty batch', batch([]), 'batch'],
    ['an object without batch', { sentAt: '2026-11-23T10:00:00.000Z' }, 'batch'],
    ['a non-string writeKey', { writeKey: 5, batch: [record(30)] }, 'writeKey'],
    [
      'more than 500 records',
      batch(Array.from({ length: 501 }, (_, i) => record(1000 + i))),
      'batch',
    ],
  ] as const) {
    test(`a body that is not a batch (${name}) answers 400 with the path`, async () => {
      const res = await postResponses(collector.url, body);
      assert.equal(res.status, 400);
      const json = (await res.json()) as { error: { code: string; message: string; path: string } };
      assert.equal(json.error.code, 'invalid_batch');
      assert.equal(json.error.path, path);
      assert.ok(json.error.message.length > 0);
    });
  }

  test('malformed JSON answers 400 invalid_json', async () => {
    const res = await postResponses(collector.url, '{"batch": [');
    assert.equal(res.status, 400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(json.error.code, 'invalid_json');
    assert.match(json.error.message, /not valid JSON/);
  });

  test('a body that is not JSON by content type answers 415 and stores nothing', async () => {
    const res = await postResponses(collector.url, batch([record(40)]), {
      'Content-Type': 'text/plain',
    });
    assert.equal(res.status, 415);
    assert.equal(
      ((await res.json()) as { error: { code: string } }).error.code,
      'unsupported_media_type',
    );
    assert.ok(!rows(collector.dbPath).some((r) => r.id === uuid(40)));
  });

  test('application/json with a charset is accepted', async () => {
    const res = await postResponses(collector.url, batch([record(41)]), {
      'Content-Type': 'application/json; charset=utf-8',
    });
    assert.equal(res.status, 200);
  });

  test('a body over 1 MiB with Content-Length answers 413', async () => {
    const big = JSON.stringify(batch([record(50, { comment: 'x'.repeat(MAX_BODY_BYTES) })]));
    const res = await postResponses(collector.url, big);
    assert.equal(res.status, 413);
    assert.equal(
      ((await res.json()) as { error: { code: string } }).error.code,
      'payload_too_large',
    );
    assert.ok(!rows(collector.dbPath).some((r) => r.id === uuid(50)));
  });

  test('a chunked body that streams past 1 MiB answers 413', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>(
      (resolve, reject) => {
        const req = request(
          `${collector.url}/v1/responses`,
          { method: 'POST', headers: { 'Content-Type': 'application/json' } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        // The server may cut the upload short once it has seen enough; that is the point.
        req.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
        });
        assert.equal(req.getHeader('content-length'), undefined);
        req.write('{"batch":[{"comment":"');
        const chunk = 'y'.repeat(64 * 1024);
        for (let i = 0; i < 20; i++) req.write(chunk);
        req.end('"}]}');
      },
    );
    assert.equal(status, 413);
    assert.equal((JSON.parse(body) as { error: { code: string } }).error.code, 'payload_too_large');
  });

  test('a body just under 1 MiB is read', async () => {
    const base = JSON.stringify(batch([record(51, { comment: '' })]));
    // An over-long comment makes the record invalid, so this proves the body was read and parsed.
    const filler = 'z'.repeat(MAX_BODY_BYTES - Buffer.byteLength(base));
    const body = JSON.stringify(batch([record(51, { comment: filler })]));
    assert.equal(Buffer.byteLength(body), MAX_BODY_BYTES);
    const res = await postResponses(collector.url, body);
    assert.equal(res.status, 200);
    const { results } = (await res.json()) as { results: { status: string; error: string }[] };
    assert.equal(results[0]!.status, 'rejected');
    assert.match(results[0]!.error, /^comment: /);
  });

  test('GET on /v1/responses answers 405 JSON, an unknown /v1 route 404 JSON', async () => {
    const get = await fetch(`${collector.url}/v1/responses`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
    const missing = await fetch(`${collector.url}/v1/nothing-here`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not_found');
    const elsewhere = await fetch(`${collector.url}/nothing/here`);
    assert.equal(elsewhere.status, 404);
    assert.match(elsewhere.headers.get('content-type') ?? '', /^application\/json/);
  });

  test('GET /healthz answers ok', async () => {
    const res = await fetch(`${collector.url}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { ok: true });
  });
});

describe('write keys', () => {
  let collector: TestCollector;
  before(async () => {
    collector = await startTestCollector({ writeKeys: ['pk_live', 'pk_other'] });
  });
  after(() => collector.stop());

  for (const [name, key] of [
    ['no write key', undefined],
    ['an unknown write key', 'pk_wrong'],
  ] as const) {
    test(`${name} answers 401 and stores nothing`, async () => {
      const res = await postResponses(collector.url, batch([record(60)], key));
      assert.equal(res.status, 401);
      const json = (await res.json()) as { error: { code: string; path: string } };
      assert.equal(json.error.code, 'invalid_write_key');
      assert.equal(json.error.path, 'writeKey');
      assert.equal(rows(collector.dbPath).length, 0);
    });
  }

  test('a configured write key is accepted and stored with the response', async () => {
    const res = await postResponses(collector.url, batch([record(61)], 'pk_other'));
    assert.equal(res.status, 200);
    assert.equal(rows(collector.dbPath)[0]!.write_key, 'pk_other');
  });
});

describe('failures', () => {
  test('a storage failure answers 500 JSON without a stack trace, and is logged', async (t) => {
    const collector = await startTestCollector();
    const logged = t.mock.method(console, 'error', () => undefined);
    try {
      await collector.store.close();
      const res = await postResponses(collector.url, batch([record(70)]));
      assert.equal(res.status, 500);
      const text = await res.text();
      assert.deepEqual(JSON.parse(text), {
        error: { code: 'internal', message: 'Internal server error.' },
      });
      assert.doesNotMatch(text, /at |\.ts|database/i);
      assert.equal(logged.mock.callCount(), 1);
    } finally {
      await collector.stop();
    }
  });
});
