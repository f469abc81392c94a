#!/usr/bin/env node
// `npm test`: builds, then runs every runner (web-test-runner for components and the SDK in
// Chromium; node:test for the collector, end-to-end and reliability suites) and prints one total
// line, `N passed, N failed`, as the last line. Exit code 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_HELP, chromePath } from '../test/support/chromium.mjs';

const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : null;
const root = new URL('..', import.meta.url).pathname;

const chrome = chromePath();
if (!chrome) {
  console.error(CHROME_HELP);
  process.exit(1);
}
process.env.CHROME_PATH = chrome;

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function findTests(dir, re, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findTests(p, re, out);
    else if (re.test(name)) out.push(p);
  }
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'tp-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
function add(file, exitCode, runner) {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    counts = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // The runner died before reporting: count the run itself as one failure.
    counts.failed = 1;
  }
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(
    `\n[${runner}] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

if (!process.env.TP_SKIP_BUILD) {
  const code = run('npm', ['run', 'build', '--silent']);
  if (code !== 0) {
    console.error('build failed');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

if (!only || only === 'components') {
  const file = join(tmp, 'wtr.json');
  const code = run('npx', ['web-test-runner'], { TP_COUNT_FILE: file, CI: 'true' });
  add(file, code, 'web-test-runner');
}

if (!only || only === 'node') {
  const files = [
    ...findTests(join(root, 'packages/collector/src'), /\.test\.ts$/),
    ...findTests(join(root, 'bench'), /\.test\.ts$/),
    ...findTests(join(root, 'test/size'), /\.test\.ts$/),
    ...findTests(join(root, 'test/artifacts'), /\.test\.ts$/),
    ...findTests(join(root, 'test/e2e'), /\.test\.ts$/),
    ...findTests(join(root, 'test/reliability'), /\.fast\.test\.ts$/),
  ];
  const file = join(tmp, 'node.json');
  const code = run(
    process.execPath,
    [
      // Workspace packages resolve to their TypeScript sources, as in tsconfig and rollup.
      '--conditions=source',
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'test/support/node-count-reporter.mjs')}`,
      '--test-reporter-destination=stdout',
      ...files,
    ],
    { TP_COUNT_FILE: file },
  );
  add(file, code, 'node:test');
}

if (totals.skipped) console.log(`(${totals.skipped} skipped)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
