/**
 * The only survey code in the core entry: argument checks for `track`/`show`/`definition`, and a
 * stand-in that `import()`s the survey machinery when surveys are configured, holding calls made
 * before it arrives and replaying them in order. Pages without surveys never download it.
 */
import type { Consent } from '../consent.js';
import type { Emitter } from '../emitter.js';
import type { Identity } from '../identity.js';
import type { ResolvedOptions } from '../options.js';
import type { Storage } from '../outbox/store.js';
import type { Touchpoint } from '../touchpoint.js';
import { fail, isObject, name } from '../validate.js';
import type { SurveyDefinition } from './definition.js';
import type { SurveyEventMap } from './events.js';
import type { SurveyRuntime } from './host.js';

/** Throws a clear Error for bad `track()` arguments. */
export function checkTrack(event: unknown, properties: unknown): void {
  if (name(event, '')) {
    fail('track() needs an event name (a string of 1–200 characters)');
  }
  if (properties !== undefined && !isObject(properties)) {
    fail('track() properties must be an object');
  }
}

/** Throws a clear Error when `method` (`show`, `definition`) was not given a survey id. */
export function checkId(method: string, id: unknown): void {
  if (typeof id != 'string' || !id) fail(`${method}() needs a survey id`);
}

/** Warns that `call` needs surveys, and does nothing. */
export const noSurveys = (call: string): undefined =>
  void console.warn(`Touchpoint: ${call}: no surveys or surveysUrl configured`);

/** The survey runtime as the SDK sees it before it has loaded: `definition` waits for it. */
export interface LazySurveys extends Omit<SurveyRuntime, 'definition'> {
  /** Resolves once the definitions are loaded; undefined if the runtime could not start. */
  definition(id: string): Promise<SurveyDefinition | undefined>;
}

/**
 * The instance's parts the survey machinery is started with; `runtime-host.ts`, in the lazy chunk,
 * turns them into its `SurveyHost`, so the core entry does not carry that mapping.
 */
export interface SurveyCore {
  options: ResolvedOptions;
  now: () => number;
  identity: Identity;
  consent: () => Consent;
  /** Opens storage (and loads the anonymous id); only called when consent allows storing. */
  openStorage: () => Promise<void>;
  storage: Storage;
  /** The instance, for `connect()`. */
  api: () => Touchpoint;
  events: Emitter<SurveyEventMap>;
}

/** Starts loading the survey machinery; calls made meanwhile run once it has started. */
export function createSurveys(core: SurveyCore): LazySurveys {
  let runtime: SurveyRuntime | undefined;
  let destroyed = false;
  const waiting: Array<(runtime: SurveyRuntime) => void> = [];

  const ready = import('./runtime-host.js')
    .then((chunk) => chunk.start(core))
    .then(
      (started) => {
        if (destroyed) return void started.destroy();
        runtime = started;
        waiting.splice(0).forEach((call) => call(started));
        return started;
      },
      (error: unknown) => void console.error('Touchpoint: surveys could not start', error),
    );

  /** Calls `method` on the runtime now, or in order once it has started. */
  const later =
    <K extends 'track' | 'show' | 'dismiss' | 'answered'>(method: K) =>
    (...args: Parameters<SurveyRuntime[K]>) => {
      const call = (r: SurveyRuntime) => (r[method] as (...a: typeof args) => void)(...args);
      if (destroyed) return;
      if (runtime) call(runtime);
      else waiting.push(call);
    };
  return {
    track: later('track'),
    show: later('show'),
    dismiss: later('dismiss'),
    answered: later('answered'),
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
