/**
 * What the survey machinery needs from its SDK instance. `createTouchpoint` builds this; the
 * lazily loaded runtime (`runtime.ts`) only talks to the instance through it.
 */
import type { Consent } from '../consent.js';
import type { FetchLike } from '../delivery/transport.js';
import type { KeyValueStore } from '../outbox/store.js';
import type { AudienceUser } from '../targeting/audience.js';
import type { SurveyDefinition } from './definition.js';
import type { SurveyEventMap } from './events.js';

export interface SurveyHost {
  /** The `surveys` option: definitions, validated by the runtime. */
  surveys?: readonly unknown[];
  /** The `surveysUrl` option, absolute. */
  surveysUrl?: string;
  /** Default: `DEFAULT_RECONTACT_DAYS` (targeting/frequency.ts). */
  recontactDays?: number;
  /** Default: no limit. */
  maxPerSession?: number;
  /** Makes `<tp-survey>` defined (the embed lazy-loads its chunk); see `loadElement`. */
  loadElement?: (tag: string) => Promise<void>;
  /** Prefix of this instance's sessionStorage keys. */
  sessionKey: string;
  now(): number;
  fetch: FetchLike;
  /** The current user (ids and traits), read at each decision. */
  user(): AudienceUser;
  consent(): Consent;
  /** Opens storage (and loads the anonymous id); only called when consent allows storing. */
  openStorage(): Promise<void>;
  /** The instance's `meta` key-value store (history and the offline copy of definitions). */
  meta: KeyValueStore;
  /** `tp.connect(element)`: its `tp-submit` answers go to the outbox. */
  connect(element: EventTarget): () => void;
  emit<K extends keyof SurveyEventMap>(type: K, payload: SurveyEventMap[K]): void;
}

/** The running survey machinery, as `createTouchpoint` drives it. */
export interface SurveyRuntime {
  track(name: string, properties?: Readonly<Record<string, unknown>>): void;
  show(id: string): void;
  dismiss(): void;
  /** The loaded, valid definition `id`; undefined (with a console warning) if there is none. */
  definition(id: string): SurveyDefinition | undefined;
  /**
   * A `tp-submit` answered survey `id` somewhere on the page (an inline `<tp-survey>`): record
   * it as answered, as a popover's answer is. Ids of no loaded definition are ignored.
   */
  answered(id: string): void;
  /** Consent changed: store, fetch or stop showing accordingly. */
  consentChanged(): void;
  /** `identify()` set another user id: fetch that user's server history. */
  userChanged(): void;
  destroy(): void;
}
