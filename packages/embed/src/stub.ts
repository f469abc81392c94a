/**
 * The snippet stub (SPEC §6): before the loader arrives, a page may queue calls with
 * `window.touchpoint = window.touchpoint || []; touchpoint.push(['identify', 'user-42'])`.
 */
export type QueuedCall = [method: string, ...args: unknown[]];

/**
 * Invokes one queued call (`[method, ...args]`) on the SDK, now. Anything that is not such a call
 * is skipped. Unknown methods and failing calls are reported, never thrown: one bad line in a
 * host page's snippet must not stop the others.
 */
export function replay(target: object, call: unknown): void {
  if (!Array.isArray(call) || typeof call[0] != 'string') return;
  const [method, ...args] = call as QueuedCall;
  const fn = (target as Record<string, unknown>)[method];
  if (typeof fn != 'function' || method[0] == '_') {
    console.error(`Touchpoint: unknown method "${method}" in the queued calls`);
    return;
  }
  // The executor runs at once, so calls keep their order; a throw and a rejection are alike.
  new Promise((resolve) => resolve(fn.apply(target, args))).catch((err: unknown) =>
    console.error(`Touchpoint: ${method} failed`, err),
  );
}
