/**
 * Triggers (SPEC §4 `trigger`): *when* a survey is offered to the scheduler. One listener of each
 * kind serves every survey, and nothing is listened to that no survey needs.
 *
 * - `event`: `tp.track(name, properties)` with `name === trigger.event` and every
 *   `trigger.properties` filter passing.
 * - `pageView`: the current URL on start and after every SPA navigation (see navigation.ts)
 *   matches `pageView.url` (see url-match.ts).
 * - `click`: a click on, or inside, an element matching the CSS selector (a delegated listener
 *   that reads `composedPath()`, so elements in open shadow roots count; clicks inside a survey
 *   never do).
 * - `scrollPercent`: the first scroll that brings the bottom of the viewport to that depth of
 *   the page. A page too short to scroll never fires it.
 * - `exitIntent`: the pointer leaves the window through the top edge (desktop only: devices
 *   whose primary pointer cannot hover never fire it).
 * - `timeOnPageMs`: that long on the current page; an SPA navigation starts the count again.
 * - `delayMs` alone: that long after the SDK started, whatever the route. With another kind,
 *   `delayMs` postpones the offer; page-bound kinds (all but `event`) drop a postponed offer
 *   when the route changes, because the page it was about is gone.
 * - `manual`, or no trigger: only `tp.show(id)` (or an inline `<tp-survey survey-id>`).
 *
 * Per route, `scrollPercent`, `exitIntent` and `timeOnPageMs` fire at most once; frequency rules
 * decide whether the survey is actually shown.
 */
import type { SurveyDefinition, Trigger } from '../surveys/definition.js';
import { matchesAll } from './filters.js';
import { watchNavigation } from './navigation.js';
import type { ShowReason } from './scheduler.js';
import { matchUrl } from './url-match.js';

export type TriggerKind = Exclude<ShowReason, 'show'> | 'manual';

/** The kind of a trigger (definitions are validated to have at most one). */
export function triggerKind(trigger: Trigger | undefined): TriggerKind {
  if (!trigger) return 'manual';
  if (trigger.event !== undefined) return 'event';
  if (trigger.pageView !== undefined) return 'pageView';
  if (trigger.click !== undefined) return 'click';
  if (trigger.scrollPercent !== undefined) return 'scroll';
  if (trigger.exitIntent) return 'exitIntent';
  if (trigger.timeOnPageMs !== undefined) return 'timeOnPage';
  if (trigger.manual) return 'manual';
  if (trigger.delayMs !== undefined) return 'delay';
  return 'manual';
}

/** Whether `track(name, properties)` fires `trigger`. */
export function eventMatches(
  trigger: Trigger | undefined,
  name: string,
  properties: Readonly<Record<string, unknown>> | undefined,
): boolean {
  return trigger?.event === name && matchesAll(properties, trigger.properties);
}

/** How far down the page the bottom of the viewport is, 0–100. */
export function scrollDepth(scrollTop: number, viewportHeight: number, pageHeight: number): number {
  if (pageHeight <= 0) return 100;
  return Math.min(100, Math.max(0, ((scrollTop + viewportHeight) / pageHeight) * 100));
}

/** A `mouseout` that leaves the window through the top edge. */
export const isExitIntent = (event: { relatedTarget: EventTarget | null; clientY: number }) =>
  event.relatedTarget === null && event.clientY <= 0;

export interface TriggerOptions {
  surveys: readonly SurveyDefinition[];
  /** A trigger fired (after its `delayMs`). */
  fire: (survey: SurveyDefinition, reason: Exclude<ShowReason, 'show'>) => void;
  /** Whether the primary pointer hovers (exit intent needs one). Default: `(hover: hover)`. */
  canHover?: boolean;
}

export interface TriggerWatcher {
  /** Feeds `event` triggers. */
  track(name: string, properties?: Readonly<Record<string, unknown>>): void;
  /** Removes every listener and timer, and the History API wrap when it was the last user. */
  destroy(): void;
}

const PAGE_BOUND: ReadonlySet<TriggerKind> = new Set([
  'pageView',
  'click',
  'scroll',
  'exitIntent',
  'timeOnPage',
]);

/** Starts watching the triggers of `surveys`. */
export function watchTriggers(options: TriggerOptions): TriggerWatcher {
  const byKind = new Map<TriggerKind, SurveyDefinition[]>();
  for (const survey of options.surveys) {
    const kind = triggerKind(survey.trigger);
    byKind.set(kind, [...(byKind.get(kind) ?? []), survey]);
  }
  const of = (kind: TriggerKind) => byKind.get(kind) ?? [];
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const cleanups: Array<() => void> = [() => lifetime.abort()];

  // Offers waiting for their `delayMs`, and timers that belong to the current route.
  const delayed = new Map<string, { timer: ReturnType<typeof setTimeout>; pageBound: boolean }>();
  let pageTimers: Array<ReturnType<typeof setTimeout>> = [];
  let firedOnPage = new Set<string>();

  const fire = (survey: SurveyDefinition, kind: Exclude<TriggerKind, 'manual'>) => {
    const delayMs = kind === 'delay' ? 0 : (survey.trigger?.delayMs ?? 0);
    if (delayMs <= 0) return options.fire(survey, kind);
    if (delayed.has(survey.id)) return;
    const timer = setTimeout(() => {
      delayed.delete(survey.id);
      options.fire(survey, kind);
    }, delayMs);
    delayed.set(survey.id, { timer, pageBound: PAGE_BOUND.has(kind) });
  };
  const fireOncePerPage = (survey: SurveyDefinition, kind: Exclude<TriggerKind, 'manual'>) => {
    if (firedOnPage.has(survey.id)) return;
    firedOnPage.add(survey.id);
    fire(survey, kind);
  };

  const startPage = (href: string) => {
    for (const survey of of('pageView')) {
      const view = survey.trigger?.pageView;
      if (view && matchUrl(href, view.url, view.match)) fire(survey, 'pageView');
    }
    for (const survey of of('timeOnPage')) {
      const ms = survey.trigger?.timeOnPageMs ?? 0;
      pageTimers.push(setTimeout(() => fireOncePerPage(survey, 'timeOnPage'), ms));
    }
  };
  const leavePage = () => {
    for (const timer of pageTimers) clearTimeout(timer);
    pageTimers = [];
    firedOnPage = new Set();
    for (const [id, pending] of delayed) {
      if (!pending.pageBound) continue;
      clearTimeout(pending.timer);
      delayed.delete(id);
    }
  };
  cleanups.push(leavePage, () => {
    for (const pending of delayed.values()) clearTimeout(pending.timer);
    delayed.clear();
  });

  if (usesRoutes(byKind)) {
    cleanups.push(
      watchNavigation((href) => {
        leavePage();
        startPage(href);
      }),
    );
  }

  for (const survey of of('delay')) {
    const timer = setTimeout(() => options.fire(survey, 'delay'), survey.trigger?.delayMs ?? 0);
    cleanups.push(() => clearTimeout(timer));
  }

  if (of('click').length) {
    document.addEventListener(
      'click',
      (event) => {
        const path = event.composedPath().filter((n): n is Element => n instanceof Element);
        if (path.some((element) => element.localName === 'tp-survey')) return;
        for (const survey of of('click')) {
          const selector = survey.trigger?.click ?? '';
          if (path.some((element) => safeMatches(element, selector))) fire(survey, 'click');
        }
      },
      // Capture: a page handler that stops propagation must not hide the click from us.
      { capture: true, signal },
    );
  }

  if (of('scroll').length) {
    const onScroll = () => {
      const root = document.scrollingElement ?? document.documentElement;
      const depth = scrollDepth(root.scrollTop, window.innerHeight, root.scrollHeight);
      for (const survey of of('scroll')) {
        if (depth >= (survey.trigger?.scrollPercent ?? 0)) fireOncePerPage(survey, 'scroll');
      }
    };
    window.addEventListener('scroll', onScroll, { passive: true, signal });
  }

  const canHover = options.canHover ?? window.matchMedia?.('(hover: hover)').matches !== false;
  if (of('exitIntent').length && canHover) {
    document.addEventListener(
      'mouseout',
      (event) => {
        if (!isExitIntent(event)) return;
        for (const survey of of('exitIntent')) fireOncePerPage(survey, 'exitIntent');
      },
      { signal },
    );
  }

  startPage(location.href);

  let destroyed = false;
  return {
    track(name, properties) {
      if (destroyed) return;
      for (const survey of of('event')) {
        if (eventMatches(survey.trigger, name, properties)) fire(survey, 'event');
      }
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const cleanup of cleanups) cleanup();
    },
  };
}

/** Page-bound kinds (scroll depth, exit intent, delayed offers too) need route changes. */
function usesRoutes(byKind: Map<TriggerKind, SurveyDefinition[]>): boolean {
  for (const [kind, surveys] of byKind) {
    if (surveys.length && PAGE_BOUND.has(kind)) return true;
  }
  return false;
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
