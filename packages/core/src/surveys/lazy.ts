/**
 * The only survey code in the core entry: argument checks for `track`/`show`, and a stand-in that
 * `import()`s the survey machinery (and zod) when surveys are configured, holding calls made
 * before it arrives and replaying them in order. Pages without surveys never download it.
 */
import type { SurveyDefinition } from './definition.js';
import type { SurveyHost, SurveyRuntime } from './host.js';

/** Throws a clear Error for bad `track()` arguments. */
export function checkTrack(name: unknown, properties: unknown): void {
  if (typeof name !== 'string' || !name || name.length > 200) {
    throw new Error('Touchpoint: track() needs an event name (a string of 1–200 characters)');
  }
  if (
    properties !== undefined &&
    (typeof properties !== 'object' || properties === null || Array.isArray(properties))
  ) {
    throw new Error('Touchpoint: track() properties must be an object');
  }
}

/** Throws a clear Error for a bad `show()` argument. */
export function checkShow(id: unknown): void {
  if (typeof id !== 'string' || !id) throw new Error('Touchpoint: show() needs a survey id');
}

/** Throws a clear Error for a bad `definition()` argument. */
export function checkDefinition(id: unknown): void {
  if (typeof id !== 'string' || !id) throw new Error('Touchpoint: definition() needs a survey id');
}

/** The survey runtime as the SDK sees it before it has loaded: `definition` waits for it. */
export interface LazySurveys extends Omit<SurveyRuntime, 'definition'> {
  /** Resolves once the definitions are loaded; undefined if the runtime could not start. */
  definition(id: string): Promise<SurveyDefinition | undefined>;
}

/** Starts loading the survey machinery; calls made meanwhile run once it has started. */
export function createSurveys(host: SurveyHost): LazySurveys {
  let runtime: SurveyRuntime | undefined;
  let destroyed = false;
  const waiting: Array<(runtime: SurveyRuntime) => void> = [];

  const ready = import('./runtime.js')
    .then((module) => module.startSurveys(host))
    .then(
      (started) => {
        if (destroyed) return void started.destroy();
        runtime = started;
        for (const call of waiting.splice(0)) call(started);
        return started;
      },
      (error: unknown) => void console.error('Touchpoint: surveys could not start', error),
    );

  const call = (fn: (runtime: SurveyRuntime) => void) => {
    if (destroyed) return;
    if (runtime) fn(runtime);
    else waiting.push(fn);
  };
  return {
    track: (name, properties) => call((r) => r.track(name, properties)),
    show: (id) => call((r) => r.show(id)),
    dismiss: () => call((r) => r.dismiss()),
    answered: (id) => call((r) => r.answered(id)),
    // startSurveys resolves only after the definitions are loaded (or the offline copy read).
    definition: async (id) => {
      const started = await ready;
      return started && !destroyed ? started.definition(id) : undefined;
    },
    // Before the start these are moot: starting reads the consent and user of that moment.
    consentChanged: () => runtime?.consentChanged(),
    userChanged: () => runtime?.userChanged(),
    destroy() {
      destroyed = true;
      waiting.length = 0;
      runtime?.destroy();
    },
  };
}
