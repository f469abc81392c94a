/**
 * The survey machinery of one SDK instance, loaded lazily (with zod) only when `surveys` or
 * `surveysUrl` is configured. Wiring only: definitions come from source.ts and validate.ts, the
 * decisions from targeting/, the screen from display.ts.
 *
 * Consent: with `denied` no survey is shown (its answer could not be kept) and nothing is stored;
 * with `pending` surveys show and history is stored, but `surveysUrl` is not fetched (no network
 * request before consent allows it): the offline copy is used until consent is granted.
 */
import { maySend, mayStore } from '../consent.js';
import { isEligible } from '../targeting/eligibility.js';
import { DEFAULT_RECONTACT_DAYS } from '../targeting/frequency.js';
import {
  mergeHistory,
  parseServerHistory,
  recordAnswered,
  recordDismissed,
  recordShown,
} from '../targeting/history.js';
import { Scheduler, type Entry } from '../targeting/scheduler.js';
import { watchTriggers, type TriggerWatcher } from '../targeting/triggers.js';
import type { SurveyDefinition } from './definition.js';
import { mountSurvey, whenSurveyElementDefined, type MountedSurvey } from './display.js';
import { HistoryStore } from './history-store.js';
import type { SurveyHost, SurveyRuntime } from './host.js';
import { SessionCounter } from './session.js';
import { fetchSurveys, readCache, writeCache } from './source.js';
import { describeInvalid, validateSurveys, type SurveySource } from './validate.js';

/** Loads the definitions and starts the triggers; resolves once both are done. */
export async function startSurveys(host: SurveyHost): Promise<SurveyRuntime> {
  const storing = () => mayStore(host.consent());
  const history = new HistoryStore(host.meta, storing);
  const session = new SessionCounter(`${host.sessionKey}:surveys-shown`, storing);
  let definitions: SurveyDefinition[] = [];
  let invalidIds = new Set<string>();
  let watcher: TriggerWatcher | undefined;
  let mounted: MountedSurvey | undefined;
  let cancelled: Entry | undefined;
  let fetched = false;
  let destroyed = false;
  let installed: string | undefined;

  const eligibility = (survey: SurveyDefinition) =>
    isEligible(survey, host.user(), history.value, host.now(), {
      recontactDays: host.recontactDays ?? DEFAULT_RECONTACT_DAYS,
      maxPerSession: host.maxPerSession ?? Infinity,
      shownThisSession: session.count,
    });

  const present = async (entry: Entry): Promise<void> => {
    if (host.consent() === 'denied') return;
    if (!(await whenSurveyElementDefined(host.loadElement))) return;
    // Another tab may have shown a survey while this one waited.
    await history.refresh();
    if (destroyed || cancelled === entry || host.consent() === 'denied') return;
    if (!entry.forced && !eligibility(entry.survey).eligible) return;
    const { id } = entry.survey;
    const m = mountSurvey(entry.survey, {
      connect: host.connect,
      onAnswered: () => {
        void history.update((h) => recordAnswered(h, id, host.now()));
        host.emit('survey:answered', { surveyId: id });
      },
    });
    mounted = m;
    session.increment();
    const recorded = history.update((h) => recordShown(h, id, host.now()));
    host.emit('survey:shown', { surveyId: id, reason: entry.reason });
    const outcome = await m.closed;
    mounted = undefined;
    await recorded;
    if (outcome === 'dismissed') {
      await history.update((h) => recordDismissed(h, id, host.now()));
      host.emit('survey:dismissed', { surveyId: id });
    }
  };

  const scheduler = new Scheduler({
    surveys: () => definitions,
    eligibility,
    present,
    now: host.now,
  });

  const watch = () => {
    watcher?.destroy();
    watcher = watchTriggers({
      surveys: definitions,
      fire: (survey, reason) => void scheduler.offer(survey, reason),
    });
  };

  /** Validates and installs definitions; reports the invalid ones. */
  const install = (inputs: Array<{ input: unknown; source: SurveySource; index: number }>) => {
    const { valid, invalid } = validateSurveys(inputs);
    for (const problem of invalid) {
      console.error(describeInvalid(problem));
      host.emit('survey:invalid', problem);
    }
    invalidIds = new Set(invalid.flatMap((p) => (p.id ? [p.id] : [])));
    definitions = valid;
    const urlInvalid = new Set(invalid.filter((p) => p.source !== 'option').map((p) => p.index));
    return inputs
      .filter((i) => i.source !== 'option' && !urlInvalid.has(i.index))
      .map((i) => i.input);
  };

  const optionInputs = (host.surveys ?? []).map((input, index) => ({
    input,
    source: 'option' as const,
    index,
  }));

  /** Reads `surveysUrl` (or, failing that, the offline copy) and installs the result. */
  const load = async () => {
    let fromUrl: unknown[] = [];
    let source: SurveySource = 'url';
    if (host.surveysUrl) {
      let answer: Awaited<ReturnType<typeof fetchSurveys>> | undefined;
      if (maySend(host.consent())) {
        try {
          answer = await fetchSurveys(host.surveysUrl, {
            fetch: host.fetch,
            userId: host.user().id,
          });
          fetched = true;
        } catch (error) {
          console.warn(
            `Touchpoint: could not load surveys (${(error as Error).message}); using the offline copy`,
          );
        }
      }
      if (answer) {
        fromUrl = answer.surveys;
        const server = parseServerHistory(answer.history);
        for (const problem of server.problems) console.warn(`Touchpoint: surveys ${problem}`);
        await history.update((h) => mergeHistory(h, server.history));
      } else if (storing()) {
        fromUrl = (await readCache(host.meta, host.surveysUrl)) ?? [];
        source = 'cache';
      }
    }
    if (destroyed) return;
    // Re-reading the same definitions (a new user id, consent granted) must not restart the
    // triggers: page-view and delay triggers would fire a second time.
    const signature = JSON.stringify(fromUrl);
    if (signature === installed) return;
    installed = signature;
    const good = install([
      ...optionInputs,
      ...fromUrl.map((input, index) => ({ input, source, index })),
    ]);
    if (source === 'url' && fetched && host.surveysUrl && storing()) {
      await writeCache(host.meta, host.surveysUrl, good, host.now());
    }
    if (destroyed) return;
    watch();
    host.emit('surveys:loaded', {
      surveys: definitions.map((d) => d.id),
      invalid: invalidIds.size,
      fromCache: source === 'cache',
    });
  };

  if (storing()) {
    await host.openStorage().catch(() => undefined);
    await history.refresh();
  }
  await load();

  const closeAll = () => {
    cancelled = scheduler.current;
    scheduler.clear();
    mounted?.close('closed');
  };

  return {
    track: (name, properties) => watcher?.track(name, properties),
    show(id) {
      const survey = definitions.find((d) => d.id === id);
      if (!survey) {
        console.warn(
          invalidIds.has(id)
            ? `Touchpoint: show("${id}"): its definition is invalid (see the error above)`
            : `Touchpoint: show("${id}"): no survey has this id`,
        );
      } else if (host.consent() === 'denied') {
        console.warn(`Touchpoint: show("${id}"): consent is "denied", so no survey is shown`);
      } else scheduler.force(survey);
    },
    definition(id) {
      const survey = definitions.find((d) => d.id === id);
      if (!survey) {
        console.warn(
          invalidIds.has(id)
            ? `Touchpoint: definition("${id}"): its definition is invalid (see the error above)`
            : `Touchpoint: definition("${id}"): no survey has this id`,
        );
      }
      return survey;
    },
    answered(id) {
      // A popover records its own answer (mountSurvey's onAnswered); recording again is harmless.
      if (host.consent() === 'denied' || !definitions.some((d) => d.id === id)) return;
      void history.update((h) => recordAnswered(h, id, host.now()));
    },
    dismiss() {
      if (mounted) mounted.close('dismissed');
      else cancelled = scheduler.current;
    },
    consentChanged() {
      const consent = host.consent();
      if (consent === 'denied') return closeAll();
      void (async () => {
        await host.openStorage().catch(() => undefined);
        await history.refresh();
        if (maySend(consent) && host.surveysUrl && !fetched) await load();
      })();
    },
    userChanged() {
      if (host.surveysUrl && maySend(host.consent())) void load();
    },
    destroy() {
      destroyed = true;
      watcher?.destroy();
      scheduler.destroy();
      mounted?.close('closed');
    },
  };
}
