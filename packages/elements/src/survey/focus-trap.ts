/**
 * Keeps Tab and Shift+Tab inside a modal container (WAI-ARIA APG "Dialog (Modal)"): from the last
 * tab stop Tab wraps to the first, from the first Shift+Tab wraps to the last; between them the
 * browser moves focus as usual.
 */

/**
 * What makes one tab stop: a radio group counts once (native radios by `name`, roving-tabindex
 * rating options by their radiogroup), anything else by itself.
 */
const stopOf = (element: Element | null): unknown =>
  element instanceof HTMLInputElement && element.type === 'radio' && element.name
    ? element.name
    : (element?.closest('[role="radiogroup"]') ?? element);

/**
 * The tab stops of `container` in document order: enabled, rendered, `tabIndex >= 0`; a group of
 * native radios is represented by its checked radio, else its first.
 */
export function tabStops(container: ParentNode): HTMLElement[] {
  const stops = new Map<unknown, HTMLElement>();
  for (const element of container.querySelectorAll<HTMLElement>(
    'button, input, textarea, select, a[href], [tabindex]',
  )) {
    if (element.tabIndex < 0 || element.matches(':disabled') || !element.getClientRects().length)
      continue;
    const stop = stopOf(element);
    if (!stops.has(stop) || (element as HTMLInputElement).checked) stops.set(stop, element);
  }
  return [...stops.values()];
}

/** Handles a Tab keydown inside `container` (a shadow root's dialog): wraps at the ends. */
export function trapTab(event: KeyboardEvent, container: HTMLElement | null): void {
  if (!container || event.altKey || event.ctrlKey || event.metaKey) return;
  const stops = tabStops(container);
  const keys = stops.map(stopOf);
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  const index = keys.indexOf(stopOf(active));
  const last = stops.length - 1;
  // Focus on something that is not a stop (the container, a message): re-enter at an end.
  const wrap = event.shiftKey
    ? index <= 0 && stops[last]
    : (index < 0 || index === last) && stops[0];
  if (wrap || !stops.length) event.preventDefault();
  if (wrap) wrap.focus();
}
