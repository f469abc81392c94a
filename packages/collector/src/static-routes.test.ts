import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { safeSegments } from './http/static-file.js';
import { demoHeaders, STRICT_CSP } from './routes/demo.js';
import { startTestCollector, tempDir, type TestCollector } from './testing/harness.js';

const SECRET = 'TOP-SECRET-OUTSIDE-DEMO';

/** GET with the path sent byte for byte (fetch would normalise `..` away before sending). */
function rawGet(
  base: string,
  path: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo files', () => {
  const tmp = tempDir();
  let collector: TestCollector;
  before(async () => {
    const demo = join(tmp.dir, 'demo');
    mkdirSync(join(demo, 'react'), { recursive: true });
    writeFileSync(join(demo, 'index.html'), '<!doctype html><title>Demo</title>');
    writeFileSync(join(demo, 'demo.css'), 'body { color: black; }');
    writeFileSync(join(demo, 'react', 'index.html'), '<!doctype html><title>React demo</title>');
    mkdirSync(join(demo, 'csp'));
    writeFileSync(join(demo, 'csp', 'index.html'), '<!doctype html><title>CSP demo</title>');
    writeFileSync(join(demo, 'csp', 'csp.js'), 'window.__cspViolations = [];');
    writeFileSync(join(demo, '.env'), SECRET);
    writeFileSync(join(tmp.dir, 'package.json'), SECRET);
    symlinkSync(join(tmp.dir, 'package.json'), join(demo, 'linked.json'));
    collector = await startTestCollector({ demoDir: demo });
  });
  after(async () => {
    await collector.stop();
    tmp.cleanup();
  });

  test('/demo redirects to /demo/, which serves index.html', async () => {
    const redirect = await fetch(`${collector.url}/demo`, { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), '/demo/');
    const index = await fetch(`${collector.url}/demo/`);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await index.text(), /<title>Demo<\/title>/);
  });

  test('files get their content type; a sub-folder redirects to its slash form', async () => {
    const css = await fetch(`${collector.url}/demo/demo.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    const sub = await fetch(`${collector.url}/demo/react`, { redirect: 'manual' });
    assert.equal(sub.status, 301);
    assert.equal(sub.headers.get('location'), '/demo/react/');
    assert.match(await (await fetch(`${collector.url}/demo/react/`)).text(), /React demo/);
  });

  test('the strict-CSP demo (/demo/csp/…) is served with the strict policy, other pages are not', async () => {
    for (const path of ['/demo/csp/', '/demo/csp/index.html', '/demo/csp/csp.js']) {
      const res = await fetch(`${collector.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.equal(
        res.headers.get('content-security-policy'),
        "default-src 'self'; script-src 'self'; style-src 'self'",
        path,
      );
    }
    for (const path of ['/demo/', '/demo/demo.css', '/demo/react/']) {
      const res = await fetch(`${collector.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-security-policy'), null, path);
    }
  });

  test('a missing demo file is a 404 JSON error', async () => {
    const res = await fetch(`${collector.url}/demo/nope.html`);
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not_found');
  });

  for (const path of [
    '/demo/../package.json',
    '/demo/%2e%2e/package.json',
    '/demo/%2E%2E/package.json',
    '/demo/..%2fpackage.json',
    '/demo/..%2Fpackage.json',
    '/demo/%2e%2e%2fpackage.json',
    '/demo/..%5cpackage.json',
    '/demo/%252e%252e/package.json',
    '/demo/react/../../package.json',
    '/demo/react/%2e%2e/%2e%2e/package.json',
    '/demo/linked.json',
    '/demo/.env',
    '/demo/%2eenv',
    '/demo/index.html%00.css',
    '/demo/%',
  ]) {
    test(`path traversal is blocked: ${path}`, async () => {
      const res = await rawGet(collector.url, path);
      assert.ok(res.status === 404 || res.status === 400, `status ${res.status}`);
      assert.ok(!res.body.includes(SECRET), 'the file outside the demo folder is not served');
    });
  }
});

test('safeSegments: table', () => {
  const cases: [string, string[] | null][] = [
    ['', []],
    ['index.html', ['index.html']],
    ['react/', ['react']],
    ['a%20b.css', ['a b.css']],
    ['..', null],
    ['%2e%2e', null],
    ['a/../b', null],
    ['..%2fx', null],
    ['a%2fb', null],
    ['a%5cb', null],
    ['.env', null],
    ['x%00', null],
    ['%E0%A4%A', null],
  ];
  for (const [input, expected] of cases) assert.deepEqual(safeSegments(input), expected, input);
});

test('demoHeaders: table', () => {
  const strict = { 'Content-Security-Policy': STRICT_CSP };
  const cases: [string[], Record<string, string>][] = [
    [[], {}],
    [['index.html'], {}],
    [['csp'], strict],
    [['csp', 'index.html'], strict],
    [['csp', 'csp.js'], strict],
    [['react', 'csp'], {}],
    [['csp.html'], {}],
    [['CSP'], {}],
  ];
  for (const [segments, expected] of cases) {
    assert.deepEqual(demoHeaders(segments), expected, segments.join('/'));
  }
});

describe('embed script', () => {
  const tmp = tempDir();
  let collector: TestCollector;
  before(async () => {
    writeFileSync(join(tmp.dir, 'touchpoint.js'), 'console.log("touchpoint");');
    writeFileSync(join(tmp.dir, 'touchpoint.js.map'), '{"version":3}');
    writeFileSync(join(tmp.dir, 'chat-3f2a.js'), 'export const chat = 1;');
    collector = await startTestCollector({ embedDir: tmp.dir });
  });
  after(async () => {
    await collector.stop();
    tmp.cleanup();
  });

  test('/touchpoint.js is served as JavaScript with no-cache, and revalidates with 304', async () => {
    const res = await fetch(`${collector.url}/touchpoint.js`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.equal(await res.text(), 'console.log("touchpoint");');
    const etag = res.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${collector.url}/touchpoint.js`, {
      headers: { 'If-None-Match': etag },
    });
    assert.equal(again.status, 304);
  });

  test('sibling chunks and source maps are served too', async () => {
    const chunk = await fetch(`${collector.url}/chat-3f2a.js`);
    assert.equal(chunk.status, 200);
    assert.match(chunk.headers.get('content-type') ?? '', /^text\/javascript/);
    const map = await fetch(`${collector.url}/touchpoint.js.map`);
    assert.equal(map.status, 200);
    assert.match(map.headers.get('content-type') ?? '', /^application\/json/);
  });

  test('a script that is not built is a 404 JSON hint to build', async () => {
    const res = await fetch(`${collector.url}/missing-chunk.js`);
    assert.equal(res.status, 404);
    const json = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(json.error.code, 'not_built');
    assert.match(json.error.message, /run npm run build/);
  });

  test('without a built embed folder /touchpoint.js explains how to build it', async () => {
    const unbuilt = await startTestCollector();
    try {
      const res = await fetch(`${unbuilt.url}/touchpoint.js`);
      assert.equal(res.status, 404);
      assert.match(
        ((await res.json()) as { error: { message: string } }).error.message,
        /npm run build/,
      );
    } finally {
      await unbuilt.stop();
    }
  });
});
