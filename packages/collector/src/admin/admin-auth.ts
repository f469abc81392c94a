import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { CollectorConfig } from '../options.js';
import { SESSION_COOKIE, bearerToken, isValidSession, secretsEqual } from './session.js';

/** The strict policy of every admin page: same-origin files only, no framing. */
export const ADMIN_CSP =
  "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

/** Headers for admin responses: CSP, no sniffing, no caching of private data, no referrer. */
export const ADMIN_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': ADMIN_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** True for a valid session cookie or an `Authorization: Bearer <admin token>` header. */
export function isAdmin(c: Context, config: CollectorConfig): boolean {
  const bearer = bearerToken(c.req.header('authorization'));
  if (bearer !== undefined) return secretsEqual(bearer, config.adminToken);
  return isValidSession(config.adminToken, getCookie(c, SESSION_COOKIE), config.now());
}
