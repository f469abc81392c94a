import assert from 'node:assert/strict';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createCollector } from './index.js';
import { parseSurveysFile } from './surveys/survey-file.js';
import { startTestCollector, tempDir, type TestCollector } from './testing/harness.js';

const POST_CHECKOUT = {
  id: 'post-checkout',
  type: 'nps',
  questions: [{ id: 'score', kind: 'nps', text: 'How likely are you to recommend us?' }],
  trigger: { event: 'checkout_completed' },
};

describe('GET /v1/surveys', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'surveys.json');
  let collector: TestCollector;
  before(async () => {
    writeFileSync(file, JSON.stringify({ surveys: [POST_CHECKOUT] }));
    collector = await startTestCollector({ surveysFile: file });
  });
  after(async () => {
    await collector.stop();
    tmp.cleanup();
  });

  test('serves the definitions from the file, with CORS', async () => {
    const res = await fetch(`${collector.url}/v1/surveys`, {
      headers: { Origin: 'https://shop.example' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(await res.json(), { surveys: [POST_CHECKOUT] });
  });

  test('an edited file is served on the next request; a broken edit keeps the last good one', async (t) => {
    const second = { ...POST_CHECKOUT, id: 'pricing' };
    writeFileSync(file, JSON.stringify({ surveys: [POST_CHECKOUT, second] }));
    // Same-millisecond writes can keep the mtime; set it explicitly so the change is seen.
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const edited = (await (await fetch(`${collector.url}/v1/surveys`)).json()) as {
      surveys: { id: string }[];
    };
    assert.deepEqual(
      edited.surveys.map((s) => s.id),
      ['post-checkout', 'pricing'],
    );

    const warned = t.mock.method(console, 'warn', () => undefined);
    writeFileSync(file, '{"surveys": [');
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    const kept = (await (await fetch(`${collector.url}/v1/surveys`)).json()) as {
      surveys: { id: string }[];
    };
    assert.deepEqual(
      kept.surveys.map((s) => s.id),
      ['post-checkout', 'pricing'],
    );
    assert.equal(warned.mock.callCount(), 1);
  });
});

test('without a surveys file the list is empty', async () => {
  const collector = await startTestCollector();
  try {
    assert.deepEqual(await (await fetch(`${collector.url}/v1/surveys`)).json(), { surveys: [] });
  } finally {
    await collector.stop();
  }
});

test('a missing or malformed surveys file stops the start with a clear error', () => {
  const tmp = tempDir();
  try {
    assert.throws(
      () => createCollector({ dbPath: ':memory:', surveysFile: join(tmp.dir, 'nope.json') }),
      /Cannot read the surveys file: ENOENT/,
    );
    const bad = join(tmp.dir, 'bad.json');
    writeFileSync(bad, '[]');
    assert.throws(
      () => createCollector({ dbPath: ':memory:', surveysFile: bad }),
      /expected an object \{"surveys": \[\.\.\.\]\}/,
    );
  } finally {
    tmp.cleanup();
  }
});

test('parseSurveysFile: table', () => {
  const ok: [string, string[]][] = [
    ['{"surveys":[]}', []],
    ['{"surveys":[{"id":"a"},{"id":"b","type":"nps"}]}', ['a', 'b']],
  ];
  for (const [text, ids] of ok) {
    assert.deepEqual(
      parseSurveysFile(text, 'f.json').map((s) => s.id),
      ids,
      text,
    );
  }
  const bad: [string, RegExp][] = [
    ['{', /f\.json: not valid JSON/],
    ['null', /expected an object/],
    ['{"surveys":{}}', /expected an object/],
    ['{"surveys":[1]}', /surveys\.0 must be an object/],
    ['{"surveys":[{"type":"nps"}]}', /surveys\.0\.id must be a non-empty string/],
    ['{"surveys":[{"id":"a"},{"id":"a"}]}', /surveys\.1\.id "a" is used twice/],
  ];
  for (const [text, message] of bad)
    assert.throws(() => parseSurveysFile(text, 'f.json'), message, text);
});
