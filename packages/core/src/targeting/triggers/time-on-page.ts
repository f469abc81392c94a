/**
 * `timeOnPageMs` triggers (lazy, see ../triggers.ts): that long on the current route, once per
 * route; an SPA navigation starts the count again. Only time the page is visible counts (as
 * "seconds on page" does in PostHog and Formbricks): a background tab pauses the count, and it
 * resumes where it was when the tab is shown again; a page that starts hidden starts counting
 * when first shown.
 */
import type { KindWatch } from '../triggers.js';

export const watch: KindWatch = (surveys, page) => {
  let timers: Array<ReturnType<typeof setTimeout>> = [];
  /** Visible time on this route before the current visible stretch. */
  let counted = 0;
  /** When the current visible stretch began; undefined while hidden. */
  let since: number | undefined;
  const pause = () => {
    timers.forEach(clearTimeout);
    if (since !== undefined) counted += performance.now() - since;
    since = undefined;
  };
  const resume = () => {
    if (since !== undefined || document.visibilityState != 'visible') return;
    since = performance.now();
    // A survey that already fired on this route is not fired again (`once`).
    timers = surveys.map((survey) =>
      setTimeout(
        () => page.fire(survey, 'timeOnPage', true),
        survey.trigger!.timeOnPageMs! - counted,
      ),
    );
  };
  document.addEventListener(
    'visibilitychange',
    () => (document.visibilityState == 'visible' ? resume : pause)(),
    { signal: page.signal },
  );
  page.signal.addEventListener('abort', pause);
  return () => {
    pause();
    counted = 0;
    resume();
  };
};
