/** What every benchmark suite gets from bench/run.ts, and how it opens pages. */
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchServer } from '../server.js';

export interface BenchContext {
  browser: BrowserContext;
  server: BenchServer;
  /** Repetitions of each measurement; the median is reported. */
  runs: number;
  /** Records per measurement (1,000). */
  count: number;
  /** Records per request, for the SDK and the fetch-loop baseline alike. */
  batchSize: number;
  /** The built script-tag loader, or null when `npm run build` has not been run. */
  loaderBuilt: boolean;
  log(line: string): void;
  /** Logs and records a problem that does not stop the run (shown at the end, in results.json). */
  warn(line: string): void;
}

/** Rejects when `promise` takes longer than `ms`, so a stuck page fails the run instead of hanging. */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Opens a page and fails loudly on any uncaught page error, which would otherwise only show up
 * as a wrong number.
 */
export async function openPage(ctx: BenchContext, path: string): Promise<Page> {
  const page = await ctx.browser.newPage();
  page.on('pageerror', (error) => ctx.warn(`page error on ${path}: ${error.message}`));
  await page.goto(`${ctx.server.url}${path}`, { waitUntil: 'load' });
  return page;
}

/** A page with `window.bench` (bench/browser/harness.ts) loaded. */
export async function openHarness(ctx: BenchContext): Promise<Page> {
  const page = await openPage(ctx, '/harness.html');
  await page.waitForFunction(() => typeof window.bench === 'object', null, { timeout: 10_000 });
  if (!(await page.evaluate(() => crossOriginIsolated))) {
    ctx.warn('the harness page is not cross-origin isolated: latencies have 100 µs resolution');
  }
  return page;
}

let counter = 0;
/** A name no earlier measurement used (database names, endpoint runs). */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${counter++}`;
