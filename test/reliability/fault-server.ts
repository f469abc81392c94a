/**
 * A loopback collector that misbehaves on purpose. It serves the host page and the built
 * script-tag bundle (`touchpoint.js` and the chunks beside it), and implements `POST /v1/responses` (SPEC §5) with a ledger of every record
 * it stored and a programmable fault schedule (see faults.ts). Records are validated with the
 * wire-format schema (wire.ts), so a malformed record from the SDK is `rejected` here as it would
 * be by the reference collector.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FaultSchedule, type FaultAction } from './faults.js';
import { Ledger, type RequestLogEntry } from './ledger.js';
import { ENDPOINT_PATH, WRITE_KEY, blankPage, captivePortalPage, hostPage } from './page.js';
import { parseBatch } from './wire.js';

/** Where `npm run build` puts the script-tag build: `touchpoint.js` and the chunks it imports. */
export const DEFAULT_BUNDLE_DIR = fileURLToPath(
  new URL('../../packages/embed/dist/', import.meta.url),
);

export interface FaultServerOptions {
  /** The directory holding `touchpoint.js` and its chunks, served at the root. */
  bundleDir?: string;
  /** The host page's `data-endpoint` (default this server's own endpoint, same origin). */
  endpoint?: string;
}

/**
 * Reads the build once: a rebuild while a cell runs must not mix the loader of one build with
 * the chunks of another.
 */
function readBundle(dir: string): Map<string, Buffer> {
  if (!existsSync(join(dir, 'touchpoint.js'))) {
    throw new Error(
      `the script-tag build ${join(dir, 'touchpoint.js')} is missing: run \`npm run build\` first`,
    );
  }
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    if (/^touchpoint[\w.-]*\.js$/.test(name)) files.set(`/${name}`, readFileSync(join(dir, name)));
  }
  return files;
}

export interface FaultServer {
  /** `http://127.0.0.1:<port>` — the same across `down()`/`up()`. */
  readonly url: string;
  readonly port: number;
  readonly ledger: Ledger;
  readonly faults: FaultSchedule;
  readonly isDown: boolean;
  /** Resolves with the next request that reaches the endpoint. */
  nextRequest(timeoutMs?: number): Promise<RequestLogEntry>;
  /** Stops listening and drops every connection (replies in flight are lost). */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  /** Clears every fault and comes back up. */
  heal(): Promise<void>;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
};

export async function startFaultServer(options: FaultServerOptions = {}): Promise<FaultServer> {
  const bundle = readBundle(options.bundleDir ?? DEFAULT_BUNDLE_DIR);
  const startedAt = Date.now();
  const clock = () => Date.now() - startedAt;
  const ledger = new Ledger();
  const faults = new FaultSchedule();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let waiters: Array<(entry: RequestLogEntry) => void> = [];
  let down = false;

  const reply = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      ...CORS,
      'Cache-Control': 'no-store',
      'Content-Type': type,
      ...headers,
    });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      if (url.pathname === ENDPOINT_PATH) ledger.preflights++;
      res.writeHead(204, {
        ...CORS,
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    if (req.method === 'POST' && url.pathname === ENDPOINT_PATH) {
      void endpoint(req, res);
      return;
    }
    if (req.method !== 'GET') return reply(res, 405, 'text/plain', 'method not allowed');
    if (url.pathname === '/') {
      return reply(res, 200, 'text/html; charset=utf-8', hostPage(options.endpoint));
    }
    if (url.pathname === '/blank') return reply(res, 200, 'text/html; charset=utf-8', blankPage());
    if (url.pathname === '/favicon.ico') return reply(res, 204, 'image/x-icon', '');
    const script = bundle.get(url.pathname);
    if (script) return reply(res, 200, 'text/javascript; charset=utf-8', script);
    reply(res, 404, 'text/plain', 'not found');
  });

  async function endpoint(req: IncomingMessage, res: ServerResponse) {
    let gone = false;
    res.once('close', () => (gone = !res.writableEnded));
    const raw = await readBody(req).catch(() => null);
    const referer = req.headers.referer;
    const entry: RequestLogEntry = {
      no: ledger.requests.length + 1,
      at: clock(),
      from: referer ? new URL(referer).search || '/' : '',
      ids: [],
      bytes: raw?.length ?? 0,
      outcome: 'pending',
    };
    ledger.requests.push(entry);
    const finish = (outcome: string) => {
      entry.outcome = outcome;
      entry.doneAt = clock();
    };
    if (raw === null) return finish('client gone');

    const parsed = parseBatch(raw);
    if (!parsed.ok) {
      finish(`400 ${parsed.message}`);
      notify(entry);
      return reply(res, 400, 'application/json', errorJson('invalid_batch', parsed.message));
    }
    if (parsed.writeKey !== WRITE_KEY) {
      finish('401');
      notify(entry);
      return reply(res, 401, 'application/json', errorJson('unknown_key', 'unknown write key'));
    }
    entry.ids = parsed.records.map((r) => r.key.id);
    notify(entry);
    const action = faults.next(parsed.records.filter((r) => r.valid).map((r) => r.key));

    const ack = (rejected: Map<string, string>) => {
      const results = parsed.records.map(({ key, valid, error }) => {
        if (!valid) return { id: key.id, status: 'rejected' as const, error };
        const injected = rejected.get(key.id);
        if (injected) return { id: key.id, status: 'rejected' as const, error: injected };
        return { id: key.id, status: stored.get(key.id) ?? ('accepted' as const) };
      });
      return JSON.stringify({ results });
    };
    let stored = new Map<string, 'accepted' | 'duplicate'>();
    const store = (rejected: Map<string, string>) => {
      const keep = parsed.records.filter((r) => r.valid && !rejected.has(r.key.id));
      stored = ledger.store(
        keep.map((r) => r.key),
        entry.no,
        clock(),
      );
    };
    respond(action);

    function respond(a: FaultAction) {
      switch (a.kind) {
        case 'ack':
          store(a.rejected);
          finish('ack');
          return reply(res, 200, 'application/json', ack(a.rejected));
        case 'status': {
          const send = () => {
            if (gone) return finish(`${a.status} (client gone)`);
            finish(String(a.status));
            reply(res, a.status, 'application/json', a.body, a.headers);
          };
          if (a.afterMs === 0) return send();
          const timer = setTimeout(() => {
            timers.delete(timer);
            send();
          }, a.afterMs);
          timers.add(timer);
          return;
        }
        case 'html200':
          finish('html200');
          return reply(res, 200, 'text/html; charset=utf-8', captivePortalPage());
        case 'destroy':
          if (a.afterStore) store(new Map());
          finish(a.afterStore ? 'stored, then destroyed' : 'destroyed');
          req.socket.destroy();
          return;
        case 'delay': {
          if (a.storeFirst) store(a.rejected);
          entry.outcome = `delayed ${a.ms} ms`;
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (gone)
              return finish(a.storeFirst ? 'stored; client gone before the reply' : 'client gone');
            if (!a.storeFirst) store(a.rejected);
            finish(`ack after ${a.ms} ms`);
            reply(res, 200, 'application/json', ack(a.rejected));
          }, a.ms);
          timers.add(timer);
          res.once('close', () => {
            if (gone && !a.storeFirst) {
              clearTimeout(timer);
              timers.delete(timer);
              finish('client gone (nothing stored)');
            }
          });
          return;
        }
      }
    }
  }

  function notify(entry: RequestLogEntry) {
    const current = waiters;
    waiters = [];
    for (const w of current) w(entry);
  }

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    });

  await listen(0);
  const { port } = server.address() as AddressInfo;
  let closed = false;
  const up = async () => {
    if (closed) throw new Error('the fault server was closed');
    if (!down) return;
    await listen(port);
    down = false;
  };
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    port,
    ledger,
    faults,
    get isDown() {
      return down;
    },
    nextRequest(timeoutMs = 15_000) {
      return new Promise<RequestLogEntry>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`no request reached the endpoint within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter = (entry: RequestLogEntry) => {
          clearTimeout(timer);
          resolve(entry);
        };
        waiters.push(waiter);
      });
    },
    async down() {
      if (down) return;
      down = true;
      await stop();
    },
    up,
    async heal() {
      faults.clear();
      await up();
    },
    async close() {
      closed = true;
      if (!down) await stop();
      down = true;
    },
  };
}

const errorJson = (code: string, message: string) => JSON.stringify({ error: { code, message } });

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('aborted')));
  });
}
