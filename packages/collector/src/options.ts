import { randomBytes } from 'node:crypto';
import { defaultDemoDir, defaultEmbedDir } from './paths.js';

/** Options of `createCollector`. */
export interface CollectorOptions {
  /** SQLite file path, `:memory:` or a `file:` URL. */
  dbPath: string;
  /** Accepted write keys. None (or empty) accepts any key: development mode. */
  writeKeys?: string[];
  /**
   * Origins allowed to call `/v1/*` from a browser. Default: `'*'` when no write keys are set;
   * with write keys, none (same-origin only) until you list them.
   */
  corsOrigins?: string[] | '*';
  /** Dashboard login token. Default: random, see `Collector.adminToken`. */
  adminToken?: string;
  /** Served at `/demo/`. Default: the monorepo's `demo/` folder when present. */
  demoDir?: string;
  /** Where the built `touchpoint.js` lives. Default: `@touchpoint/embed`'s `dist/`. */
  embedDir?: string;
  /** JSON file `{ "surveys": [...] }` served at `GET /v1/surveys`. */
  surveysFile?: string;
  /** Requests per minute per client IP and write key on `/v1/*`. Default 600. */
  rateLimit?: { perMinute: number };
  /** Clock in ms since the epoch; injected by tests. Default `Date.now`. */
  now?: () => number;
}

/** Options with every default applied. */
export interface CollectorConfig {
  dbPath: string;
  writeKeys: ReadonlySet<string> | null;
  corsOrigins: readonly string[] | '*';
  adminToken: string;
  demoDir: string | undefined;
  embedDir: string | undefined;
  surveysFile: string | undefined;
  rateLimitPerMinute: number;
  now: () => number;
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** A random admin token: 32 bytes, base64url (43 characters). */
export function generateAdminToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Applies defaults and rejects options that cannot work, with a message naming the option. */
export function resolveConfig(options: CollectorOptions): CollectorConfig {
  if (typeof options.dbPath !== 'string' || options.dbPath.trim() === '') {
    throw new TypeError(
      'createCollector: `dbPath` is required (a SQLite file path or ":memory:").',
    );
  }
  const writeKeys = options.writeKeys?.filter((k) => k !== '') ?? [];
  const perMinute = options.rateLimit?.perMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  if (!Number.isFinite(perMinute) || perMinute < 1) {
    throw new RangeError('createCollector: `rateLimit.perMinute` must be a number >= 1.');
  }
  if (options.adminToken !== undefined && options.adminToken.length < 8) {
    throw new RangeError('createCollector: `adminToken` must be at least 8 characters.');
  }
  return {
    dbPath: options.dbPath,
    writeKeys: writeKeys.length ? new Set(writeKeys) : null,
    corsOrigins: options.corsOrigins ?? (writeKeys.length ? [] : '*'),
    adminToken: options.adminToken ?? generateAdminToken(),
    demoDir: options.demoDir ?? defaultDemoDir(),
    embedDir: options.embedDir ?? defaultEmbedDir(),
    surveysFile: options.surveysFile,
    rateLimitPerMinute: perMinute,
    now: options.now ?? Date.now,
  };
}
