import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { LATEST_SQLITE_VERSION } from './store/migrations.js';
import { tempDir } from './testing/harness.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = 'packages/collector/src/cli.ts';

/** Runs the CLI from source; `--conditions=source` resolves workspace packages to src/ too. */
function runCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '', DATABASE_URL: '', TOUCHPOINT_ADMIN_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = (count: number) =>
    new Promise<string[]>((resolve, reject) => {
      const check = () => {
        const got = stdout.split('\n');
        if (got.length > count) resolve(got.slice(0, count));
      };
      child.stdout.on('data', check);
      check();
      void exited.then((code) => reject(new Error(`exited ${code} early: ${stderr}`)));
    });
  return { child, exited, lines, output: () => ({ stdout, stderr }) };
}

test('the CLI prints its URLs with the real port, serves, and closes on SIGTERM', async () => {
  const tmp = tempDir();
  try {
    const db = join(tmp.dir, 'cli.db');
    const cli = runCli(['--port', '0', '--db', db, '--admin-token', 'cli-token-123']);
    const [listening, demo, dashboard] = await cli.lines(3);
    const url = /^Touchpoint collector listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(
      listening!,
    );
    assert.ok(url, listening);
    assert.notEqual(url[2], '0');
    assert.equal(demo, `  Demo:       ${url[1]}/demo/`);
    assert.equal(dashboard, `  Dashboard:  ${url[1]}/login?token=cli-token-123`);

    assert.deepEqual(await (await fetch(`${url[1]}/healthz`)).json(), { ok: true });
    const login = await fetch(dashboard!.trim().replace(/^Dashboard:\s+/, ''), {
      redirect: 'manual',
    });
    assert.equal(login.status, 303);

    cli.child.kill('SIGTERM');
    assert.equal(await cli.exited, 0);
    assert.ok(existsSync(db));
    const check = new Database(db, { readonly: true });
    assert.equal(check.pragma('user_version', { simple: true }), LATEST_SQLITE_VERSION);
    check.close();
  } finally {
    tmp.cleanup();
  }
});

test('without --admin-token a random one is generated and printed', async () => {
  const cli = runCli(['--port', '0', '--db', ':memory:']);
  const [, , dashboard] = await cli.lines(3);
  const token = /login\?token=([\w-]+)$/.exec(dashboard!)?.[1];
  assert.ok(token && token.length >= 32, dashboard);
  cli.child.kill('SIGINT');
  assert.equal(await cli.exited, 0);
});

test('a bad flag exits 2 with the usage', async () => {
  const cli = runCli(['--bogus']);
  assert.equal(await cli.exited, 2);
  const { stdout, stderr } = cli.output();
  assert.equal(stdout, '');
  assert.match(stderr, /^touchpoint-collector: Unknown option '--bogus'/);
  assert.match(stderr, /Usage: touchpoint-collector \[options\]/);
});

test('a postgres:// DATABASE_URL fails with a clear message', async () => {
  const cli = runCli(['--port', '0'], { DATABASE_URL: 'postgres://localhost/touchpoint' });
  assert.equal(await cli.exited, 1);
  assert.match(cli.output().stderr, /PostgreSQL support is not in this build yet/);
});
