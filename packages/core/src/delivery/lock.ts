/**
 * One tab flushes at a time: a Web Lock per database, taken only if free — a tab that finds it
 * taken leaves the shared outbox to the holder. (An IndexedDB lease as a safety net for browsers
 * without Web Locks comes later; without them every tab may flush, which ids make idempotent.)
 */

export type LockResult<T> = { acquired: true; value: T } | { acquired: false };

/** Runs `fn` under the named lock if it is free; `name` null runs it without a lock. */
export async function withFlushLock<T>(
  name: string | null,
  fn: () => Promise<T>,
): Promise<LockResult<T>> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!name || !locks) return { acquired: true, value: await fn() };
  return locks.request(name, { ifAvailable: true }, async (lock): Promise<LockResult<T>> => {
    if (!lock) return { acquired: false };
    return { acquired: true, value: await fn() };
  });
}
