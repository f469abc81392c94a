import type { Context, Hono } from 'hono';
import { ADMIN_HEADERS, isAdmin } from '../admin/admin-auth.js';
import { csvRow } from '../admin/csv.js';
import type { CollectorDeps } from '../deps.js';
import { errorResponse } from '../http/errors.js';
import type { ResponseFilter, StoredResponse } from '../store/response-store.js';

const CSV_COLUMNS = [
  'id',
  'type',
  'survey_id',
  'score',
  'comment',
  'user_id',
  'anonymous_id',
  'created_at',
  'received_at',
  'write_key',
  'data',
  'context',
] as const;

function csvLine(r: StoredResponse): string {
  return csvRow([
    r.id,
    r.type,
    r.surveyId,
    r.score,
    r.comment,
    r.userId,
    r.anonymousId,
    r.createdAt,
    r.receivedAt,
    r.writeKey,
    r.data,
    r.context,
  ]);
}

function jsonItem(r: StoredResponse): string {
  return JSON.stringify({
    id: r.id,
    type: r.type,
    surveyId: r.surveyId,
    score: r.score,
    comment: r.comment,
    data: r.data === null ? null : (JSON.parse(r.data) as unknown),
    user: { id: r.userId, anonymousId: r.anonymousId },
    createdAt: r.createdAt,
    receivedAt: r.receivedAt,
    writeKey: r.writeKey,
    context: r.context === null ? null : (JSON.parse(r.context) as unknown),
  });
}

/** Streams head, one piece per response, then tail, reading the store page by page. */
function streamExport(
  pages: AsyncIterable<StoredResponse[]>,
  head: string,
  item: (r: StoredResponse, index: number) => string,
  tail: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let index = 0;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(head));
      }
      const next = await iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((r) => item(r, index++)).join('')));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** `GET /export.csv` and `GET /export.json` (admin only), optionally `?survey=<id>`. */
export function registerExport(app: Hono, { config, store }: CollectorDeps): void {
  const guard = (c: Context) =>
    isAdmin(c, config)
      ? null
      : errorResponse(
          401,
          'unauthorized',
          'Sign in at /login or send Authorization: Bearer <admin token>.',
          {
            headers: { 'WWW-Authenticate': 'Bearer' },
          },
        );
  const filterOf = (c: Context): ResponseFilter => {
    const survey = c.req.query('survey');
    return survey ? { surveyId: survey } : {};
  };
  const stamp = () => new Date(config.now()).toISOString().slice(0, 10);

  app.get('/export.csv', (c) => {
    const denied = guard(c);
    if (denied) return denied;
    const body = streamExport(store.pages(filterOf(c)), csvRow([...CSV_COLUMNS]), csvLine, '');
    return new Response(body, {
      headers: {
        ...ADMIN_HEADERS,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="touchpoint-responses-${stamp()}.csv"`,
      },
    });
  });

  app.get('/export.json', (c) => {
    const denied = guard(c);
    if (denied) return denied;
    const body = streamExport(
      store.pages(filterOf(c)),
      '{"responses":[',
      (r, i) => (i ? ',' : '') + jsonItem(r),
      ']}',
    );
    return new Response(body, {
      headers: {
        ...ADMIN_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="touchpoint-responses-${stamp()}.json"`,
      },
    });
  });
}
