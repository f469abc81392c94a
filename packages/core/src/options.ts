/**
 * `createTouchpoint` options. A bad option throws at once, naming every problem as
 * `"path": reason`, e.g. `Touchpoint: invalid option "endpoint": required`. Checked by hand
 * (validate.ts) rather than with zod, which would triple the size of the SDK entry.
 */
import { CONSENT_STATES, type Consent } from './consent.js';
import type { FetchLike } from './delivery/transport.js';
import type { Persistence } from './outbox/store.js';
import { SURVEY_OPTION_CHECKS, type SurveyOptions } from './surveys/options.js';
import {
  explain,
  fail,
  fn,
  httpUrl,
  integer,
  isObject,
  name,
  oneOf,
  optional,
  record,
  shape,
  text,
  type Check,
  type Problem,
} from './validate.js';
import { LIMITS } from './wire.js';

/** Options of {@link createTouchpoint}; the survey options are in {@link SurveyOptions}. */
export interface TouchpointOptions extends SurveyOptions {
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
  /**
   * Most records kept in the outbox (default 5000). Beyond it the oldest are evicted: counted in
   * `stats().evicted` and reported by a `response:evicted` event.
   */
  maxQueue?: number;
  /**
   * How long an undelivered record is kept, e.g. `'30d'`, `'12h'`, `'90m'`, `'45s'`, `'500ms'`
   * (default: until delivered). Older records are evicted like those beyond `maxQueue`.
   */
  retention?: string;
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

type Defaulted =
  'consent' | 'persistence' | 'batchSize' | 'maxQueue' | 'flushIntervalMs' | 'dbName';

export type ResolvedOptions = Required<Pick<TouchpointOptions, Defaulted>> &
  Omit<TouchpointOptions, Defaulted | 'retention'> & {
    /** `retention` in ms; undefined keeps records until delivered. */
    retentionMs?: number;
  };

export const DEFAULTS = {
  consent: 'granted',
  persistence: 'durable',
  batchSize: 50,
  maxQueue: 5000,
  flushIntervalMs: 30_000,
  dbName: 'touchpoint',
} as const;

const UNITS: Record<string, number> = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };

/** `'30d'` → ms; undefined when it is not a duration. */
export function parseDuration(value: unknown): number | undefined {
  const m = typeof value == 'string' ? /^(\d+)(ms|s|m|h|d)$/.exec(value) : null;
  return m ? +m[1]! * UNITS[m[2]!]! : undefined;
}

/** User traits: an object of keys up to 200 characters. */
const userTraits = optional(record(text(200)));

/** The longest `writeKey` accepted (the script tag's `data-write-key` checks it too). */
export const WRITE_KEY_MAX_LENGTH = 200;

/** One check per option, in the order problems are listed. */
const CHECKS: Record<string, Check> = {
  endpoint: (v, p) => (v === undefined || v === '' ? [p, 'required'] : httpUrl(v, p)),
  writeKey: text(WRITE_KEY_MAX_LENGTH),
  headers: (v, p) => {
    if (!isObject(v)) return [p, 'must be an object of strings'];
    for (const k in v)
      if (typeof v[k] != 'string') return [`${p}.${k}`, 'header values must be strings'];
  },
  user: (v, p) => {
    if (!isObject(v)) return [p, 'must be an object like { id, traits }'];
    for (const k in v) if (k != 'id' && k != 'traits') return [`${p}.${k}`, 'unknown option'];
    return shape({ id: optional(text(200)), traits: userTraits })(v, p);
  },
  consent: oneOf(CONSENT_STATES),
  persistence: oneOf(['durable', 'volatile']),
  batchSize: integer(1, LIMITS.batchRecords),
  maxQueue: integer(1, 1_000_000),
  retention: (v, p) =>
    parseDuration(v) ? undefined : [p, 'must be a duration like "30d", "12h", "90m" or "45s"'],
  flushIntervalMs: integer(100, 864e5),
  dbName: name,
  now: fn,
  random: fn,
  fetch: fn,
  indexedDB: (v, p) =>
    typeof (v as IDBFactory | null)?.open == 'function' ? undefined : [p, 'must be an IDBFactory'],
  ...SURVEY_OPTION_CHECKS,
};

/** Validates options and fills in defaults; throws an Error naming each bad option. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (!isObject(options)) {
    fail('options must be an object with at least "endpoint"');
  }
  const problems: Problem[] = [];
  for (const key in CHECKS) {
    const value = options[key];
    const problem = value === undefined && key != 'endpoint' ? undefined : CHECKS[key]!(value, key);
    if (problem) problems.push(problem);
  }
  for (const key in options) {
    if (!CHECKS[key]) problems.push([key, 'unknown option']);
  }
  if (problems.length) {
    // `invalid option "a": …`, or `invalid options "a": …; "b": …`
    fail(
      `invalid option${problems[1] ? 's' : ''} ${problems.map(([p, r]) => `"${p}": ${r}`).join('; ')}`,
    );
  }
  const resolved: Record<string, unknown> = { ...DEFAULTS };
  // An option given as undefined keeps its default.
  for (const key in options) if (options[key] !== undefined) resolved[key] = options[key];
  const retentionMs = parseDuration(resolved['retention']);
  delete resolved['retention'];
  if (retentionMs) resolved['retentionMs'] = retentionMs;
  return resolved as ResolvedOptions;
}

/** Validates `identify()` arguments; throws `Touchpoint: invalid identify() "userId": …`. */
export function checkIdentify(userId: unknown, traits: unknown): void {
  const problem = name(userId, 'userId') ?? userTraits(traits, 'traits') ?? serialisable(traits);
  if (problem) explain('identify()', problem);
}

/** Traits travel in every record's JSON: a BigInt or a cycle would fail only at submit. */
const serialisable = (value: unknown): Problem | undefined => {
  try {
    JSON.stringify(value);
  } catch {
    return ['traits', 'must be serialisable as JSON'];
  }
};
