/**
 * What wakes the flusher besides a submit: coming back online, the page becoming visible again,
 * and a periodic timer while records wait. Leaving the page (hidden, or page hide) tries one
 * keepalive request.
 */
import type { Flusher } from './flusher.js';

/** Listens until `signal` aborts. */
export function listenForFlushTriggers(
  flusher: Pick<Flusher, 'wake' | 'sendOnPageHide'>,
  intervalMs: number,
  signal: AbortSignal,
): void {
  const interval = setInterval(() => flusher.wake('interval'), intervalMs);
  signal.addEventListener('abort', () => clearInterval(interval));
  if (typeof window === 'undefined' || typeof document === 'undefined') return;
  window.addEventListener('online', () => flusher.wake('online'), { signal });
  document.addEventListener(
    'visibilitychange',
    () => {
      // Mobile browsers may never fire pagehide when an app is swiped away; hidden is the last
      // reliable moment.
      if (document.visibilityState === 'visible') flusher.wake('visible');
      else flusher.sendOnPageHide();
    },
    { signal },
  );
  window.addEventListener('pagehide', () => flusher.sendOnPageHide(), { signal });
}
