/**
 * The benchmark server on 127.0.0.1 (free port): serves the pages and bundles, the built
 * script-tag loader, and two loopback endpoints that count what was acknowledged per `?run=`, so
 * each benchmark can check that everything was delivered:
 * - `ENDPOINT_PATH`: a bare endpoint that acknowledges every record (SPEC §5) and does nothing
 *   else — the least any endpoint does, so the client's own costs weigh the most;
 * - `COLLECTOR_PATH`: the reference collector (@touchpoint/collector, in this process, SQLite on
 *   disk in a temporary folder): validation, idempotent insert, its reply — a real endpoint.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BundleName } from './bundle.js';
import { harnessPage, longTaskPage, renderPage } from './pages.js';

import { createCollector } from '@touchpoint/collector';
import { COLLECTOR_PATH, ENDPOINT_PATH } from './endpoint.js';

export interface RunLedger {
  posts: number;
  records: number;
  ids: Set<string>;
}

export interface BenchServer {
  url: string;
  /** What the endpoint received for `run` (empty when nothing arrived). */
  ledger(run: string): RunLedger;
  close(): Promise<void>;
}

export interface ServerFiles {
  bundles: Map<BundleName, string>;
  /** packages/embed/dist/touchpoint.js, when built. */
  loader: string | null;
}

const EMBED_DIST = new URL('../packages/embed/dist/', import.meta.url).pathname;

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, {
    'Content-Type': type,
    // Every page load fetches and compiles the scripts again, like a first visit.
    'Cache-Control': 'no-store',
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs, which
    // sub-millisecond submit latencies need.
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  });
  res.end(body);
}

const JS = 'text/javascript; charset=utf-8';
const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json';

export async function startBenchServer(files: ServerFiles): Promise<BenchServer> {
  const runs = new Map<string, RunLedger>();
  const ledger = (run: string) => {
    let entry = runs.get(run);
    if (!entry) runs.set(run, (entry = { posts: 0, records: 0, ids: new Set() }));
    return entry;
  };

  const count = (run: string, ids: string[]) => {
    const entry = ledger(run);
    entry.posts++;
    entry.records += ids.length;
    for (const id of ids) entry.ids.add(id);
  };

  // Development mode (any write key) and no practical rate limit: the benchmark sends thousands
  // of records a second from one client.
  const dir = mkdtempSync(join(tmpdir(), 'touchpoint-bench-'));
  const collector = createCollector({
    dbPath: join(dir, 'collector.db'),
    rateLimit: { perMinute: 1e9 },
  });
  /** Hands the request to the collector; the ledger counts the ids its reply acknowledges. */
  const collect = async (req: IncomingMessage, res: ServerResponse, run: string) => {
    const body = await readBody(req);
    const reply = await collector.app.fetch(
      new Request(`http://127.0.0.1${ENDPOINT_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': req.headers['content-type'] ?? '' },
        body,
      }),
    );
    const text = await reply.text();
    if (reply.ok) {
      const { results } = JSON.parse(text) as { results: Array<{ id: string; status: string }> };
      count(
        run,
        results.filter((r) => r.status !== 'rejected').map((r) => r.id),
      );
    }
    send(res, reply.status, reply.headers.get('content-type') ?? JSON_TYPE, text);
  };

  const acknowledge = async (req: IncomingMessage, res: ServerResponse, run: string) => {
    let batch: unknown;
    try {
      batch = (JSON.parse(await readBody(req)) as { batch?: unknown }).batch;
    } catch {
      batch = undefined;
    }
    if (
      !Array.isArray(batch) ||
      batch.some((r) => typeof (r as { id?: unknown })?.id !== 'string')
    ) {
      const error = { code: 'invalid_batch', message: 'expected {"batch":[{"id":…},…]}' };
      return send(res, 400, JSON_TYPE, JSON.stringify({ error }));
    }
    const ids = (batch as Array<{ id: string }>).map((r) => r.id);
    count(run, ids);
    send(
      res,
      200,
      JSON_TYPE,
      JSON.stringify({ results: ids.map((id) => ({ id, status: 'accepted' })) }),
    );
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (req.method === 'POST' && (path === ENDPOINT_PATH || path === COLLECTOR_PATH)) {
      const run = url.searchParams.get('run') ?? '';
      (path === ENDPOINT_PATH ? acknowledge : collect)(req, res, run).catch((error: unknown) =>
        send(
          res,
          500,
          JSON_TYPE,
          JSON.stringify({ error: { code: 'internal', message: String(error) } }),
        ),
      );
      return;
    }
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    if (path === '/harness.html') return send(res, 200, HTML, harnessPage());
    if (path === '/render.html')
      return send(res, 200, HTML, renderPage(url.searchParams.get('tag') ?? 'tp-nps'));
    if (path === '/longtask.html') {
      const withLoader = url.searchParams.get('loader') === '1';
      const endpoint = `${ENDPOINT_PATH}?run=${encodeURIComponent(url.searchParams.get('run') ?? '')}`;
      return send(res, 200, HTML, longTaskPage(withLoader ? { endpoint } : null));
    }
    if (path === '/touchpoint.js' && files.loader !== null) return send(res, 200, JS, files.loader);
    // The loader imports touchpoint.main.js and its chunks from beside itself.
    const chunk = /^\/(touchpoint\.[\w.-]+\.js)$/.exec(path)?.[1];
    if (chunk && files.loader !== null && existsSync(join(EMBED_DIST, chunk))) {
      return send(res, 200, JS, readFileSync(join(EMBED_DIST, chunk), 'utf8'));
    }
    const bundle = /^\/bundles\/([\w-]+)\.js$/.exec(path)?.[1];
    const text = bundle ? files.bundles.get(bundle as BundleName) : undefined;
    if (text !== undefined) return send(res, 200, JS, text);
    send(res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ledger,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        // Chromium keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
      await collector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
