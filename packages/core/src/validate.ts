/**
 * Hand-written validators for the browser entry. `schema.ts` (zod) stays THE wire-format
 * definition; pulling zod into every page would cost ~9 kB gz, so the SDK checks submit input,
 * records read back and ack bodies here, and `validate.conformance.test.ts` runs one table
 * through both so they cannot drift apart.
 */
import { ACK_STATUSES, LIMITS, RESPONSE_TYPES, SCORE_RANGE, type ResponseType } from './wire.js';

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
  (max: number, pattern?: RegExp, patternReason = 'has the wrong format'): Check =>
  (v, p) =>
    typeof v != 'string'
      ? [p, 'must be a string']
      : v.length > max
        ? [p, `must be at most ${max} characters`]
        : pattern && !pattern.test(v)
          ? [p, patternReason]
          : undefined;

/** A safe integer (what zod's `int()` accepts), optionally within [min, max]. */
export const integer =
  (min?: number, max?: number): Check =>
  (v, p) =>
    Number.isSafeInteger(v) &&
    (min === undefined || (v as number) >= min) &&
    !((v as number) > max!)
      ? undefined
      : [
          p,
          min === undefined
            ? 'must be an integer'
            : max === undefined
              ? `must be an integer of at least ${min}`
              : `must be an integer from ${min} to ${max}`,
        ];

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** RFC 3339 with seconds and `Z` or an offset, as zod's `iso.datetime({ offset: true })`. */
const DATETIME =
  /^(\d{4})-(0[1-9]|1[0-2])-(\d\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const datetime: Check = (v, p) => {
  const m = typeof v == 'string' ? DATETIME.exec(v) : null;
  // The day must exist in that month (leap years included): day 0 of the next month is the last.
  const last = new Date(0);
  if (m) last.setUTCFullYear(+m[1]!, +m[2]!, 0);
  return m && +m[3]! >= 1 && +m[3]! <= last.getUTCDate()
    ? undefined
    : [p, 'must be an ISO date-time'];
};

const INPUT_FIELDS = {
  type: oneOf(RESPONSE_TYPES),
  surveyId: optional(text(LIMITS.surveyIdLength)),
  score: optional(integer()),
  comment: optional(text(LIMITS.commentLength)),
  data: optional(record()),
};

/** `tp.submit()` input, as `SubmitInputSchema`. */
export const checkInput = shape(INPUT_FIELDS);

const short = (max: number) => optional(text(max));

const RECORD = shape({
  id: text(36, UUID, 'must be a UUID'),
  ...INPUT_FIELDS,
  createdAt: datetime,
  attempt: integer(1),
  user: optional(
    shape({ id: short(200), anonymousId: short(200), traits: optional(record(text(200))) }),
  ),
  context: optional(
    shape({
      url: short(LIMITS.urlLength),
      referrer: short(LIMITS.urlLength),
      locale: short(64),
      userAgent: short(512),
      sdk: short(64),
    }),
  ),
});

/** A record on the wire, as `ResponseRecordSchema`, score range included. */
export const checkRecord: Check = (v, p) =>
  RECORD(v, p) ?? scoreInRange(v as { type: string; score?: number });

/** The type's score range (SPEC §5); only `checkRecord` applies it, like the zod schemas. */
export function scoreInRange(r: { type: string; score?: number }): Problem | undefined {
  const range = SCORE_RANGE[r.type as ResponseType];
  if (r.score !== undefined && range && (r.score < range[0] || r.score > range[1])) {
    return ['score', 'score out of range for this type'];
  }
}

/** A per-record acknowledgement body, as `AckSchema`. */
export const checkAck = shape({
  results: (v, p) => {
    if (!Array.isArray(v)) return [p, 'must be an array'];
    const result = shape({
      id: text(Infinity),
      status: oneOf(ACK_STATUSES),
      error: optional(text(Infinity)),
    });
    for (let i = 0; i < v.length; i++) {
      const problem = result(v[i], `${p}.${i}`);
      if (problem) return problem;
    }
  },
});

/** `Touchpoint: invalid <what> "path": reason` (or `…: reason` for the value itself). */
export const explain = (what: string, [path, reason]: Problem): string =>
  `Touchpoint: invalid ${what}${path ? ` "${path}"` : ''}: ${reason}`;
