/**
 * The survey machinery of one SDK instance, loaded lazily only when `surveys` or `surveysUrl` is
 * configured: definitions (source.ts, validate.ts) and their triggers (targeting/triggers.ts).
 * Everything after a trigger fires (eligibility, scheduler, display, history) is presenter.ts,
 * imported at the first offer; the page-bound trigger kinds, the audience rules, property
 * filters (for trigger properties and audience traits), the words of definition problems and the
 * server-history reader are imported only when used.
 *
 * Consent: with `denied` no survey is shown (its answer could not be kept) and nothing is stored;
 * with `pending` surveys show and history is stored, but `surveysUrl` is not fetched (no network
 * request before consent allows it): the offline copy is used until consent is granted.
 */
import { maySend, mayStore } from '../consent.js';
import type { AudienceCheck } from '../targeting/eligibility.js';
import { watchTriggers, type TriggerWatcher } from '../targeting/triggers.js';
import type { SurveyDefinition } from './definition.js';
import type { SurveyHost, SurveyRuntime } from './host.js';
import type { Presenter } from './presenter.js';
import { fetchSurveys, readCache, writeCache } from './source.js';
import { validateSurveys, type SurveySource } from './validate.js';

/** Loads the definitions and starts the triggers; resolves once both are done. */
export async function startSurveys(host: SurveyHost): Promise<SurveyRuntime> {
  const storing = () => mayStore(host.consent());
  const denied = () => !storing();
  let definitions: SurveyDefinition[] = [];
  let invalidIds = new Set<string | undefined>();
  let watcher: TriggerWatcher | undefined;
  let fetched = false;
  let destroyed = false;
  let installed: string | undefined;

  const presenter = part(
    () => import('./presenter.js').then((m) => m.createPresenter(host, () => definitions, judge)),
    'the survey display',
  );
  // Audience rules and trait filters (a chunk of its own: triggers.ts imports it for
  // `properties`) are fetched beside the presenter, and only when a definition needs them.
  // Until they are there, a survey with an audience is not eligible (never shown to the wrong
  // people).
  const audience = part(() => import('../targeting/audience.js'), 'the audience rules');
  const filters = part(() => import('../targeting/filters.js'), 'the audience filters');
  const check: AudienceCheck = (id, a, user) =>
    audience.value!.inAudience(id, a, user, filters.value?.matchesAll);
  const judge = () => audience.value && check;

  /** Runs `use` with the presenter, importing it first if need be (calls keep their order). */
  const presenting = (use: (presenter: Presenter) => void) => {
    void Promise.all([
      presenter.load(),
      definitions.some((d) => d.audience) && audience.load(),
      definitions.some((d) => d.audience?.traits?.length) && filters.load(),
    ]).then(() => presenter.value && !destroyed && use(presenter.value));
  };

  /** Reads `surveysUrl` (or, failing that, the offline copy) and installs the result. */
  const load = async () => {
    let fromUrl: unknown[] = [];
    let source: SurveySource = 'url';
    const url = host.surveysUrl;
    if (url) {
      const answer =
        maySend(host.consent()) &&
        (await fetchSurveys(url, { fetch: host.fetch, userId: host.user().id }).catch(
          (error: Error) =>
            void console.warn(
              `Touchpoint: could not load surveys (${error.message}); using the offline copy`,
            ),
        ));
      if (answer) {
        fetched = true;
        fromUrl = answer.surveys;
        if (answer.history !== undefined) {
          // Lazy: only identified users' answers carry a history.
          const server = await import('../targeting/server-history.js').then(
            (m) => m.parseServerHistory(answer.history),
            (error: Error) => ({
              history: { surveys: {} },
              problems: [`history: ${error.message}`],
            }),
          );
          for (const problem of server.problems) console.warn(`Touchpoint: surveys ${problem}`);
          // Kept by the presenter, imported for it only when there is something to keep.
          if (Object.keys(server.history.surveys).length)
            presenting((p) => p.merge(server.history));
        }
      } else if (storing()) {
        fromUrl = (await readCache(host.meta, url)) ?? [];
        source = 'cache';
      }
    }
    // Re-reading the same definitions (a new user id, consent granted) must not restart the
    // triggers: page-view and delay triggers would fire a second time.
    const signature = JSON.stringify(fromUrl);
    if (destroyed || signature === installed) return;
    installed = signature;
    const inputs = [
      ...(host.surveys ?? []).map((input, index) => ({ input, source: 'option' as const, index })),
      ...fromUrl.map((input, index) => ({ input, source, index })),
    ];
    const { valid, invalid } = validateSurveys(inputs);
    if (invalid.length) {
      // The words of the problems are a lazy module: valid definitions never need them.
      await import('./reasons.js').then(
        ({ toInvalidSurvey, describeInvalid }) => {
          for (const survey of invalid.map(toInvalidSurvey)) {
            console.error(describeInvalid(survey));
            host.emit('survey:invalid', survey);
          }
        },
        // Offline, say: the codes still say what is wrong, and these surveys are still left out.
        (error: unknown) =>
          console.error('Touchpoint: invalid survey definitions will not be shown', invalid, error),
      );
    }
    invalidIds = new Set(invalid.map((p) => p.id));
    definitions = valid;
    if (source === 'url' && fetched && storing()) {
      const bad = new Set(invalid.filter((p) => p.source === 'url').map((p) => p.index));
      await writeCache(
        host.meta,
        url!,
        fromUrl.filter((_, index) => !bad.has(index)),
        host.now(),
      );
    }
    if (destroyed) return;
    watcher?.destroy();
    watcher = watchTriggers({
      surveys: definitions,
      fire: (survey, reason) => presenting((p) => p.offer(survey, reason)),
    });
    await watcher.ready;
    host.emit('surveys:loaded', {
      surveys: definitions.map((d) => d.id),
      invalid: invalid.length,
      fromCache: source === 'cache',
    });
  };

  if (storing()) await host.openStorage().catch(() => undefined);
  await load();

  /** The loaded definition `id`, or undefined with a warning that says why there is none. */
  const find = (id: string, call: string) => {
    const survey = definitions.find((d) => d.id === id);
    if (!survey) {
      console.warn(
        `Touchpoint: ${call}("${id}"): ${invalidIds.has(id) ? 'its definition is invalid (see the error above)' : 'no survey has this id'}`,
      );
    }
    return survey;
  };

  return {
    track: (name, properties) => watcher?.track(name, properties),
    show(id) {
      const survey = find(id, 'show');
      if (survey && denied()) {
        console.warn(`Touchpoint: show("${id}"): consent is "denied", so no survey is shown`);
      } else if (survey) presenting((p) => p.force(survey));
    },
    definition: (id) => find(id, 'definition'),
    answered(id) {
      // A popover records its own answer (mountSurvey's onAnswered); recording again is harmless.
      if (!denied() && definitions.some((d) => d.id === id)) presenting((p) => p.answered(id));
    },
    dismiss: () => presenter.value?.dismiss(),
    consentChanged() {
      if (denied()) return presenter.value?.stop();
      void (async () => {
        await host.openStorage().catch(() => undefined);
        presenter.value?.refresh();
        if (maySend(host.consent()) && !fetched) await load();
      })();
    },
    userChanged() {
      if (host.surveysUrl && maySend(host.consent())) void load();
    },
    destroy() {
      destroyed = true;
      watcher?.destroy();
      presenter.value?.stop(true);
    },
  };
}

/**
 * A part of the machinery imported when first needed: `load()` imports it once (a failed import,
 * offline say, is tried again on the next call); `value` is there once it has loaded.
 */
function part<T>(load: () => Promise<T>, what: string) {
  let loading: Promise<void> | undefined;
  const it: { value?: T; load(): Promise<void> } = {
    load: () =>
      (loading ??= load().then(
        (value) => void (it.value = value),
        (error: unknown) => {
          loading = undefined;
          console.error(`Touchpoint: could not load ${what}`, error);
        },
      )),
  };
  return it;
}
