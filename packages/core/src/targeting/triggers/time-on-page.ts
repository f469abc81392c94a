/**
 * `timeOnPageMs` triggers (lazy, see ../triggers.ts): that long on the current route, once per
 * route; an SPA navigation starts the count again.
 */
import type { KindWatch } from '../triggers.js';

export const watch: KindWatch = (surveys, page) => {
  let timers: Array<ReturnType<typeof setTimeout>> = [];
  const clear = () => timers.forEach(clearTimeout);
  page.signal.addEventListener('abort', clear);
  return () => {
    clear();
    timers = surveys.map((survey) =>
      setTimeout(() => page.fire(survey, 'timeOnPage', true), survey.trigger!.timeOnPageMs),
    );
  };
};
