/**
 * The snippet stub (SPEC §6): before the loader arrives, a page may queue calls with
 * `window.touchpoint = window.touchpoint || []; touchpoint.push(['identify', 'user-42'])`.
 */
export type QueuedCall = [method: string, ...args: unknown[]];

/** Calls queued on a stub, in order; anything that is not a stub yields nothing. */
export function queuedCalls(stub: unknown): QueuedCall[] {
  if (!Array.isArray(stub)) return [];
  return stub.filter(
    (call): call is QueuedCall => Array.isArray(call) && typeof call[0] === 'string',
  );
}

/**
 * Invokes one queued call on the SDK. Unknown methods and throwing calls are reported, never
 * thrown: one bad line in a host page's snippet must not stop the others.
 */
export function replay(target: object, call: QueuedCall): void {
  const [method, ...args] = call;
  const fn = (target as Record<string, unknown>)[method];
  if (typeof fn !== 'function' || method.startsWith('_')) {
    console.error(`Touchpoint: unknown method "${method}" in the queued calls`);
    return;
  }
  try {
    const result = (fn as (...a: unknown[]) => unknown).apply(target, args);
    if (result instanceof Promise) {
      result.catch((err: unknown) => console.error(`Touchpoint: ${method} failed`, err));
    }
  } catch (err) {
    console.error(`Touchpoint: ${method} failed`, err);
  }
}
