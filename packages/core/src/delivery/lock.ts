/**
 * One tab flushes at a time: a Web Lock per database, taken only if free — a tab that finds it
 * taken leaves the shared outbox to the holder. Where Web Locks do not exist the lease
 * (lease.ts) alone serialises flushes.
 */

/**
 * Runs `fn` under the named lock if it is free, telling it whether a Web Lock is held; resolves
 * undefined when another holder has it. `name` null (a memory outbox) runs `fn` without a lock.
 */
export async function withFlushLock<T>(
  name: string | null,
  fn: (webLocked: boolean) => Promise<T>,
): Promise<T | undefined> {
  const locks = typeof navigator != 'undefined' ? navigator.locks : undefined;
  if (!name || !locks) return fn(false);
  return locks.request(name, { ifAvailable: true }, (lock) => (lock ? fn(true) : undefined));
}
