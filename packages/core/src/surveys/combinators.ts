/**
 * Combinators for survey definitions, in the style of `../validate.ts` (first problem wins) but
 * not importing its code: the survey runtime importing that module at runtime moves it into a
 * chunk shared with the SDK entry, which costs the entry ~270 B gzip (measured; over its size
 * ceiling). `check.conformance.test.ts` pins their behaviour to zod.
 *
 * A problem is an {@link Issue}: a path and a reason *code* with its details. The words are in
 * `reasons.ts`, imported only when a definition is invalid: valid definitions, the common case,
 * never download them.
 */
import type { Code } from './reasons.js';

/** What is wrong, and where: a dot path ('' for the value itself), a reason code, its details. */
export type Issue = [path: string, code: Code, ...details: unknown[]];
/** An issue, or a falsy value when there is none. */
export type Found = Issue | false | '' | undefined | void;
export type Check = (value: unknown, path: string) => Found;

/** `path.key`; `path` itself for the key ''. */
export const at = (path: string, key: string | number) =>
  path && key !== '' ? `${path}.${key}` : `${path}${key}`;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v == 'object' && v !== null && !Array.isArray(v);

/** Runs `check` on each of `items` in turn: the first issue. */
export const first = <T>(items: readonly T[], check: (item: T, index: number) => Found): Found => {
  let issue: Found;
  items.some((item, index) => (issue = check(item, index)));
  return issue;
};

/**
 * A value of one kind (`what`: its `typeof`, unless `is` says otherwise): `required` when
 * absent, `type` (must be {what}) when of another; then `rest` checks what is inside.
 */
export const typed =
  <T>(
    what: string,
    rest?: (v: T, p: string) => Found,
    is = (v: unknown): v is T => typeof v == what,
  ): Check =>
  (v, p) =>
    v === undefined ? [p, 'required'] : is(v) ? rest?.(v, p) : [p, 'type', what, v];

export const optional =
  (check: Check): Check =>
  (v, p) =>
    v !== undefined && check(v, p);

/** A string of `min` (0 or 1) to `max` characters, matching `pattern` when given. */
export const str = (min: 0 | 1, max: number, pattern?: RegExp, patternCode?: Code) =>
  typed<string>('string', (v, p) =>
    v.length < min
      ? [p, 'empty']
      : v.length > max
        ? [p, 'maxChars', max]
        : pattern?.test(v) === false && [p, patternCode!],
  );

/** A finite number within [min, max]; a safe integer when `int`. */
export const num = (min = -Infinity, max = Infinity, int = false) =>
  typed<number>('number', (v, p) =>
    !Number.isFinite(v)
      ? [p, 'finite']
      : int && !Number.isSafeInteger(v)
        ? [p, 'int']
        : v < min
          ? [p, 'min', min]
          : v > max && [p, 'max', max],
  );

export const bool = typed('boolean');

/** One of `values` (zod's `enum`: absent is not one of them either). */
export const member =
  (values: readonly string[]): Check =>
  (v, p) =>
    !values.includes(v as string) && [p, 'oneOf', values];

/**
 * An array of `item`s, `min` to `max` long. Items are checked before the length, as zod does
 * (its length checks do not run once an item failed), so the first problem is the same.
 */
export const list = (item: Check, min = 0, max = Infinity) =>
  typed<unknown[]>(
    'array',
    (v, p) =>
      first(v, (x, i) => item(x, at(p, i))) ||
      (v.length < min ? [p, 'minItems', min] : v.length > max && [p, 'maxItems', max]),
    Array.isArray,
  );

/**
 * A rule across the fields of an object, run once its shape is right (as zod's refinements): an
 * issue whose path is relative to the object ('' for the object itself).
 */
export type Rule<T> = (v: T) => Found;

/**
 * An object with these fields and no others (zod's `strictObject`), then its `rule`. Nested
 * objects stop at their first problem.
 */
export const strict = <T>(fields: Record<string, Check>, rule?: Rule<T>) =>
  typed<Record<string, unknown>>('object', (v, p) => objectIssues(fields, v, p, rule)[0], isObject);

/**
 * The issues of an object: each field's first (all fields when `every`, else only the first
 * field that has one), then its unknown keys (one is reported at its own path: a typo is a
 * problem of that key); its `rule` only when there was none.
 */
export function objectIssues<T>(
  fields: Record<string, Check>,
  v: Record<string, unknown>,
  p: string,
  rule?: Rule<T>,
  every = false,
): Issue[] {
  const issues: Issue[] = [];
  for (const k in fields) {
    const issue = fields[k]!(v[k], at(p, k));
    if (issue && issues.push(issue) && !every) return issues;
  }
  const extra = Object.keys(v).filter((k) => !Object.hasOwn(fields, k));
  if (extra.length)
    issues.push(extra[1] ? [p, 'unknownKeys', extra] : [at(p, extra[0]!), 'unknownKey']);
  const issue = !issues.length && rule?.(v as T);
  return issue ? [[at(p, issue[0]), ...issue.slice(1)] as Issue] : issues;
}

/**
 * RFC 3339 with seconds and `Z` or an offset, as zod's `iso.datetime({ offset: true })`. Its twin
 * in validate-delivery.ts says why there are two.
 */
const DATETIME =
  /^(\d{4})-(0[1-9]|1[0-2])-(\d\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export const datetime: Check = (v, p) => {
  const m = typeof v == 'string' ? DATETIME.exec(v) : null;
  // The day must exist in that month (leap years included): day 0 of the next month is the last.
  const last = new Date(0);
  if (m) last.setUTCFullYear(+m[1]!, +m[2]!, 0);
  return !(m && +m[3]! >= 1 && +m[3]! <= last.getUTCDate()) && [p, 'datetime'];
};
