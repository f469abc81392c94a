/**
 * `exitIntent` triggers (lazy, see ../triggers.ts): the pointer leaves the window through the top
 * edge, once per route. Desktop only: devices whose primary pointer cannot hover never fire it.
 */
import type { KindWatch } from '../triggers.js';

/** A `mouseout` that leaves the window through the top edge. */
export const isExitIntent = (event: { relatedTarget: EventTarget | null; clientY: number }) =>
  event.relatedTarget === null && event.clientY <= 0;

export const watch: KindWatch = (surveys, page) => {
  if (!(page.canHover ?? matchMedia('(hover: hover)').matches)) return;
  document.addEventListener(
    'mouseout',
    (event) => {
      if (isExitIntent(event)) for (const survey of surveys) page.fire(survey, 'exitIntent', true);
    },
    { signal: page.signal },
  );
};
