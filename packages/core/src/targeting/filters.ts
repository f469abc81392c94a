/**
 * Property filters (SPEC §4): on a tracked event's properties (`trigger.properties`) and on user
 * traits (`audience.traits`). Pure: `(values, filter) → boolean`.
 *
 * - `eq` / `neq`: strict equality for numbers, strings, booleans and null (`"42"` is not `42`);
 *   arrays and plain objects compare by value. A missing key is never `eq` and always `neq`.
 * - `in` / `nin`: the value is (not) one of the list; when the property is itself a list, any
 *   shared element counts as "in".
 * - `gt` / `gte` / `lt` / `lte`: both numbers, or both strings (compared as text, which orders
 *   ISO dates correctly); anything else is false.
 * - `exists` / `notExists`: present and not null.
 * - `contains`: a string property contains the text; a list property has the element.
 * - `key` reads a top-level property; when there is none, a dotted key walks into objects
 *   (`company.size`).
 *
 * Lazy in the survey runtime: imported only when a loaded definition has `trigger.properties`
 * (by triggers.ts) or `audience.traits` (with the presenter).
 */
import type { Filter, Trigger } from '../surveys/definition.js';

export type FilterOp = Filter['op'];

/** Whether every filter passes (an empty or missing list passes). */
export function matchesAll(
  values: Readonly<Record<string, unknown>> | undefined,
  filters: readonly Filter[] | undefined,
): boolean {
  return (filters ?? []).every((filter) => matchesFilter(values ?? {}, filter));
}

/** Whether `track(name, properties)` fires `trigger`: its event, with every property filter. */
export const eventMatches = (
  trigger: Trigger | undefined,
  name: string,
  properties: Readonly<Record<string, unknown>> | undefined,
): boolean => trigger?.event === name && matchesAll(properties, trigger.properties);

type Op = (actual: unknown, value: unknown) => boolean;

/** Both numbers, or both strings (compared as text, which orders ISO dates correctly). */
const ordered =
  (test: (a: number | string, b: number | string) => boolean): Op =>
  (a, b) =>
    typeof a == typeof b &&
    (typeof a == 'number' || typeof a == 'string') &&
    test(a as number, b as number);

const isIn: Op = (actual, list) =>
  Array.isArray(list) &&
  actual !== undefined &&
  (Array.isArray(actual) ? actual : [actual]).some((item) => list.some((v) => same(item, v)));

const OPS: Record<FilterOp, Op> = {
  exists: (a) => a != null,
  notExists: (a) => a == null,
  eq: (a, v) => a !== undefined && same(a, v),
  neq: (a, v) => a === undefined || !same(a, v),
  in: isIn,
  nin: (a, v) => !isIn(a, v),
  gt: ordered((a, b) => a > b),
  gte: ordered((a, b) => a >= b),
  lt: ordered((a, b) => a < b),
  lte: ordered((a, b) => a <= b),
  contains: (a, v) =>
    typeof a == 'string'
      ? typeof v == 'string' && a.includes(v)
      : Array.isArray(a) && a.some((item) => same(item, v)),
};

/** Whether one filter passes for `values`. */
export const matchesFilter = (values: Readonly<Record<string, unknown>>, filter: Filter): boolean =>
  !!OPS[filter.op]?.(readKey(values, filter.key), filter.value);

function readKey(values: Readonly<Record<string, unknown>>, key: string): unknown {
  if (Object.hasOwn(values, key)) return values[key];
  if (!key.includes('.')) return undefined;
  let current: unknown = values;
  for (const part of key.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) =>
        Object.hasOwn(b, key) &&
        same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
