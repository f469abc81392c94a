/**
 * The wire checks only delivery needs — records read back from the outbox and acknowledgement
 * bodies — apart from `validate.ts`, so they travel in the lazily loaded delivery chunk and not
 * in the core entry. Pinned to the zod schemas by `validate.conformance.test.ts`.
 */
import {
  INPUT_FIELDS,
  integer,
  oneOf,
  optional,
  record,
  scoreInRange,
  shape,
  text,
  type Check,
} from './validate.js';
import { ACK_STATUSES } from './wire-ack.js';
import { LIMITS } from './wire.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** RFC 3339 with seconds and `Z` or an offset, as zod's `iso.datetime({ offset: true })`. */
// The same RFC 3339 test as surveys/combinators.ts `datetime` (which returns an issue code, not
// words). Kept twice on purpose: one module shared by the delivery and survey chunks would be a
// chunk of its own, one more request for each. Both are pinned to zod by conformance tests.
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

const short = (max: number) => optional(text(max));

const RECORD = shape({
  id: (v, p) => text(36)(v, p) ?? (UUID.test(v as string) ? undefined : [p, 'must be a UUID']),
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
