/**
 * Checks of the survey options of `createTouchpoint` (SPEC §3, §4), in the hand-written style of
 * `options.ts` so they cost a few bytes in the core entry. The definitions themselves are
 * validated later, by the lazily loaded runtime (zod), one by one.
 */
import { fn, httpUrl, type Check } from '../validate.js';
import type { SurveyDefinition } from './definition.js';

/** The survey options; see the README's "Surveys" section. */
export interface SurveyOptions {
  /** Survey definitions (SPEC §4). Each is validated; an invalid one is reported and skipped. */
  surveys?: SurveyDefinition[];
  /** Where to GET `{ "surveys": [...] }` (absolute, or relative to the page). */
  surveysUrl?: string;
  /** Days after any survey was shown before another is shown automatically (default 7). */
  recontactDays?: number;
  /** Most surveys shown automatically per browser-tab session (default: no limit). */
  maxPerSession?: number;
  /**
   * Makes a custom element defined, for `<tp-survey>`: the script-tag embed passes its lazy
   * chunk loader. Without it the page must import `@touchpoint/elements/define/tp-survey.js`.
   */
  loadElement?: (tag: string) => Promise<void>;
}

/** The longest `recontactDays` accepted (the script tag's `data-recontact-days` checks it too). */
export const MAX_RECONTACT_DAYS = 3650;

export const SURVEY_OPTION_CHECKS: Record<keyof SurveyOptions, Check> = {
  surveys: (v, p) => (Array.isArray(v) ? undefined : [p, 'must be an array of survey definitions']),
  surveysUrl: httpUrl,
  recontactDays: (v, p) =>
    typeof v == 'number' && v >= 0 && v <= MAX_RECONTACT_DAYS
      ? undefined
      : [p, `must be a number of days from 0 to ${MAX_RECONTACT_DAYS}`],
  maxPerSession: (v, p) =>
    Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : [p, 'must be an integer ≥ 0'],
  loadElement: fn,
};
