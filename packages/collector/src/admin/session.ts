import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The admin session cookie. */
export const SESSION_COOKIE = 'tp_admin';
/** How long a dashboard login lasts. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/**
 * Compares two secrets in constant time. Both are hashed first so inputs of different lengths
 * (which `timingSafeEqual` refuses) take the same path and leak no length either.
 */
export function secretsEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

function signature(adminToken: string, expiresAt: number): string {
  return createHmac('sha256', adminToken).update(`admin-session:${expiresAt}`).digest('hex');
}

/**
 * A stateless session value `<expiresAt>.<HMAC-SHA256(adminToken, 'admin-session:' + expiresAt)>`.
 * Stateless so collectors behind a load balancer share logins; changing the admin token ends
 * every session.
 */
export function createSessionValue(adminToken: string, now: number): string {
  const expiresAt = now + SESSION_TTL_MS;
  return `${expiresAt}.${signature(adminToken, expiresAt)}`;
}

/** True when `value` was made by `createSessionValue` with this token and has not expired. */
export function isValidSession(
  adminToken: string,
  value: string | undefined,
  now: number,
): boolean {
  const match = /^(\d{1,16})\.([0-9a-f]{64})$/.exec(value ?? '');
  if (!match) return false;
  const expiresAt = Number(match[1]);
  if (!(expiresAt > now)) return false;
  return secretsEqual(signature(adminToken, expiresAt), match[2]!);
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
