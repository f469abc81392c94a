import { ResponseRecordSchema, describeIssue, type Ack } from '@touchpoint/core/schema';
import type { NewResponse, ResponseStore } from '../store/response-store.js';
import { toNewResponse, type ReceiptMeta } from './to-new-response.js';

export type AckResult = Ack['results'][number];

/** `path: message` for a failed record, or the message alone when the record itself is wrong. */
function rejection(error: Parameters<typeof describeIssue>[0]): string {
  const { path, message } = describeIssue(error);
  return path ? `${path}: ${message}` : message;
}

/**
 * Validates each record on its own and stores the valid ones in one transaction. Returns one ack
 * per record, in the order received: `accepted` (new), `duplicate` (id already stored, also
 * within this batch) or `rejected` with the failing field path.
 */
export async function ingestBatch(
  records: readonly unknown[],
  meta: ReceiptMeta,
  store: ResponseStore,
): Promise<AckResult[]> {
  const results: AckResult[] = [];
  const valid: { index: number; response: NewResponse }[] = [];
  records.forEach((raw, index) => {
    const parsed = ResponseRecordSchema.safeParse(raw);
    if (parsed.success) {
      results.push({ id: parsed.data.id, status: 'accepted' });
      valid.push({ index, response: toNewResponse(parsed.data, raw, meta) });
    } else {
      const id = (raw as { id?: unknown } | null)?.id;
      results.push({
        id: typeof id === 'string' ? id : '',
        status: 'rejected',
        error: rejection(parsed.error),
      });
    }
  });
  const outcomes = await store.insertBatch(valid.map((v) => v.response));
  outcomes.forEach((outcome, i) => {
    if (outcome === 'duplicate') results[valid[i]!.index]!.status = 'duplicate';
  });
  return results;
}
