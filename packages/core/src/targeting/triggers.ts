/**
 * Triggers (SPEC §4 `trigger`): *when* a survey is offered to the scheduler. One listener of each
 * kind serves every survey, and nothing is listened to that no survey needs.
 *
 * - `event`: `tp.track(name, properties)` with `name === trigger.event` and every
 *   `trigger.properties` filter passing.
 * - `pageView`: the current URL on start and after every SPA navigation (see navigation.ts)
 *   matches `pageView.url` (see url-match.ts).
 * - `click`, `scrollPercent`, `exitIntent`, `timeOnPageMs`: see the modules in `triggers/`.
 * - `delayMs` alone: that long after the SDK started, whatever the route. With another kind,
 *   `delayMs` postpones the offer; page-bound kinds (all but `event`) drop a postponed offer
 *   when the route changes, because the page it was about is gone.
 * - `manual`, or no trigger: only `tp.show(id)` (or an inline `<tp-survey survey-id>`).
 *
 * Per route, `scrollPercent`, `exitIntent` and `timeOnPageMs` fire at most once; frequency rules
 * decide whether the survey is actually shown.
 *
 * `event` and `delayMs` are handled here. The page-bound kinds are lazy modules, imported (with
 * the SPA navigation watch and the rest they share, triggers/page.ts) only when a loaded
 * definition uses them: most pages use one or two
 * kinds, and the listeners of the others are bytes every visitor would download for nothing.
 * Property filters (filters.ts) are imported the same way, when an `event` trigger has some;
 * `track()` calls wait for them, in order.
 */
import type { SurveyDefinition, Trigger } from '../surveys/definition.js';
import { triggerKeys } from '../surveys/kinds.js';
import type { eventMatches as EventMatches } from './filters.js';
import type { ShowReason } from './scheduler.js';

export type TriggerKind = Exclude<ShowReason, 'show'> | 'manual';
export type FiredKind = Exclude<TriggerKind, 'manual'>;

/** The kind a definition key makes, where the two names differ. */
const KIND_OF: Record<string, TriggerKind> = {
  scrollPercent: 'scroll',
  timeOnPageMs: 'timeOnPage',
};

/** The kind of a trigger (definitions are validated to have at most one). */
export function triggerKind(trigger: Trigger | undefined): TriggerKind {
  const t = (trigger ?? {}) as Record<string, unknown>;
  const key = triggerKeys(t)[0];
  return key
    ? (KIND_OF[key] ?? (key as TriggerKind))
    : t['delayMs'] !== undefined
      ? 'delay'
      : 'manual';
}

/** What a page-bound kind's module gets from the watcher. */
export interface Page {
  /** Offers `survey` (after its `delayMs`); `once`: at most once per route. */
  fire(survey: SurveyDefinition, kind: FiredKind, once?: boolean): void;
  /** Aborted when the watcher is destroyed: for listeners and timers. */
  signal: AbortSignal;
  /** Whether the primary pointer hovers; undefined: ask `(hover: hover)`. */
  canHover?: boolean;
}

/**
 * A page-bound kind: starts watching for `surveys` (those of its kind); may return what to do
 * when a route starts (called at once, then after every SPA navigation).
 */
export type KindWatch = (
  surveys: SurveyDefinition[],
  page: Page,
) => ((href: string) => void) | void;

/** The lazy kind modules; each exports `watch: KindWatch`. */
const MODULES: Partial<Record<TriggerKind, () => Promise<{ watch: KindWatch }>>> = {
  pageView: () => import('./triggers/page-view.js'),
  click: () => import('./triggers/click.js'),
  scroll: () => import('./triggers/scroll.js'),
  exitIntent: () => import('./triggers/exit-intent.js'),
  timeOnPage: () => import('./triggers/time-on-page.js'),
};

export interface TriggerOptions {
  surveys: readonly SurveyDefinition[];
  /** A trigger fired (after its `delayMs`). */
  fire: (survey: SurveyDefinition, reason: FiredKind) => void;
  /** Whether the primary pointer hovers (exit intent needs one). Default: `(hover: hover)`. */
  canHover?: boolean;
}

export interface TriggerWatcher {
  /** Feeds `event` triggers: at once, or (in order) once the property filters are loaded. */
  track(name: string, properties?: Readonly<Record<string, unknown>>): void;
  /** Settles once the page-bound kinds in use are loaded and watching (or failed to load). */
  ready: Promise<void>;
  /** Removes every listener and timer, and the History API wrap when it was the last user. */
  destroy(): void;
}

/** Starts watching the triggers of `surveys`. */
export function watchTriggers(options: TriggerOptions): TriggerWatcher {
  const byKind = new Map<TriggerKind, SurveyDefinition[]>();
  for (const survey of options.surveys) {
    const kind = triggerKind(survey.trigger);
    byKind.set(kind, [...(byKind.get(kind) ?? []), survey]);
  }
  const lifetime = new AbortController();
  const { signal } = lifetime;
  // Offers waiting for their `delayMs` (and `delayMs`-alone timers): [timer, page-bound].
  const delayed = new Map<string, [ReturnType<typeof setTimeout>, boolean]>();

  const fire = (survey: SurveyDefinition, kind: FiredKind) => {
    if (signal.aborted) return;
    const delayMs = survey.trigger?.delayMs ?? 0;
    if (delayMs <= 0) return options.fire(survey, kind);
    if (delayed.has(survey.id)) return;
    const timer = setTimeout(() => {
      delayed.delete(survey.id);
      options.fire(survey, kind);
    }, delayMs);
    delayed.set(survey.id, [timer, kind !== 'event' && kind !== 'delay']);
  };
  const clearDelayed = (all: boolean) => {
    for (const [id, [timer, pageBound]] of delayed) {
      if (all || pageBound) {
        clearTimeout(timer);
        delayed.delete(id);
      }
    }
  };
  signal.addEventListener('abort', () => clearDelayed(true));

  for (const survey of byKind.get('delay') ?? []) fire(survey, 'delay');

  const events = byKind.get('event') ?? [];
  let eventMatches: typeof EventMatches | undefined;
  const offerEvent = (name: string, properties?: Readonly<Record<string, unknown>>) => {
    for (const survey of events) {
      // Without filters loaded, no event trigger has properties: the name decides.
      const t = survey.trigger;
      if (eventMatches ? eventMatches(t, name, properties) : t?.event === name)
        fire(survey, 'event');
    }
  };
  // Events tracked while the property filters load.
  let tracked = events.some((s) => s.trigger?.properties)
    ? ([] as Array<Parameters<typeof offerEvent>>)
    : undefined;

  const lazy = [...byKind.keys()].filter((kind) => MODULES[kind]);
  const attach = async (): Promise<void> => {
    try {
      const [filtersModule, pageModule, ...modules] = await Promise.all([
        tracked && import('./filters.js'),
        lazy.length && import('./triggers/page.js'),
        ...lazy.map((kind) => MODULES[kind]!()),
      ]);
      if (signal.aborted) return;
      if (filtersModule) {
        eventMatches = filtersModule.eventMatches;
        for (const args of tracked!.splice(0)) offerEvent(...args);
        tracked = undefined;
      }
      if (pageModule) {
        pageModule.watchPage(
          modules.map((m, i) => [m.watch, byKind.get(lazy[i]!)!]),
          fire,
          () => clearDelayed(false),
          signal,
          options.canHover,
        );
      }
    } catch (error) {
      // Offline, say: a failed dynamic import is tried again on the next attempt.
      console.error(
        `Touchpoint: could not load the triggers (${lazy.join(', ') || 'event'})`,
        error,
      );
      addEventListener('online', () => void attach(), { once: true, signal });
    }
  };

  return {
    track(name, properties) {
      if (tracked) tracked.push([name, properties]);
      else offerEvent(name, properties);
    },
    ready: tracked || lazy.length ? attach() : Promise.resolve(),
    destroy: () => lifetime.abort(),
  };
}
