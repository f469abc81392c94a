/**
 * Hand-written validators for the browser entry. `schema.ts` (zod) stays THE wire-format
 * definition; pulling zod into every page would cost ~9 kB gz, so the SDK checks options and
 * submit input here (records read back and ack bodies in `validate-delivery.ts`, which only the
 * lazy delivery chunk needs), and `validate.conformance.test.ts` runs one table through both
 * so they cannot drift apart.
 */
import { LIMITS, RESPONSE_TYPES, SCORE_RANGE, type ResponseType } from './wire.js';

/** What is wrong, and where: a dot path ('' for the value itself) and a reason. */
export type Problem = [path: string, reason: string];
export type Check = (value: unknown, path: string) => Problem | undefined;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v == 'object' && v !== null && !Array.isArray(v);

/** A plain object (what zod's `record` accepts): no class instances, Dates or Maps. */
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (!isObject(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === null || proto === Object.prototype;
};

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** `"a", "b" or "c"` */
export const quoteList = (values: readonly string[]): string =>
  values
    .map((v) => `"${v}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');

export const optional =
  (check: Check): Check =>
  (v, p) =>
    v === undefined ? undefined : check(v, p);

export const text =
  (max: number): Check =>
  (v, p) =>
    typeof v != 'string'
      ? [p, 'must be a string']
      : v.length > max
        ? [p, `must be at most ${max} characters`]
        : undefined;

/** A string of 1–200 characters (names and ids). */
export const name: Check = (v, p) => text(200)(v, p) ?? (v ? undefined : [p, 'must not be empty']);

/** A safe integer (what zod's `int()` accepts), optionally within [min, max]. */
export const integer =
  (min?: number, max?: number): Check =>
  (v, p) =>
    Number.isSafeInteger(v) && !((v as number) < min!) && !((v as number) > max!)
      ? undefined
      : [
          p,
          `must be an integer${min === undefined ? '' : max === undefined ? ` of at least ${min}` : ` from ${min} to ${max}`}`,
        ];

/** A function (the injectable clock, fetch, loaders). */
export const fn: Check = (v, p) => (typeof v == 'function' ? undefined : [p, 'must be a function']);

/** An http(s) URL, absolute or relative to the page. */
export const httpUrl: Check = (v, p) => {
  try {
    const url = new URL(v as string, (globalThis as Partial<typeof globalThis>).location?.href);
    if (typeof v == 'string' && v && /^https?:$/.test(url.protocol)) return;
  } catch {
    // Not a URL at all: the same reason.
  }
  return [p, 'must be an http(s) URL, absolute or relative to the page'];
};

export const oneOf =
  (values: readonly string[]): Check =>
  (v, p) =>
    values.includes(v as string) ? undefined : [p, `must be ${quoteList(values)}`];

/** A plain object; every key passes `key` when given. */
export const record =
  (key?: Check): Check =>
  (v, p) => {
    if (!isPlain(v)) return [p, 'must be an object'];
    for (const k in v) {
      const problem = key?.(k, at(p, k));
      if (problem) return problem;
    }
  };

/** An object with these fields (in this order: the first problem wins); other keys pass. */
export const shape =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (!isObject(v)) return [p, 'must be an object'];
    for (const k in fields) {
      const problem = fields[k]!(v[k], at(p, k));
      if (problem) return problem;
    }
  };

export const INPUT_FIELDS = {
  type: oneOf(RESPONSE_TYPES),
  surveyId: optional(text(LIMITS.surveyIdLength)),
  score: optional(integer()),
  comment: optional(text(LIMITS.commentLength)),
  data: optional(record()),
};

/** `tp.submit()` input, as `SubmitInputSchema`. */
export const checkInput = shape(INPUT_FIELDS);

/**
 * The type's score range (SPEC §5); of the wire checks only `checkRecord` applies it, like the
 * zod schemas, and `tp.submit()` adds it to `checkInput`.
 */
export function scoreInRange(r: { type: string; score?: number }): Problem | undefined {
  const range = SCORE_RANGE[r.type as ResponseType];
  if (r.score !== undefined && range && (r.score < range[0] || r.score > range[1])) {
    return ['score', 'score out of range for this type'];
  }
}

/** Throws `Touchpoint: <message>`: every Error of the SDK's API reads like this. */
export function fail(message: string): never {
  throw new Error(`Touchpoint: ${message}`);
}

/** Throws `Touchpoint: invalid <what> "path": reason` (or `…: reason` for the value itself). */
export function explain(what: string, [path, reason]: Problem): never {
  fail(`invalid ${what}${path ? ` "${path}"` : ''}: ${reason}`);
}
