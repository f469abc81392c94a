/**
 * Wire-format constants (SPEC §5) with no zod import, shared by the zod schemas (`schema.ts`, the
 * collector's validation) and the browser's hand-written validators (`validate.ts`), so both read
 * one definition and the browser entry stays free of zod.
 */

/** Response types on the wire. */
export const RESPONSE_TYPES = ['nps', 'csat', 'ces', 'feedback', 'chat', 'event'] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];

/** Upper bounds that keep one record well inside the collector's 1 MiB body limit. */
export const LIMITS = {
  surveyIdLength: 200,
  commentLength: 5000,
  urlLength: 2048,
  batchRecords: 500,
} as const;

/** Score ranges per type: NPS 0–10, CSAT 1–7 (scales 2/3/5/7), CES 1–7. */
export const SCORE_RANGE: Partial<Record<ResponseType, readonly [number, number]>> = {
  nps: [0, 10],
  csat: [1, 7],
  ces: [1, 7],
};

// The acknowledgement statuses are in wire-ack.ts: only the delivery chunk needs them.
