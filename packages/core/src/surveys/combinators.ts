/**
 * Combinators for survey definitions, in the style of `../validate.ts` (same `Check` and
 * `Problem` types, same first-problem-wins order) but not importing its code: the survey runtime
 * importing that module at runtime moves it into a chunk shared with the SDK entry, which costs
 * the entry ~270 B gzip (measured; over its size ceiling). `isObject`, `optional`, the field loop
 * and the date-time check are therefore small copies here; `check.conformance.test.ts` pins their behaviour to zod.
 */
import type { Check, Problem } from '../validate.js';

export const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v == 'object' && v !== null && !Array.isArray(v);

export const optional =
  (check: Check): Check =>
  (v, p) =>
    v === undefined ? undefined : check(v, p);

/** Every check in turn on the same value: the first problem wins (a shape, then its rules). */
export const all =
  (...checks: Check[]): Check =>
  (v, p) => {
    for (const check of checks) {
      const problem = check(v, p);
      if (problem) return problem;
    }
  };

/** `a "string"`, `an array`, `null`: what a value is, for "must be X, not Y" reasons. */
export const typeName = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'an array'
      : /^[aeiou]/.test(typeof v)
        ? `an ${typeof v}`
        : `a ${typeof v}`;

/**
 * An array of `item`s, `min` to `max` long. Items are checked before the length, as zod does
 * (its length checks do not run once an item failed), so the first problem is the same.
 */
export const list =
  (item: Check, min = 0, max = Infinity): Check =>
  (v, p) => {
    if (!Array.isArray(v))
      return [p, v === undefined ? 'required' : `must be an array, not ${typeName(v)}`];
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], at(p, String(i)));
      if (problem) return problem;
    }
    if (v.length < min) return [p, `must have at least ${min} item${min == 1 ? '' : 's'}`];
    if (v.length > max) return [p, `must have at most ${max} item${max == 1 ? '' : 's'}`];
  };

/**
 * The keys of `v` that `fields` does not name, as one problem (zod's `strictObject`): one
 * unknown key is reported at its own path (a typo is a problem of that key), several at `p`.
 */
export const unknownKeys = (
  fields: Record<string, Check>,
  v: Record<string, unknown>,
  p: string,
): Problem | undefined => {
  const extra = Object.keys(v).filter((k) => !Object.hasOwn(fields, k));
  if (extra.length == 1) return [at(p, extra[0]!), 'unknown key'];
  if (extra.length) return [p, `unknown keys ${extra.map((k) => `"${k}"`).join(', ')}`];
};

/** The first problem among `fields` of `v`, in their order. */
function fieldProblem(fields: Record<string, Check>, v: Record<string, unknown>, p: string) {
  for (const k in fields) {
    const problem = fields[k]!(v[k], at(p, k));
    if (problem) return problem;
  }
}

/** An object with these fields and no others (zod's `strictObject`); "required" when absent. */
export const strict =
  (fields: Record<string, Check>): Check =>
  (v, p) =>
    v === undefined
      ? [p, 'required']
      : !isObject(v)
        ? [p, `must be an object, not ${typeName(v)}`]
        : (fieldProblem(fields, v, p) ?? unknownKeys(fields, v, p));

/** RFC 3339 with seconds and `Z` or an offset, as zod's `iso.datetime({ offset: true })`. */
const DATETIME =
  /^(\d{4})-(0[1-9]|1[0-2])-(\d\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export const datetime =
  (reason: string): Check =>
  (v, p) => {
    const m = typeof v == 'string' ? DATETIME.exec(v) : null;
    // The day must exist in that month (leap years included): day 0 of the next month is the last.
    const last = new Date(0);
    if (m) last.setUTCFullYear(+m[1]!, +m[2]!, 0);
    return m && +m[3]! >= 1 && +m[3]! <= last.getUTCDate() ? undefined : [p, reason];
  };
