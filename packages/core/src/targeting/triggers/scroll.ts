/**
 * `scrollPercent` triggers (lazy, see ../triggers.ts): the first scroll that brings the bottom of
 * the viewport to that depth of the page, once per route. A page too short to scroll never
 * fires it.
 */
import type { KindWatch } from '../triggers.js';

/** How far down the page the bottom of the viewport is, 0–100. */
export function scrollDepth(scrollTop: number, viewportHeight: number, pageHeight: number): number {
  if (pageHeight <= 0) return 100;
  return Math.min(100, Math.max(0, ((scrollTop + viewportHeight) / pageHeight) * 100));
}

export const watch: KindWatch = (surveys, page) =>
  addEventListener(
    'scroll',
    () => {
      const root = document.scrollingElement ?? document.documentElement;
      const depth = scrollDepth(root.scrollTop, innerHeight, root.scrollHeight);
      for (const survey of surveys) {
        if (depth >= survey.trigger!.scrollPercent!) page.fire(survey, 'scroll', true);
      }
    },
    { passive: true, signal: page.signal },
  );
