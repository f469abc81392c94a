import { BatchEnvelopeSchema, describeIssue } from '@touchpoint/core/schema';
import type { Hono } from 'hono';
import type { CollectorDeps } from '../deps.js';
import { clientIp } from '../http/client-ip.js';
import { errorResponse } from '../http/errors.js';
import { isJsonContentType, parseJson, readBodyText } from '../http/json-body.js';
import { checkRateLimit } from '../http/rate-limiter.js';
import { ingestBatch } from '../ingest/ingest-batch.js';

/** The write key a body names, for rate limiting before the envelope is validated. */
function claimedWriteKey(body: unknown): string {
  const key = (body as { writeKey?: unknown } | null)?.writeKey;
  return typeof key === 'string' ? key.slice(0, 200) : '';
}

/** `POST /v1/responses` (SPEC §5): validate, store idempotently, acknowledge per record. */
export function registerResponses(app: Hono, { config, store, limiter }: CollectorDeps): void {
  app.post('/v1/responses', async (c) => {
    if (!isJsonContentType(c.req.header('content-type'))) {
      return errorResponse(415, 'unsupported_media_type', 'Send the batch as application/json.');
    }
    const body = await readBodyText(c.req.raw);
    if (!body.ok) return body.response;
    const json = parseJson(body.text);

    // Every request counts, even malformed ones, so garbage cannot be sent at an unlimited rate.
    const limited = checkRateLimit(
      limiter,
      clientIp(c),
      json.ok ? claimedWriteKey(json.value) : '',
    );
    if (limited) return limited;

    if (!json.ok) {
      return errorResponse(400, 'invalid_json', `The body is not valid JSON: ${json.message}`);
    }
    const envelope = BatchEnvelopeSchema.safeParse(json.value);
    if (!envelope.success) {
      const { path, message } = describeIssue(envelope.error);
      return errorResponse(400, 'invalid_batch', `Not a batch (SPEC §5): ${message}`, { path });
    }
    const writeKey = envelope.data.writeKey ?? null;
    if (config.writeKeys && (writeKey === null || !config.writeKeys.has(writeKey))) {
      return errorResponse(
        401,
        'invalid_write_key',
        writeKey === null ? 'This collector requires a writeKey.' : 'Unknown writeKey.',
        { path: 'writeKey' },
      );
    }
    const results = await ingestBatch(
      envelope.data.batch,
      { writeKey, receivedAt: new Date(config.now()).toISOString() },
      store,
    );
    return c.json({ results }, 200, { 'Cache-Control': 'no-store' });
  });

  app.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/v1/responses', () =>
    errorResponse(405, 'method_not_allowed', 'Use POST.', { headers: { Allow: 'POST, OPTIONS' } }),
  );
}
