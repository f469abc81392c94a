/**
 * `click` triggers (lazy, see ../triggers.ts): a click on, or inside, an element matching the CSS
 * selector. One delegated listener reads `composedPath()`, so elements in open shadow roots
 * count; clicks inside a survey never do.
 */
import type { KindWatch } from '../triggers.js';

export const watch: KindWatch = (surveys, page) =>
  document.addEventListener(
    'click',
    (event) => {
      const path = event.composedPath().filter((n): n is Element => n instanceof Element);
      if (path.some((element) => element.localName === 'tp-survey')) return;
      for (const survey of surveys) {
        const selector = survey.trigger!.click!;
        if (path.some((element) => matches(element, selector))) page.fire(survey, 'click');
      }
    },
    // Capture: a page handler that stops propagation must not hide the click from us.
    { capture: true, signal: page.signal },
  );

function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
