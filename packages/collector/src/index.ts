/**
 * @touchpoint/collector: the reference endpoint (SPEC §5, §7) with a dashboard, on Hono and
 * SQLite. `createCollector` builds the app; `startCollector` also listens on a port.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { buildApp } from './app.js';
import { RateLimiter } from './http/rate-limiter.js';
import { resolveConfig, type CollectorOptions } from './options.js';
import { openStore } from './store/open-store.js';
import type { ResponseStore } from './store/response-store.js';
import { SurveyFile } from './surveys/survey-file.js';

export type { CollectorOptions } from './options.js';
export type {
  InsertOutcome,
  NewResponse,
  ResponseFilter,
  ResponseStore,
  StoredResponse,
} from './store/response-store.js';
export { openStore } from './store/open-store.js';
export { npsSummary, npsFromCounts, type NpsSummary } from './admin/nps.js';

/** A collector that is built but not listening; serve `app.fetch` with any Hono adapter. */
export interface Collector {
  app: Hono;
  store: ResponseStore;
  /** The dashboard token: `options.adminToken`, or a random one generated for this instance. */
  adminToken: string;
  /** Closes the database. */
  close(): Promise<void>;
}

/** Options of `startCollector`: the collector's plus where to listen. */
export interface StartCollectorOptions extends CollectorOptions {
  /** TCP port; 0 picks a free one (see `RunningCollector.port`). */
  port: number;
  /** Interface to bind. Default `127.0.0.1` (loopback only). */
  host?: string;
}

export interface RunningCollector {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  /** The port actually bound (useful with `port: 0`). */
  port: number;
  adminToken: string;
  store: ResponseStore;
  /** Stops listening, ends open connections and closes the database. */
  close(): Promise<void>;
}

/**
 * Builds a collector: opens and migrates the database, reads the surveys file (throwing a clear
 * error when it is missing or malformed) and wires the routes.
 */
export function createCollector(options: CollectorOptions): Collector {
  const config = resolveConfig(options);
  // zod/mini ships without messages (bytes matter in browsers); on the server, rejected records
  // should say what is wrong, e.g. "score: Too big: expected number to be <=10".
  z.config(en());
  const surveys = config.surveysFile ? new SurveyFile(config.surveysFile) : null;
  const store = openStore(config.dbPath);
  const limiter = new RateLimiter(config.rateLimitPerMinute, config.now);
  const app = buildApp({ config, store, limiter, surveys });
  return { app, store, adminToken: config.adminToken, close: () => store.close() };
}

/** `http://host:port`, with brackets around an IPv6 host. */
export function baseUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Grace period for in-flight requests on close before connections are cut. */
const CLOSE_GRACE_MS = 2000;

/** Creates a collector and listens on `host:port`. Rejects (closing the database) if it cannot. */
export async function startCollector(options: StartCollectorOptions): Promise<RunningCollector> {
  const collector = createCollector(options);
  const host = options.host ?? '127.0.0.1';
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: collector.app.fetch, port: options.port, hostname: host }) as Server;
      s.once('listening', () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    await collector.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: baseUrl(host, port),
    port,
    adminToken: collector.adminToken,
    store: collector.store,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }).then(() => collector.close());
      return closing;
    },
  };
}
