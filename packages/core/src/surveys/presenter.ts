/**
 * Whether and how a survey whose trigger fired is shown: eligibility (audience, frequency,
 * global limits), the scheduler (one on screen, then the queue) and `<tp-survey>` on screen,
 * with the history (shows, answers, dismissals; history-store.ts) kept. Lazy (imported by
 * runtime.ts at the first offer or `tp.show()`, an inline survey's answer, or a server history
 * to keep): on most page views no trigger fires, and none of this is needed to watch for one.
 */
import { isEligible, type AudienceCheck } from '../targeting/eligibility.js';
import { DEFAULT_RECONTACT_DAYS } from '../targeting/frequency.js';
import {
  mergeHistory,
  recordAnswered,
  recordDismissed,
  recordShown,
  type SurveyHistory,
} from '../targeting/history.js';
import { Scheduler, type Entry, type ShowReason } from '../targeting/scheduler.js';
import type { SurveyDefinition } from './definition.js';
import { mountSurvey, whenSurveyElementDefined, type MountedSurvey } from './display.js';
import { HistoryStore } from './history-store.js';
import type { SurveyHost } from './host.js';
import { SessionCounter } from './session.js';

export interface Presenter {
  /** A trigger fired: queued if eligible now. */
  offer(survey: SurveyDefinition, reason: Exclude<ShowReason, 'show'>): void;
  /** `tp.show(id)`: shown next, whatever the rules say. */
  force(survey: SurveyDefinition): void;
  /** Records `id` as answered (an inline `<tp-survey>`'s answer). */
  answered(id: string): void;
  /** Merges in a history from the server, and keeps it. */
  merge(history: SurveyHistory): void;
  /** Consent allows storing again: reads the stored history. */
  refresh(): void;
  /** `tp.dismiss()`: closes the survey on screen, or cancels the one about to be. */
  dismiss(): void;
  /** Consent denied, or destroyed: nothing more is shown, the survey on screen closes. */
  stop(destroy?: boolean): void;
}

/**
 * The presenter of one runtime (`definitions`: every valid definition, in definition order),
 * once the stored history is read. `audience` judges audiences: the runtime loads it only for
 * definitions that have one (see isEligible).
 */
export async function createPresenter(
  host: SurveyHost,
  definitions: () => readonly SurveyDefinition[],
  audience: () => AudienceCheck | undefined,
): Promise<Presenter> {
  const denied = () => host.consent() === 'denied';
  const history = new HistoryStore(host.meta, () => !denied());
  await history.refresh();
  const record = (change: typeof recordShown, id: string) =>
    history.update((h) => change(h, id, host.now()));
  const session = new SessionCounter(`${host.sessionKey}:surveys-shown`, () => !denied());
  let mounted: MountedSurvey | undefined;
  let cancelled: Entry | undefined;
  let destroyed = false;

  const eligibility = (survey: SurveyDefinition) =>
    isEligible(
      survey,
      host.user(),
      history.value,
      host.now(),
      {
        recontactDays: host.recontactDays ?? DEFAULT_RECONTACT_DAYS,
        maxPerSession: host.maxPerSession ?? Infinity,
        shownThisSession: session.count,
      },
      audience(),
    );

  const present = async (entry: Entry): Promise<void> => {
    if (denied() || !(await whenSurveyElementDefined(host.loadElement))) return;
    // Another tab may have shown a survey while this one waited.
    await history.refresh();
    if (destroyed || cancelled === entry || denied()) return;
    if (!entry.forced && !eligibility(entry.survey).eligible) return;
    const surveyId = entry.survey.id;
    const m = (mounted = mountSurvey(entry.survey, {
      connect: host.connect,
      onAnswered: () => {
        void record(recordAnswered, surveyId);
        host.emit('survey:answered', { surveyId });
      },
    }));
    // Counted as shown only once it is on screen: one whose question kinds never load is not.
    const recorded = (await m.shown) && record(recordShown, surveyId);
    if (recorded) {
      session.increment();
      host.emit('survey:shown', { surveyId, reason: entry.reason });
    }
    const outcome = await m.closed;
    mounted = undefined;
    if (!recorded) return;
    await recorded;
    if (outcome === 'dismissed') {
      await record(recordDismissed, surveyId);
      host.emit('survey:dismissed', { surveyId });
    }
  };

  const scheduler = new Scheduler({ surveys: definitions, eligibility, present, now: host.now });

  return {
    offer: (survey, reason) => void scheduler.offer(survey, reason),
    force: (survey) => scheduler.force(survey),
    answered: (id) => void record(recordAnswered, id),
    merge: (server) => void history.update((h) => mergeHistory(h, server)),
    refresh: () => void history.refresh(),
    dismiss() {
      if (mounted) mounted.close('dismissed');
      else cancelled = scheduler.current;
    },
    stop(destroy) {
      destroyed ||= !!destroy;
      cancelled = scheduler.current;
      scheduler[destroy ? 'destroy' : 'clear']();
      mounted?.close('closed');
    },
  };
}
