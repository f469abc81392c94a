/**
 * Reads a POSTed batch the way the reference collector does (SPEC §5, §7): the envelope first,
 * then each record on its own against the wire schema, so one invalid record is `rejected` with
 * its field path while the others are accepted.
 */
import { BatchEnvelopeSchema, ResponseRecordSchema, describeIssue } from '@touchpoint/core/schema';
import type { RecordKey } from './faults.js';

export interface ParsedRecord {
  key: RecordKey;
  valid: boolean;
  error?: string;
}

export function parseBatch(
  raw: Buffer,
): { ok: true; writeKey?: string; records: ParsedRecord[] } | { ok: false; message: string } {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return { ok: false, message: 'the body is not JSON' };
  }
  const envelope = BatchEnvelopeSchema.safeParse(body);
  if (!envelope.success) {
    const { path, message } = describeIssue(envelope.error);
    return { ok: false, message: `${path}: ${message}` };
  }
  const records = envelope.data.batch.map((value): ParsedRecord => {
    const candidate = value as { id?: unknown; comment?: unknown };
    const key: RecordKey = {
      id: typeof candidate.id === 'string' ? candidate.id : '',
      ...(typeof candidate.comment === 'string' ? { comment: candidate.comment } : {}),
    };
    const record = ResponseRecordSchema.safeParse(value);
    if (record.success) return { key, valid: true };
    const { path, message } = describeIssue(record.error);
    return { key, valid: false, error: `${path}: ${message}` };
  });
  return {
    ok: true,
    ...(envelope.data.writeKey === undefined ? {} : { writeKey: envelope.data.writeKey }),
    records,
  };
}
