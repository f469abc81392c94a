import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The TCP peer address. Forwarding headers (X-Forwarded-For) are deliberately ignored: any client
 * can forge them to dodge the rate limit. Requests that did not come through a Node server
 * (`app.request()` in tests) share the key `unknown`.
 */
export function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
