import { errorResponse } from './errors.js';

/** 1 MiB: the largest request body the collector reads (SPEC §7). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** True for `application/json` and `application/<something>+json`, with any parameters. */
export function isJsonContentType(header: string | null | undefined): boolean {
  if (!header) return false;
  const mediaType = header.split(';')[0]!.trim().toLowerCase();
  return mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType);
}

export type JsonBodyResult = { ok: true; text: string } | { ok: false; response: Response };

/**
 * Reads a request body as UTF-8 text, refusing more than `maxBytes`. The declared
 * `Content-Length` is checked first (cheap refusal), then the bytes actually streamed are
 * counted, since a chunked body declares no length.
 */
export async function readBodyText(
  request: Request,
  maxBytes = MAX_BODY_BYTES,
): Promise<JsonBodyResult> {
  const tooLarge = () => ({
    ok: false as const,
    response: errorResponse(
      413,
      'payload_too_large',
      `The request body is larger than ${maxBytes} bytes; send smaller batches.`,
      // Stop reading the rest of an oversized upload; the client must reconnect.
      { headers: { Connection: 'close' } },
    ),
  });
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return tooLarge();
  if (!request.body) return { ok: true, text: '' };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      response: errorResponse(400, 'invalid_json', 'The request body is not valid UTF-8.'),
    };
  }
}

/** Parses JSON text; on failure returns the parser's message instead of throwing. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'invalid JSON' };
  }
}
