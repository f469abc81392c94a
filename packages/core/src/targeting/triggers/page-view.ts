/**
 * `pageView` triggers (lazy, see ../triggers.ts): the current URL, on start and after every SPA
 * navigation, matches `pageView.url` (see ../url-match.ts).
 */
import type { KindWatch } from '../triggers.js';
import { matchUrl } from '../url-match.js';

export const watch: KindWatch = (surveys, page) => (href) => {
  for (const survey of surveys) {
    const view = survey.trigger!.pageView!;
    if (matchUrl(href, view.url, view.match)) page.fire(survey, 'pageView');
  }
};
