/**
 * What the page-bound trigger kinds share (lazy, see ../triggers.ts): the SPA navigation watch
 * (../navigation.ts, in this chunk), route starts, and "at most once per route". Imported with
 * the kind modules, only when a loaded definition uses one of them: pages whose surveys have
 * `event` or delay triggers only never download it.
 */
import type { SurveyDefinition } from '../../surveys/definition.js';
import { watchNavigation } from '../navigation.js';
import type { FiredKind, KindWatch, Page } from '../triggers.js';

/**
 * Starts each kind's `watch` on its surveys. `fire` offers a survey (after its `delayMs`);
 * `routeChanged` drops the offers still waiting for theirs.
 */
export function watchPage(
  kinds: Array<[KindWatch, SurveyDefinition[]]>,
  fire: (survey: SurveyDefinition, kind: FiredKind) => void,
  routeChanged: () => void,
  signal: AbortSignal,
  canHover?: boolean,
): void {
  const firedOnRoute = new Set<string>();
  const page: Page = {
    fire(survey, kind, once) {
      if (once && firedOnRoute.has(survey.id)) return;
      if (once) firedOnRoute.add(survey.id);
      fire(survey, kind);
    },
    signal,
    canHover,
  };
  const routeStarts = kinds.flatMap(([watch, surveys]) => watch(surveys, page) ?? []);
  const startRoute = (href: string) => {
    for (const start of routeStarts) start(href);
  };
  const stop = watchNavigation((href) => {
    firedOnRoute.clear();
    routeChanged();
    startRoute(href);
  });
  signal.addEventListener('abort', stop);
  startRoute(location.href);
}
