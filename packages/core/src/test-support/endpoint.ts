/**
 * Test support (not shipped): the scriptable loopback endpoint of the test server
 * (test/support/endpoint-middleware.mjs) and small waiting helpers.
 */

export interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
}

export interface LoggedRequest {
  body: { writeKey?: string; sentAt: string; batch: Array<Record<string, unknown>> } & Record<
    string,
    unknown
  >;
  headers: Record<string, string>;
  status: number;
}

/** A name unique to this test run, for endpoints and databases. */
export const uniqueName = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The endpoint URL the SDK posts to. */
export const endpointUrl = (name: string): string => `/__endpoint/${name}`;

/** Queues replies; once they are used up the endpoint acks every record. */
export async function scriptEndpoint(name: string, replies: ScriptedReply[]): Promise<void> {
  const response = await fetch(`/__endpoint/${name}/script`, {
    method: 'POST',
    body: JSON.stringify(replies),
  });
  if (!response.ok) throw new Error(`scripting ${name} failed: ${response.status}`);
}

/** Every request the endpoint received, oldest first. */
export async function endpointLog(name: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/__endpoint/${name}/log`);
  return (await response.json()) as LoggedRequest[];
}

/** Polls until `check` is truthy; fails with `what` after `timeoutMs`. */
export async function until(
  check: () => unknown | Promise<unknown>,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const start = performance.now();
  for (;;) {
    if (await check()) return;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
