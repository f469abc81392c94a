import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Radio-group keyboard behaviour for rating scales (WAI-ARIA APG "Radio Group"): one tab stop
 * (roving tabindex), arrows move focus *and* selection and wrap, Home/End jump to the ends,
 * left/right follow the visual direction in RTL, Enter/Space confirm. Works for any scale size;
 * tp-nps, tp-csat and tp-ces share it.
 *
 * The host renders the radios (with `tabindex=${group.tabIndexFor(i)}`) and owns the value; the
 * controller listens on the host, so templates bind no handlers.
 */
export interface RatingGroupOptions {
  /** The radios in scale order (usually a query on the host's render root). */
  radios(): HTMLElement[];
  /** Index of the checked radio, or -1 when nothing is chosen. */
  selectedIndex(): number;
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
  if (count <= 0) return null;
  const from = current < 0 ? 0 : current;
  const step = (delta: number) => (((from + delta) % count) + count) % count;
  switch (key) {
    case 'ArrowDown':
      return step(1);
    case 'ArrowUp':
      return step(-1);
    case 'ArrowRight':
      return step(rtl ? -1 : 1);
    case 'ArrowLeft':
      return step(rtl ? 1 : -1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The single tab stop: the checked radio, else the first (APG). */
export function tabStopIndex(selected: number, count: number): number {
  return selected >= 0 && selected < count ? selected : 0;
}

export class RatingGroupController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: RatingGroupOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RatingGroupOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
    this.host.addEventListener('click', this.onClick);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.host.removeEventListener('click', this.onClick);
  }

  /** `tabindex` for the radio at `index`: 0 for the one tab stop, -1 for the rest. */
  tabIndexFor(index: number): 0 | -1 {
    const count = this.options.radios().length || Number.POSITIVE_INFINITY;
    return index === tabStopIndex(this.options.selectedIndex(), count) ? 0 : -1;
  }

  /** Focuses the group's tab stop (checked radio, else the first). */
  focus(options?: FocusOptions): void {
    const radios = this.options.radios();
    radios[tabStopIndex(this.options.selectedIndex(), radios.length)]?.focus(options);
  }

  /** Index of the radio an event came from (through the shadow boundary), or -1. */
  private indexOf(event: Event): number {
    const radios = this.options.radios();
    for (const node of event.composedPath()) {
      if (node === this.host) break;
      const index = radios.indexOf(node as HTMLElement);
      if (index >= 0) return index;
    }
    return -1;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const index = this.indexOf(event);
    if (index < 0 || this.options.disabled?.()) return;
    this.options.select(index);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = this.indexOf(event);
    if (index < 0 || this.options.disabled?.()) return;
    const radios = this.options.radios();

    if (event.key === 'Enter' || event.key === ' ') {
      // Prevents the button's own synthetic click (Enter on keydown, Space on keyup).
      event.preventDefault();
      this.options.select(index);
      this.options.commit?.(index);
      return;
    }

    const radio = radios[index];
    const rtl = radio !== undefined && getComputedStyle(radio).direction === 'rtl';
    const next = nextIndex(event.key, index, radios.length, rtl);
    if (next === null) return;
    event.preventDefault();
    this.options.select(next);
    radios[next]?.focus();
  };
}
