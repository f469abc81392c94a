import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Radio-group keyboard behaviour for rating scales (WAI-ARIA APG "Radio Group"): one tab stop
 * (roving tabindex), arrows move focus *and* selection and wrap, Home/End jump to the ends,
 * left/right follow the visual direction in RTL, Enter/Space confirm. Works for any scale size;
 * tp-nps, tp-csat and tp-ces share it.
 *
 * The host renders the radios (`role="radio"` in its shadow root, in scale order, with
 * `tabindex=${group.tabIndexFor(i)}`) and owns the value; the controller listens on the host, so
 * templates bind no handlers.
 */
export interface RatingGroupOptions {
  /**
   * Index of the checked radio, or -1 when nothing is chosen. Needed by {@link
   * RatingGroupController.tabIndexFor} and {@link RatingGroupController.focus} only.
   */
  selectedIndex?(): number;
  /** The user chose the radio at `index` (click, arrow keys, Home/End, Enter/Space). */
  select(index: number): void;
  /** The user confirmed the radio at `index` with Enter or Space (after `select`). */
  commit?(index: number): void;
  /** While true, the group ignores input. */
  disabled?(): boolean;
}

/** Keys the group handles; anything else passes through. */
export type RatingKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * Where a navigation key moves in a group of `count` radios from `current`, or `null` when the key
 * is not a navigation key. Left/right mirror in RTL because the scale is laid out mirrored; up/down
 * always mean previous/next.
 */
export function nextIndex(
  key: string,
  current: number,
  count: number,
  rtl: boolean,
): number | null {
  const from = Math.max(current, 0);
  const delta = {
    ArrowDown: 1,
    ArrowUp: -1,
    ArrowRight: rtl ? -1 : 1,
    ArrowLeft: rtl ? 1 : -1,
    Home: -from,
    End: count - 1 - from,
  }[key];
  // typeof: a key named like an Object.prototype member must not count.
  return count > 0 && typeof delta === 'number' ? (((from + delta) % count) + count) % count : null;
}

/** The single tab stop: the checked radio, else the first (APG). */
export function tabStopIndex(selected: number, count: number): number {
  return selected >= 0 && selected < count ? selected : 0;
}

export class RatingGroupController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RatingGroupOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RatingGroupOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this);
    this.#host.addEventListener('click', this);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this);
    this.#host.removeEventListener('click', this);
  }

  /** The radios in scale order. */
  #radios(): HTMLElement[] {
    return [...(this.#host.shadowRoot?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])];
  }

  #selected(): number {
    return this.#options.selectedIndex?.() ?? -1;
  }

  /**
   * `tabindex` for the radio at `index` of the `count` being rendered: 0 for the one tab stop, -1
   * for the rest.
   */
  tabIndexFor(index: number, count: number): 0 | -1 {
    return index === tabStopIndex(this.#selected(), count) ? 0 : -1;
  }

  /** Focuses the group's tab stop (checked radio, else the first). */
  focus(options?: FocusOptions): void {
    const radios = this.#radios();
    radios[tabStopIndex(this.#selected(), radios.length)]?.focus(options);
  }

  /** Click and keydown on the host (EventListener interface: one listener object for both). */
  handleEvent(event: KeyboardEvent): void {
    const options = this.#options;
    const radios = this.#radios();
    // The radio the event came from, through the shadow boundary.
    const radio = event.composedPath().find((node) => radios.includes(node as HTMLElement));
    const index = radios.indexOf(radio as HTMLElement);
    if (index < 0 || options.disabled?.()) return;
    if (event.type === 'click') return options.select(index);
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    if (key === 'Enter' || key === ' ') {
      // Prevents the button's own synthetic click (Enter on keydown, Space on keyup).
      event.preventDefault();
      options.select(index);
      options.commit?.(index);
      return;
    }
    const next = nextIndex(
      key,
      index,
      radios.length,
      getComputedStyle(radio as Element).direction === 'rtl',
    );
    if (next === null) return;
    event.preventDefault();
    options.select(next);
    radios[next]!.focus();
  }
}
