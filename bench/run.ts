/**
 * `npm run bench`: builds the page-side code, starts the loopback server, launches Chromium with
 * a profile on disk, runs every suite (each measurement RUNS times, baseline in the same run),
 * prints the table, writes bench/results.json and the table in bench/README.md. Exits 1 when a
 * goal is missed or a benchmark fails.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { launchProfile, profileDir } from '../test/support/browser.js';
import { bundleBrowserCode, ROOT } from './bundle.js';
import { PENDING_RUN } from './endpoint.js';
import { allGoalsMet, errored, type Metric } from './metrics.js';
import {
  describeFailures,
  formatTable,
  updateReadme,
  writeResults,
  type Results,
} from './report.js';
import { startBenchServer } from './server.js';
import type { BenchContext } from './suites/context.js';
import { benchDrain } from './suites/drain.js';
import { benchEnqueue } from './suites/enqueue.js';
import { benchMemory } from './suites/memory.js';
import { benchRender } from './suites/render.js';

const RUNS = 3;
const COUNT = 1000;
const BATCH_SIZE = 50;
const LOADER = join(ROOT, 'packages/embed/dist/touchpoint.js');

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Newest modification time of the sources the loader is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

function loaderState(): { code: string | null; warning?: string } {
  if (!existsSync(LOADER)) return { code: null };
  const built = statSync(LOADER).mtimeMs;
  const sources = Math.max(
    ...['core', 'elements', 'embed'].map((p) => newestSource(join(ROOT, 'packages', p, 'src'))),
  );
  const code = readFileSync(LOADER, 'utf8');
  return sources > built
    ? {
        code,
        warning:
          'packages/embed/dist/touchpoint.js is older than its sources: run `npm run build` for current long-task numbers',
      }
    : { code };
}

async function main(): Promise<number> {
  const started = performance.now();
  const warnings: string[] = [];
  const loader = loaderState();
  if (loader.warning) warnings.push(loader.warning);
  const bundles = await bundleBrowserCode();
  const server = await startBenchServer({ bundles, loader: loader.code });
  const profile = profileDir('tp-bench-');
  const browser = await launchProfile(profile);
  // tsx compiles functions passed to page.evaluate with esbuild's keepNames, which calls a
  // `__name` helper that exists only in Node.
  await browser.addInitScript('globalThis.__name = (fn) => fn;');
  const metrics: Metric[] = [];
  let chromium = 'unknown';
  try {
    const page = await browser.newPage();
    const cdp = await browser.newCDPSession(page);
    chromium = (await cdp.send('Browser.getVersion')).product;
    await page.close();
    log(`Touchpoint benchmarks: ${chromium}, ${RUNS} runs each, ${COUNT} records, profile on disk`);
    const ctx: BenchContext = {
      browser,
      server,
      runs: RUNS,
      count: COUNT,
      batchSize: BATCH_SIZE,
      loaderBuilt: loader.code !== null,
      log,
      warn: (line) => {
        warnings.push(line);
        log(`  WARNING: ${line}`);
      },
    };
    const suites: Array<[string, (c: BenchContext) => Promise<Metric[]>]> = [
      ['enqueue', benchEnqueue],
      ['drain', benchDrain],
      ['render', benchRender],
      ['memory', benchMemory],
    ];
    for (const [name, suite] of suites) {
      log(`${name}…`);
      try {
        metrics.push(...(await suite(ctx)));
      } catch (error) {
        log(`  ${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
        metrics.push(errored(name, `${name} benchmarks`, error));
      }
    }
    const leaked = server.ledger(PENDING_RUN);
    if (leaked.posts > 0) {
      warnings.push(
        `the SDK POSTed ${leaked.records} records in ${leaked.posts} requests while consent was pending`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const ok = allGoalsMet(metrics);
  const cpu = cpus();
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${osType()} ${release()}`,
      node: process.versions.node,
    },
    chromium,
    runs: RUNS,
    count: COUNT,
    batchSize: BATCH_SIZE,
    durationS: Math.round((performance.now() - started) / 100) / 10,
    warnings,
    allGoalsMet: ok,
    metrics,
  };
  await writeResults(join(ROOT, 'bench/results.json'), results);
  const readme = await updateReadme(join(ROOT, 'bench/README.md'), results);

  log(`\n${formatTable(metrics)}\n`);
  for (const warning of warnings) log(`WARNING: ${warning}`);
  if (!readme)
    log('WARNING: bench/README.md has no <!-- bench:results --> markers; table not written');
  log(
    `wrote bench/results.json${readme ? ' and the table in bench/README.md' : ''} (${results.durationS} s)`,
  );
  if (ok) {
    log('All benchmark goals met.');
    return 0;
  }
  for (const line of describeFailures(metrics)) log(line);
  log('Benchmark goals missed (see FAIL above).');
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
