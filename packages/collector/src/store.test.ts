import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { POSTGRES_NOT_AVAILABLE, parseDatabaseLocation } from './store/database-location.js';
import { LATEST_SQLITE_VERSION, SQLITE_MIGRATIONS, pendingMigrations } from './store/migrations.js';
import { openStore } from './store/open-store.js';
import type { NewResponse } from './store/response-store.js';
import { tempDir, uuid } from './testing/harness.js';

function response(n: number, overrides: Partial<NewResponse> = {}): NewResponse {
  return {
    id: uuid(n),
    type: 'nps',
    surveyId: 'q4',
    score: 9,
    comment: null,
    data: null,
    userId: null,
    anonymousId: null,
    createdAt: `2026-11-23T09:00:${String(n % 60).padStart(2, '0')}.000Z`,
    receivedAt: '2026-11-23T10:00:00.000Z',
    writeKey: null,
    context: null,
    raw: '{}',
    ...overrides,
  };
}

test('a new SQLite file is migrated: user_version, WAL, table and indexes', async () => {
  const tmp = tempDir();
  const path = join(tmp.dir, 'tp.db');
  try {
    const store = openStore(path);
    assert.equal(await store.schemaVersion(), LATEST_SQLITE_VERSION);
    await store.close();

    const db = new Database(path, { readonly: true });
    try {
      assert.equal(db.pragma('user_version', { simple: true }), LATEST_SQLITE_VERSION);
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      const indexes = (
        db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'responses'")
          .all() as { name: string }[]
      ).map((r) => r.name);
      assert.ok(indexes.includes('responses_type_received_at'));
      assert.ok(indexes.includes('responses_survey_id'));
      const columns = db.prepare('PRAGMA table_info(responses)').all() as {
        name: string;
        pk: number;
      }[];
      assert.deepEqual(
        columns.filter((c) => c.pk).map((c) => c.name),
        ['id'],
      );
      for (const name of [
        'type',
        'survey_id',
        'score',
        'comment',
        'data',
        'user_id',
        'anonymous_id',
        'created_at',
        'received_at',
        'write_key',
        'context',
        'raw',
      ]) {
        assert.ok(
          columns.some((c) => c.name === name),
          name,
        );
      }
    } finally {
      db.close();
    }
  } finally {
    tmp.cleanup();
  }
});

test('reopening keeps the data and runs no migration twice', async () => {
  const tmp = tempDir();
  const path = join(tmp.dir, 'tp.db');
  try {
    const first = openStore(path);
    assert.deepEqual(await first.insertBatch([response(1)]), ['inserted']);
    await first.close();
    const second = openStore(path);
    assert.deepEqual(await second.insertBatch([response(1), response(2)]), [
      'duplicate',
      'inserted',
    ]);
    assert.equal(await second.schemaVersion(), LATEST_SQLITE_VERSION);
    await second.close();
  } finally {
    tmp.cleanup();
  }
});

test('a database newer than this build is refused, untouched', () => {
  const tmp = tempDir();
  const path = join(tmp.dir, 'tp.db');
  try {
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SQLITE_VERSION + 1}`);
    db.close();
    assert.throws(() => openStore(path), /newer than this collector supports/);
  } finally {
    tmp.cleanup();
  }
});

test('pendingMigrations: table', () => {
  const list = [
    { version: 2, description: 'b', sql: '' },
    { version: 1, description: 'a', sql: '' },
    { version: 3, description: 'c', sql: '' },
  ];
  assert.deepEqual(
    pendingMigrations(0, list).map((m) => m.version),
    [1, 2, 3],
  );
  assert.deepEqual(
    pendingMigrations(2, list).map((m) => m.version),
    [3],
  );
  assert.deepEqual(pendingMigrations(3, list), []);
  assert.throws(() => pendingMigrations(4, list), /version 4, newer/);
  assert.equal(LATEST_SQLITE_VERSION, Math.max(...SQLITE_MIGRATIONS.map((m) => m.version)));
});

test('a batch that fails part-way writes nothing (one transaction)', async () => {
  const store = openStore(':memory:');
  try {
    // NOT NULL on created_at makes the second insert throw inside the transaction.
    const broken = response(2, { createdAt: null as unknown as string });
    await assert.rejects(store.insertBatch([response(1), broken]));
    assert.deepEqual(await store.countByType(), new Map());
  } finally {
    await store.close();
  }
});

test('reads: score counts, counts by type, latest first, survey ids and pages', async () => {
  const store = openStore(':memory:');
  try {
    await store.insertBatch([
      response(1, { score: 10 }),
      response(2, { score: 10 }),
      response(3, { score: 3, surveyId: 'other' }),
      response(4, { type: 'csat', score: 5 }),
      response(5, { type: 'feedback', score: null, surveyId: null }),
    ]);
    assert.deepEqual(
      await store.scoreCounts('nps'),
      new Map([
        [10, 2],
        [3, 1],
      ]),
    );
    assert.deepEqual(await store.scoreCounts('nps', { surveyId: 'other' }), new Map([[3, 1]]));
    assert.deepEqual(
      await store.countByType({ surveyId: 'q4' }),
      new Map([
        ['nps', 2],
        ['csat', 1],
      ]),
    );
    assert.deepEqual(
      (await store.latest(2)).map((r) => r.id),
      [uuid(5), uuid(4)],
    );
    assert.deepEqual(await store.surveyIds(), ['other', 'q4']);
    const pages: string[][] = [];
    for await (const page of store.pages({}, 2)) pages.push(page.map((r) => r.id));
    assert.deepEqual(pages, [[uuid(1), uuid(2)], [uuid(3), uuid(4)], [uuid(5)]]);
  } finally {
    await store.close();
  }
});

test('parseDatabaseLocation: table', () => {
  const cases: [string, ReturnType<typeof parseDatabaseLocation>][] = [
    ['./touchpoint.db', { kind: 'sqlite', path: './touchpoint.db' }],
    ['/var/lib/tp.db', { kind: 'sqlite', path: '/var/lib/tp.db' }],
    [':memory:', { kind: 'sqlite', path: ':memory:' }],
    ['file:./tp.db', { kind: 'sqlite', path: './tp.db' }],
    ['file:tp.db', { kind: 'sqlite', path: 'tp.db' }],
    ['file:///var/lib/my%20tp.db', { kind: 'sqlite', path: '/var/lib/my tp.db' }],
    ['C:\\data\\tp.db', { kind: 'sqlite', path: 'C:\\data\\tp.db' }],
    ['postgres://u:p@db/tp', { kind: 'postgres', url: 'postgres://u:p@db/tp' }],
    ['postgresql://db/tp', { kind: 'postgres', url: 'postgresql://db/tp' }],
  ];
  for (const [input, expected] of cases)
    assert.deepEqual(parseDatabaseLocation(input), expected, input);
  assert.throws(
    () => parseDatabaseLocation('mysql://db/tp'),
    /Unsupported database URL scheme "mysql:"/,
  );
  assert.throws(() => parseDatabaseLocation('  '), /empty/);
});

test('a postgres:// URL fails with a clear message', () => {
  assert.throws(
    () => openStore('postgres://localhost/touchpoint'),
    new RegExp(POSTGRES_NOT_AVAILABLE),
  );
});
