/**
 * `createTouchpoint` options, validated with zod/mini. A bad option throws at once with every
 * problem listed as `"path": reason`, e.g. `Touchpoint: invalid option "endpoint": required`.
 */
import * as z from 'zod/mini';
import { CONSENT_STATES, type Consent } from './consent.js';
import type { FetchLike } from './delivery/transport.js';
import type { Persistence } from './outbox/store.js';
import { LIMITS } from './schema.js';

/** Options of {@link createTouchpoint}. */
export interface TouchpointOptions {
  /** Where batches are POSTed (absolute, or relative to the page). Required. */
  endpoint: string;
  /** Public site key, sent in every batch body. */
  writeKey?: string;
  /** Extra request headers (e.g. an API gateway key). */
  headers?: Record<string, string>;
  /** The user, when already known; see `identify()`. */
  user?: { id?: string; traits?: Record<string, unknown> };
  /** `granted` (default) stores and sends; `pending` stores only; `denied` stores nothing. */
  consent?: Consent;
  /** `durable` (default): IndexedDB. `volatile`: memory only, lost on reload. */
  persistence?: Persistence;
  /** Most records per request (1–500, default 50). */
  batchSize?: number;
  /** Most records kept in the outbox (default 5000); a submit beyond it is refused. */
  maxQueue?: number;
  /** While records wait, a flush is attempted this often (ms, default 30000). */
  flushIntervalMs?: number;
  /** IndexedDB database name (default `touchpoint`); one per instance that must not share. */
  dbName?: string;
  /** Wall clock (ms since epoch); injectable for tests. */
  now?: () => number;
  /** Random number in [0, 1) for retry jitter; injectable for tests. */
  random?: () => number;
  /** The fetch to send with; defaults to the global one. */
  fetch?: FetchLike;
  /** The IndexedDB factory; defaults to the global one. Injectable for tests. */
  indexedDB?: IDBFactory;
}

export type ResolvedOptions = Required<
  Pick<
    TouchpointOptions,
    'endpoint' | 'consent' | 'persistence' | 'batchSize' | 'maxQueue' | 'flushIntervalMs' | 'dbName'
  >
> &
  Omit<
    TouchpointOptions,
    'endpoint' | 'consent' | 'persistence' | 'batchSize' | 'maxQueue' | 'flushIntervalMs' | 'dbName'
  >;

export const DEFAULTS = {
  consent: 'granted',
  persistence: 'durable',
  batchSize: 50,
  maxQueue: 5000,
  flushIntervalMs: 30_000,
  dbName: 'touchpoint',
} as const;

/** Options the SPEC names that arrive with later features: say so instead of ignoring them. */
const NOT_YET = new Set(['surveys', 'surveysUrl', 'retention', 'recontactDays', 'maxPerSession']);

const required = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : `must be ${what}`;

const text = (max: number) =>
  z
    .string({ error: required('a string') })
    .check(z.maxLength(max, `must be at most ${max} characters`));

const integer = (min: number, max: number) =>
  z
    .number({ error: required(`an integer from ${min} to ${max}`) })
    .check(
      z.int(`must be an integer from ${min} to ${max}`),
      z.gte(min, `must be an integer from ${min} to ${max}`),
      z.lte(max, `must be an integer from ${min} to ${max}`),
    );

const fn = <T>() =>
  z.custom<T>((value) => typeof value === 'function', { error: 'must be a function' });

const isHttpUrl = (value: string) => {
  try {
    const base = typeof location !== 'undefined' ? location.href : undefined;
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

const record = z.record(z.string(), z.unknown(), { error: 'must be an object' });

const OptionsSchema = z.strictObject({
  endpoint: z
    .string({ error: required('a URL string') })
    .check(
      z.minLength(1, 'required'),
      z.refine(isHttpUrl, 'must be an http(s) URL, absolute or relative to the page'),
    ),
  writeKey: z.optional(text(200)),
  headers: z.optional(
    z.record(z.string(), z.string({ error: 'header values must be strings' }), {
      error: 'must be an object of strings',
    }),
  ),
  user: z.optional(
    z.strictObject(
      { id: z.optional(text(200)), traits: z.optional(record) },
      { error: 'must be an object like { id, traits }' },
    ),
  ),
  consent: z.optional(
    z.enum(CONSENT_STATES, { error: 'must be "granted", "pending" or "denied"' }),
  ),
  persistence: z.optional(
    z.enum(['durable', 'volatile'], { error: 'must be "durable" or "volatile"' }),
  ),
  batchSize: z.optional(integer(1, LIMITS.batchRecords)),
  maxQueue: z.optional(integer(1, 1_000_000)),
  flushIntervalMs: z.optional(integer(100, 24 * 3_600_000)),
  dbName: z.optional(text(200).check(z.minLength(1, 'must not be empty'))),
  now: z.optional(fn<() => number>()),
  random: z.optional(fn<() => number>()),
  fetch: z.optional(fn<FetchLike>()),
  indexedDB: z.optional(
    z.custom<IDBFactory>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        typeof (value as IDBFactory).open === 'function',
      { error: 'must be an IDBFactory' },
    ),
  ),
});

/** Validates options and fills in defaults; throws an Error naming each bad option. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new Error('Touchpoint: options must be an object with at least "endpoint"');
  }
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problems.push(
            `"${key}": ${NOT_YET.has(key) ? 'not supported yet (arrives with surveys)' : 'unknown option'}`,
          );
        }
      } else {
        // One reason per option: the first is the one to fix.
        const path = issue.path.map(String).join('.');
        if (!seen.has(path)) problems.push(`"${path}": ${issue.message}`);
        seen.add(path);
      }
    }
    throw new Error(
      problems.length === 1
        ? `Touchpoint: invalid option ${problems[0]}`
        : `Touchpoint: invalid options ${problems.join('; ')}`,
    );
  }
  const o = parsed.data;
  return {
    ...o,
    consent: o.consent ?? DEFAULTS.consent,
    persistence: o.persistence ?? DEFAULTS.persistence,
    batchSize: o.batchSize ?? DEFAULTS.batchSize,
    maxQueue: o.maxQueue ?? DEFAULTS.maxQueue,
    flushIntervalMs: o.flushIntervalMs ?? DEFAULTS.flushIntervalMs,
    dbName: o.dbName ?? DEFAULTS.dbName,
  };
}

const IdentifySchema = z.object({
  userId: z
    .string({ error: required('a string') })
    .check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'must be at most 200 characters')),
  traits: z.optional(record),
});

/** Validates `identify()` arguments; throws `Touchpoint: invalid identify() "userId": …`. */
export function parseIdentify(
  userId: unknown,
  traits: unknown,
): { userId: string; traits?: Record<string, unknown> } {
  const parsed = IdentifySchema.safeParse({ userId, traits });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Touchpoint: invalid identify() "${issue?.path.map(String).join('.')}": ${issue?.message}`,
    );
  }
  try {
    JSON.stringify(parsed.data.traits);
  } catch {
    throw new Error('Touchpoint: invalid identify() "traits": must be serialisable as JSON');
  }
  return parsed.data;
}
