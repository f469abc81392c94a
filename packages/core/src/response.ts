/**
 * From `tp.submit(input)` to a record: validate the caller's input, add what the SDK owns (id,
 * createdAt, attempt, user, context), and refuse what could not be sent — so an invalid answer is
 * rejected at submit with a clear Error instead of failing later in the outbox.
 */
import type { ResponseContext } from './context.js';
import type { ResponseRecord, SubmitInput } from './schema.js';
import { checkInput, explain, fail, INPUT_FIELDS, scoreInRange } from './validate.js';

/** A record's JSON stays well under keepalive's 64 KiB budget and the batch byte cap. */
export const MAX_RECORD_BYTES = 32 * 1024;

export interface ResponseUser {
  id?: string;
  anonymousId: string;
  traits: Record<string, unknown>;
}

export interface ResponseParts {
  id: string;
  now: number;
  user: ResponseUser;
  context: ResponseContext;
}

/**
 * Validates `tp.submit()` input (its keys only, like `SubmitInputSchema`, plus the type's score
 * range); throws `Touchpoint: invalid submit input "path": reason`.
 */
export function parseSubmitInput(input: unknown): SubmitInput {
  const problem = checkInput(input, '') ?? scoreInRange(input as SubmitInput);
  if (problem) explain('submit input', problem);
  const parsed: Record<string, unknown> = {};
  for (const key in INPUT_FIELDS) {
    const value = (input as Record<string, unknown>)[key];
    if (value !== undefined) parsed[key] = value;
  }
  return parsed as SubmitInput;
}

/**
 * Builds the record to store (attempt 0: never sent) as the endpoint will see it: the JSON round
 * trip drops functions, undefined and Dates. Throws when it cannot travel as JSON or is too large.
 */
export function buildResponse(input: SubmitInput, parts: ResponseParts): ResponseRecord {
  let json: string;
  try {
    json = JSON.stringify({
      id: parts.id,
      ...input,
      createdAt: new Date(parts.now).toISOString(),
      attempt: 0,
      user: parts.user,
      context: parts.context,
    });
  } catch (error) {
    fail(`invalid submit input: not serialisable as JSON (${String(error)})`);
  }
  // Measured in bytes only when the characters could exceed the cap (up to 3 bytes each).
  const bytes = json.length * 3 > MAX_RECORD_BYTES ? new TextEncoder().encode(json).length : 0;
  if (bytes > MAX_RECORD_BYTES) {
    fail(
      `invalid submit input: the record is ${bytes} bytes of JSON, more than ${MAX_RECORD_BYTES}`,
    );
  }
  return JSON.parse(json) as ResponseRecord;
}
