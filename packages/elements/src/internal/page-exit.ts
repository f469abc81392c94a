import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Why a pending answer is being saved before the user finished. */
export type ExitReason = 'hidden' | 'pagehide' | 'removed';

/**
 * Calls `onExit` when the user may be leaving before finishing: the page becomes hidden (tab switch,
 * app switch, mobile close — often the last event a page gets), the page is unloaded, or the host is
 * removed from the document. Components use it to save a chosen score instead of losing it.
 *
 * Removal is checked a microtask later: moving an element (disconnect + connect in the same task)
 * is not a removal.
 */
export class PageExitController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onExit: (reason: ExitReason) => void;

  constructor(host: ReactiveControllerHost & HTMLElement, onExit: (reason: ExitReason) => void) {
    this.#host = host;
    this.#onExit = onExit;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this);
    addEventListener('pagehide', this);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this);
    removeEventListener('pagehide', this);
    queueMicrotask(() => this.#host.isConnected || this.#onExit('removed'));
  }

  /** One listener object for both page events (EventListener interface). */
  handleEvent({ type }: Event): void {
    if (type === 'pagehide') this.#onExit(type);
    else if (document.visibilityState === 'hidden') this.#onExit('hidden');
  }
}
