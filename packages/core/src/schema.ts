/**
 * The wire format (SPEC §5) as zod schemas. Types are inferred from these; never duplicated.
 * `zod/mini` keeps the browser bundle small; the collector validates with these same schemas.
 */
import * as z from 'zod/mini';
import { ACK_STATUSES } from './wire-ack.js';
import { LIMITS, RESPONSE_TYPES, SCORE_RANGE } from './wire.js';

export { ACK_STATUSES, type AckStatus } from './wire-ack.js';
export { LIMITS, RESPONSE_TYPES, type ResponseType } from './wire.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const shortString = (max: number) => z.string().check(z.maxLength(max));
const traits = z.record(z.string().check(z.maxLength(200)), z.unknown());

/** Who answered. `anonymousId` is generated and persisted by the SDK. */
export const UserSchema = z.object({
  id: z.optional(shortString(200)),
  anonymousId: z.optional(shortString(200)),
  traits: z.optional(traits),
});

/** Where and with what the answer was given. */
export const ContextSchema = z.object({
  url: z.optional(shortString(LIMITS.urlLength)),
  referrer: z.optional(shortString(LIMITS.urlLength)),
  locale: z.optional(shortString(64)),
  userAgent: z.optional(shortString(512)),
  sdk: z.optional(shortString(64)),
});

/** One answer = one record. */
export const ResponseRecordSchema = z
  .object({
    id: z.string().check(z.regex(UUID_RE, 'must be a UUID')),
    type: z.enum(RESPONSE_TYPES),
    surveyId: z.optional(shortString(LIMITS.surveyIdLength)),
    score: z.optional(z.number().check(z.int())),
    comment: z.optional(shortString(LIMITS.commentLength)),
    data: z.optional(z.record(z.string(), z.unknown())),
    createdAt: z.iso.datetime({ offset: true }),
    attempt: z.number().check(z.int(), z.gte(1)),
    user: z.optional(UserSchema),
    context: z.optional(ContextSchema),
  })
  .check(
    z.refine(
      (r) => {
        const range = SCORE_RANGE[r.type];
        if (r.score === undefined || !range) return true;
        return r.score >= range[0] && r.score <= range[1];
      },
      { message: 'score out of range for this type', path: ['score'] },
    ),
  );
export type ResponseRecord = z.infer<typeof ResponseRecordSchema>;

/** The body POSTed to the endpoint. */
export const BatchSchema = z.object({
  writeKey: z.optional(shortString(200)),
  sentAt: z.iso.datetime({ offset: true }),
  batch: z.array(ResponseRecordSchema).check(z.minLength(1), z.maxLength(LIMITS.batchRecords)),
});
export type Batch = z.infer<typeof BatchSchema>;

/**
 * The envelope alone, records left unparsed: the collector checks this first, then each record on
 * its own, so one bad record is rejected while the rest of the batch is accepted.
 */
export const BatchEnvelopeSchema = z.object({
  writeKey: z.optional(shortString(200)),
  sentAt: z.optional(z.string()),
  batch: z.array(z.unknown()).check(z.minLength(1), z.maxLength(LIMITS.batchRecords)),
});

/** Per-record acknowledgement body (2xx). */
export const AckSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      status: z.enum(ACK_STATUSES),
      error: z.optional(z.string()),
    }),
  ),
});
export type Ack = z.infer<typeof AckSchema>;

/** What a caller passes to `tp.submit()`; the SDK adds id, createdAt, attempt, user, context. */
export const SubmitInputSchema = z.object({
  type: z.enum(RESPONSE_TYPES),
  surveyId: z.optional(shortString(LIMITS.surveyIdLength)),
  score: z.optional(z.number().check(z.int())),
  comment: z.optional(shortString(LIMITS.commentLength)),
  data: z.optional(z.record(z.string(), z.unknown())),
});
export type SubmitInput = z.infer<typeof SubmitInputSchema>;

/** Collector error body. */
export interface ErrorBody {
  error: { code: string; message: string; path?: string };
}

/** Formats the first zod issue as `path: message` for error messages and dead letters. */
export function describeIssue(error: {
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>;
}): {
  path: string;
  message: string;
} {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  return { path, message: issue ? issue.message : 'invalid' };
}
