/** One POST of a batch body, bounded in time. */

/** A request with no complete answer in this time is abandoned and retried later (SPEC §3). */
export const REQUEST_TIMEOUT_MS = 10_000;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface TransportRequest {
  url: string;
  body: string;
  headers?: Record<string, string>;
  /** Lets the request outlive the page (page hide); the body must stay under 64 KiB. */
  keepalive?: boolean;
  timeoutMs?: number;
  /** Aborts the request (instance destroyed). */
  signal?: AbortSignal;
  fetch?: FetchLike;
}

export type TransportResult =
  { ok: true; status: number; headers: Headers; bodyText: string } | { ok: false; error: string };

/** POSTs JSON; never throws: network errors, timeouts and aborts come back as `{ok: false}`. */
export async function postJson(request: TransportRequest): Promise<TransportResult> {
  const doFetch = request.fetch ?? globalThis.fetch;
  const timeoutMs = request.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  request.signal?.addEventListener('abort', onAbort);
  if (request.signal?.aborted) controller.abort();
  try {
    const response = await doFetch(request.url, {
      method: 'POST',
      // Content-Type last so configured headers cannot turn the body into something else.
      headers: { ...request.headers, 'Content-Type': 'application/json' },
      body: request.body,
      keepalive: request.keepalive ?? false,
      signal: controller.signal,
    });
    // The body is read under the same timeout: a reply that stalls mid-body is no answer.
    const bodyText = await response.text();
    return { ok: true, status: response.status, headers: response.headers, bodyText };
  } catch (error) {
    if (timedOut) return { ok: false, error: `no answer within ${timeoutMs} ms` };
    if (controller.signal.aborted) return { ok: false, error: 'aborted' };
    return {
      ok: false,
      error: `network error: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }
}
