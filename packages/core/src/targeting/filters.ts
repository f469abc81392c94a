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
 */
import type { Filter } from '../surveys/definition.js';

export type FilterOp = Filter['op'];

/** Whether every filter passes (an empty or missing list passes). */
export function matchesAll(
  values: Readonly<Record<string, unknown>> | undefined,
  filters: readonly Filter[] | undefined,
): boolean {
  return (filters ?? []).every((filter) => matchesFilter(values ?? {}, filter));
}

/** Whether one filter passes for `values`. */
export function matchesFilter(values: Readonly<Record<string, unknown>>, filter: Filter): boolean {
  const actual = readKey(values, filter.key);
  const { value } = filter;
  switch (filter.op) {
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'notExists':
      return actual === undefined || actual === null;
    case 'eq':
      return actual !== undefined && same(actual, value);
    case 'neq':
      return actual === undefined || !same(actual, value);
    case 'in':
      return isIn(actual, value);
    case 'nin':
      return !isIn(actual, value);
    case 'gt':
      return compare(actual, value, (a, b) => a > b);
    case 'gte':
      return compare(actual, value, (a, b) => a >= b);
    case 'lt':
      return compare(actual, value, (a, b) => a < b);
    case 'lte':
      return compare(actual, value, (a, b) => a <= b);
    case 'contains':
      if (typeof actual === 'string') return typeof value === 'string' && actual.includes(value);
      return Array.isArray(actual) && actual.some((item) => same(item, value));
    default:
      return false;
  }
}

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

function isIn(actual: unknown, list: unknown): boolean {
  if (!Array.isArray(list) || actual === undefined) return false;
  if (Array.isArray(actual)) return actual.some((item) => list.some((v) => same(item, v)));
  return list.some((v) => same(actual, v));
}

function compare(
  actual: unknown,
  wanted: unknown,
  test: (a: number | string, b: number | string) => boolean,
): boolean {
  if (typeof actual === 'number' && typeof wanted === 'number') return test(actual, wanted);
  if (typeof actual === 'string' && typeof wanted === 'string') return test(actual, wanted);
  return false;
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
