import type { ErrorBody } from '@touchpoint/core/schema';

/** Machine-readable error codes the collector answers with (`{"error":{"code",...}}`). */
export type ErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'invalid_batch'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'invalid_write_key'
  | 'rate_limited'
  | 'not_found'
  | 'method_not_allowed'
  | 'unauthorized'
  | 'not_built'
  | 'internal';

/** The JSON error body of SPEC §7. */
export function errorBody(code: ErrorCode, message: string, path?: string): ErrorBody {
  return { error: path === undefined ? { code, message } : { code, message, path } };
}

/** A JSON error response; `headers` for extras such as `Retry-After` or `Allow`. */
export function errorResponse(
  status: number,
  code: ErrorCode,
  message: string,
  options: { path?: string; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(errorBody(code, message, options.path)), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...options.headers,
    },
  });
}
