/**
 * SPA route changes (SPEC §4: "SPA route changes via History API count"): `pushState` and
 * `replaceState` fire no event, so they are wrapped; `popstate` and `hashchange` are listened to.
 * Listeners hear each new URL once, after it is in `location`.
 *
 * The wrap is shared: installed when the first listener arrives and removed when the last one
 * leaves (so several SDK instances never stack wrappers). If other code wrapped `pushState` after
 * us, ours stays underneath, inert, rather than tearing theirs off.
 */
type Listener = (href: string) => void;

const listeners = new Set<Listener>();
let uninstall: (() => void) | undefined;
let lastHref = '';

/** Calls `listener(href)` after every URL change; returns a function that stops it. */
export function watchNavigation(listener: Listener): () => void {
  listeners.add(listener);
  if (!uninstall) uninstall = install();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && uninstall) {
      uninstall();
      uninstall = undefined;
    }
  };
}

function notify(): void {
  const href = location.href;
  if (href === lastHref) return;
  lastHref = href;
  for (const listener of [...listeners]) {
    try {
      listener(href);
    } catch (error) {
      console.error('Touchpoint: a navigation listener threw', error);
    }
  }
}

function install(): () => void {
  lastHref = location.href;
  const { history } = window;
  const originals = { pushState: history.pushState, replaceState: history.replaceState };
  const wrappers = {} as typeof originals;
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = originals[name];
    wrappers[name] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      if (uninstall) notify();
      return result;
    };
    history[name] = wrappers[name];
  }
  window.addEventListener('popstate', notify);
  window.addEventListener('hashchange', notify);
  return () => {
    for (const name of ['pushState', 'replaceState'] as const) {
      if (history[name] === wrappers[name]) history[name] = originals[name];
    }
    window.removeEventListener('popstate', notify);
    window.removeEventListener('hashchange', notify);
  };
}
