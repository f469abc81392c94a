/**
 * The only survey code in the core entry: argument checks for `track`/`show`/`definition`, and a
 * stand-in that `import()`s the survey machinery when surveys are configured, holding calls made
 * before it arrives and running them in order (or warning that a call needs surveys). Pages
 * without surveys never download it.
 */
import type { Consent } from '../consent.js';
import type { Emitter } from '../emitter.js';
import type { Identity } from '../identity.js';
import type { ResolvedOptions } from '../options.js';
import type { Storage } from '../outbox/store.js';
import type { Touchpoint } from '../touchpoint.js';
import { fail, isObject, name } from '../validate.js';
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

/** The survey runtime as the SDK sees it while it loads; see {@link createSurveys}. */
export interface LazySurveys {
  /**
   * Runs `use` on the runtime once it has started (after the definitions are loaded), in call
   * order; resolves with its result, or undefined if the runtime could not start or the instance
   * was destroyed by then. Without surveys configured it resolves undefined, after warning that
   * `call` (e.g. `show("q4")`), when given, needs surveys.
   */
  later<T>(use: (runtime: SurveyRuntime) => T, call?: string): Promise<T | undefined>;
  /** The runtime, once it has started. */
  readonly started?: SurveyRuntime;
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

/**
 * Starts loading the survey machinery when surveys are configured (`surveys` or `surveysUrl`).
 * `alive()` is false once the instance is destroyed: a runtime that starts after that is
 * destroyed at once.
 */
export function createSurveys(core: SurveyCore, alive: () => boolean): LazySurveys {
  let started: SurveyRuntime | undefined;
  const ready =
    core.options.surveys || core.options.surveysUrl
      ? import('./runtime-host.js')
          .then((chunk) => chunk.start(core))
          .then(
            (runtime) => (alive() ? (started = runtime) : void runtime.destroy()),
            (error: unknown) => void console.error('Touchpoint: surveys could not start', error),
          )
      : undefined;
  return {
    later: async (use, call) =>
      ready
        ? ready.then((runtime) => (runtime && alive() ? use(runtime) : undefined))
        : void (call && console.warn(`Touchpoint: ${call}: no surveys or surveysUrl configured`)),
    get started() {
      return started;
    },
  };
}
