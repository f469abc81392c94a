/**
 * Shared test fixtures: a real collector on 127.0.0.1:0 with a SQLite file in a temp folder, an
 * adjustable clock, and record builders. Only time is faked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCollector, type RunningCollector, type StartCollectorOptions } from '../index.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** A fresh temp folder; removed by `cleanup()`. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tp-collector-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-11-23T10:00:00.000Z')) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

export interface TestCollector extends RunningCollector {
  dbPath: string;
  clock: ReturnType<typeof manualClock>;
  /** Closes the collector and deletes its temp folder. */
  stop(): Promise<void>;
}

/** Starts a collector on a free loopback port with a temp SQLite file. */
export async function startTestCollector(
  options: Partial<StartCollectorOptions> = {},
): Promise<TestCollector> {
  const tmp = tempDir();
  const clock = manualClock();
  const dbPath = join(tmp.dir, 'touchpoint.db');
  const running = await startCollector({
    port: 0,
    dbPath,
    adminToken: ADMIN_TOKEN,
    now: clock.now,
    demoDir: join(tmp.dir, 'no-demo'),
    embedDir: join(tmp.dir, 'no-embed'),
    ...options,
  });
  return {
    ...running,
    dbPath,
    clock,
    async stop() {
      await running.close();
      tmp.cleanup();
    },
  };
}

/** A valid UUID (version 7 layout) whose last digits are `n`, so tests can name records. */
export function uuid(n: number): string {
  return `0193a3e0-1111-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A valid wire record (SPEC §5) with overrides. */
export function record(
  n: number,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: uuid(n),
    type: 'nps',
    surveyId: 'q4',
    score: 9,
    comment: 'great',
    createdAt: '2026-11-23T09:59:00.000Z',
    attempt: 1,
    user: { id: 'user-42', anonymousId: 'anon-1', traits: {} },
    context: { url: 'https://shop.example/checkout', locale: 'en-US', sdk: 'touchpoint/0.1.0' },
    ...overrides,
  };
}

/** A batch envelope around `records`. */
export function batch(records: unknown[], writeKey?: string): Record<string, unknown> {
  return {
    ...(writeKey === undefined ? {} : { writeKey }),
    sentAt: '2026-11-23T10:00:00.000Z',
    batch: records,
  };
}

/** POSTs JSON to `/v1/responses`. */
export function postResponses(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/v1/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
