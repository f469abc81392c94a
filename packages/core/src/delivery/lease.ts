/**
 * The lease: one record in the `meta` store saying which tab drains the shared outbox and until
 * when. Web Locks serialise flushes where they exist, and the browser frees a crashed leader's
 * lock at once; the lease is the safety net: without Web Locks it alone serialises flushes (a
 * readwrite transaction is an atomic compare-and-set), and an expired lease may be taken over, so
 * a crashed leader's records are sent by another tab. The same record carries what every tab must
 * honour: the queue-wide retry window (a server's Retry-After holds for all tabs and survives a
 * reload) and the ids a page-hide keepalive request may still be carrying.
 */

export const LEASE_KEY = 'lease';
/** A lease lasts this long unless renewed: longer than one request may take (10 s). */
export const LEASE_MS = 15_000;
/** Before each request the lease is renewed if less than this remains. */
export const RENEW_MS = 11_000;

export interface Lease {
  /** The tab (SDK instance) draining. */
  owner: string;
  /** Wall-clock ms; 0 once released. */
  expiresAt: number;
  /** No automatic send before this (wall-clock ms): backoff or Retry-After. */
  notBefore: number;
  /** The window is the server's Retry-After: `flush()` waits too. */
  server: boolean;
  /** Consecutive failed attempts, for the backoff exponent. */
  failures: number;
  /** Ids a keepalive request may still be carrying (its page may be gone), until `sendingUntil`. */
  sending?: string[];
  sendingUntil?: number;
}

export type LeaseDecision = { take: true } | { take: false; waitMs: number };

/**
 * Whether `me` may drain now. Another tab's live lease means wait — unless this tab holds the Web
 * Lock, which proves that tab stopped. A retry window means wait; `force` (`flush()`, back
 * online) skips a backoff window, never a server's Retry-After.
 */
export function decideLease(
  lease: Lease | undefined,
  me: string,
  now: number,
  webLocked: boolean,
  force: boolean,
): LeaseDecision {
  if (lease && lease.owner != me && lease.expiresAt > now && !webLocked) {
    return { take: false, waitMs: lease.expiresAt - now };
  }
  if (lease && lease.notBefore > now && (lease.server || !force)) {
    return { take: false, waitMs: lease.notBefore - now };
  }
  return { take: true };
}

/** Ids a keepalive request may still be carrying at `now`: not to be sent again yet. */
export const inFlight = (lease: Lease | undefined, now: number): Set<string> =>
  new Set(lease?.sendingUntil && lease.sendingUntil > now ? lease.sending : []);
