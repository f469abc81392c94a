import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps Tab and Shift+Tab inside a modal container (WAI-ARIA APG "Dialog (Modal)"): from the last
 * tab stop Tab wraps to the first, from the first Shift+Tab wraps to the last. Listens on the host,
 * so it works for a container inside the host's shadow root.
 */
export interface FocusTrapOptions {
  /** The element focus stays in. */
  container(): HTMLElement | null | undefined;
  /** Whether the trap is in force now (e.g. only while a popover is open). */
  active(): boolean;
}

const FOCUSABLE = 'button, input, textarea, select, a[href], [tabindex]';

/** True when `a` and `b` are one tab stop: the same element, or radios of one group. */
export function sameTabStop(a: Element | null, b: Element | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  if (a instanceof HTMLInputElement && b instanceof HTMLInputElement) {
    return a.type === 'radio' && b.type === 'radio' && a.name !== '' && a.name === b.name;
  }
  // Roving-tabindex radio groups (rating scales): one stop per radiogroup.
  const group = a.getAttribute('role') === 'radio' ? a.closest('[role="radiogroup"]') : null;
  return group !== null && b.getAttribute('role') === 'radio' && group.contains(b);
}

/**
 * The tab stops of `container` in document order: enabled, rendered, `tabIndex >= 0`; a group of
 * native radios counts once, represented by its checked radio, else its first.
 */
export function tabStops(container: ParentNode): HTMLElement[] {
  const stops: HTMLElement[] = [];
  for (const element of container.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (element.tabIndex < 0 || element.matches(':disabled')) continue;
    if (element.getClientRects().length === 0) continue;
    const previous = stops.findIndex((stop) => sameTabStop(stop, element));
    if (previous < 0) stops.push(element);
    else if ((element as HTMLInputElement).checked) stops[previous] = element;
  }
  return stops;
}

export class FocusTrapController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: FocusTrapOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FocusTrapOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const container = this.options.container();
    if (!container || !this.options.active()) return;
    const stops = tabStops(container);
    const first = stops[0];
    const last = stops[stops.length - 1];
    const current = (container.getRootNode() as Document | ShadowRoot).activeElement;
    const index = stops.findIndex((stop) => sameTabStop(stop, current));
    // Focus on something that is not a stop (the container, a message): re-enter at an end.
    const wrap =
      index < 0
        ? event.shiftKey
          ? last
          : first
        : event.shiftKey
          ? index === 0
            ? last
            : null
          : index === stops.length - 1
            ? first
            : null;
    if (stops.length === 0) {
      event.preventDefault();
      return;
    }
    if (!wrap) return;
    event.preventDefault();
    wrap.focus();
  };
}
