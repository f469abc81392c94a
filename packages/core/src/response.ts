/**
 * From `tp.submit(input)` to a record: validate the caller's input, add what the SDK owns (id,
 * createdAt, attempt, user, context), and check the result is a valid, sendable record — so an
 * invalid answer is refused at submit with a clear Error instead of failing later in the outbox.
 */
import {
  describeIssue,
  ResponseRecordSchema,
  SubmitInputSchema,
  type ResponseRecord,
  type SubmitInput,
} from './schema.js';
import type { ResponseContext } from './context.js';

/** A record's JSON stays well under keepalive's 64 KiB budget and the batch byte cap. */
export const MAX_RECORD_BYTES = 32 * 1024;

export interface ResponseUser {
  id?: string;
  anonymousId: string;
  traits?: Record<string, unknown>;
}

export interface ResponseParts {
  id: string;
  now: number;
  user: ResponseUser;
  context: ResponseContext;
}

/** Validates `tp.submit()` input; throws `Touchpoint: invalid submit input "path": reason`. */
export function parseSubmitInput(input: unknown): SubmitInput {
  const parsed = SubmitInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

/**
 * Builds the record to store (attempt 0: never sent). Throws when the result would not pass
 * `ResponseRecordSchema` (a score out of range for its type) or cannot travel as JSON.
 */
export function buildResponse(input: SubmitInput, parts: ResponseParts): ResponseRecord {
  const user: ResponseUser = { anonymousId: parts.user.anonymousId };
  if (parts.user.id !== undefined) user.id = parts.user.id;
  user.traits = parts.user.traits ?? {};
  const draft: ResponseRecord = {
    id: parts.id,
    ...input,
    createdAt: new Date(parts.now).toISOString(),
    attempt: 0,
    user,
    context: parts.context,
  };

  let json: string;
  try {
    json = JSON.stringify(draft);
  } catch (error) {
    throw new Error(
      `Touchpoint: invalid submit input: not serialisable as JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > MAX_RECORD_BYTES) {
    throw new Error(
      `Touchpoint: invalid submit input: the record is ${bytes} bytes of JSON, more than ${MAX_RECORD_BYTES}`,
    );
  }
  // The JSON round trip is what the endpoint will see (no functions, no undefined, no Dates).
  const record = JSON.parse(json) as ResponseRecord;
  const parsed = ResponseRecordSchema.safeParse({ ...record, attempt: 1 });
  if (!parsed.success) throw invalidInput(parsed.error);
  return record;
}

function invalidInput(error: Parameters<typeof describeIssue>[0]): Error {
  const { path, message } = describeIssue(error);
  return new Error(
    path
      ? `Touchpoint: invalid submit input "${path}": ${message}`
      : `Touchpoint: invalid submit input: ${message}`,
  );
}
