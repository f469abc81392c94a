/**
 * How often a survey may come back (SPEC §4 `frequency`), and the global limits across surveys
 * (`recontactDays`, `maxPerSession`). Pure: history and the clock come in, a decision goes out.
 *
 * - `show: 'once'` (the default): never again after it was shown, whatever the user did.
 * - `show: 'until-answered'`: again (on a later trigger) until answered.
 * - `show: 'always'`: on every trigger, answered or not.
 * - `everyDays` (with `until-answered` / `always`): at least this long between two shows.
 * - `dismissDays` (with `until-answered` / `always`): a dismissal counts as seen for this long.
 * - `recontactDays` (global): after any survey was shown, no other is shown for this long.
 * - `maxPerSession` (global): at most this many surveys per browser-tab session.
 */
import type { Frequency } from '../surveys/definition.js';
import type { SurveyHistory, SurveyRecord } from './history.js';

export const DAY_MS = 86_400_000;

/** Global limits; `recontactDays` defaults to {@link DEFAULT_RECONTACT_DAYS}. */
export interface Limits {
  recontactDays: number;
  maxPerSession: number;
  /** Surveys shown in this session so far. */
  shownThisSession: number;
}

/**
 * Seven days, like Formbricks: survey fatigue is the complaint product teams hear most, so the
 * safe default is not to chain surveys. Set `recontactDays: 0` to allow that.
 */
export const DEFAULT_RECONTACT_DAYS = 7;

export type Blocked = {
  allowed: false;
  reason: 'shown' | 'answered' | 'every-days' | 'dismissed' | 'cooldown' | 'session';
  /** When the block ends by itself (ms); absent when it never does. */
  until?: number;
};
export type FrequencyDecision = { allowed: true } | Blocked;

const ALLOWED: FrequencyDecision = { allowed: true };

/** Whether this survey's own `frequency` lets it be shown again now. */
export function frequencyAllows(
  frequency: Frequency | undefined,
  record: SurveyRecord | undefined,
  now: number,
): FrequencyDecision {
  const show = frequency?.show ?? 'once';
  if (!record) return ALLOWED;
  if (show === 'once' && (record.shownAt !== undefined || record.dismissedAt !== undefined)) {
    return { allowed: false, reason: 'shown' };
  }
  if (show === 'until-answered' && record.answeredAt !== undefined) {
    return { allowed: false, reason: 'answered' };
  }
  const everyUntil = after(record.shownAt, frequency?.everyDays);
  if (everyUntil !== undefined && now < everyUntil) {
    return { allowed: false, reason: 'every-days', until: everyUntil };
  }
  const dismissUntil = after(record.dismissedAt, frequency?.dismissDays);
  if (dismissUntil !== undefined && now < dismissUntil) {
    return { allowed: false, reason: 'dismissed', until: dismissUntil };
  }
  return ALLOWED;
}

/** Whether the global limits (cooldown after any survey, per-session cap) allow one more now. */
export function limitsAllow(
  history: SurveyHistory,
  limits: Limits,
  now: number,
): FrequencyDecision {
  if (limits.shownThisSession >= limits.maxPerSession) return { allowed: false, reason: 'session' };
  const until = after(history.lastShownAt, limits.recontactDays);
  if (until !== undefined && now < until) return { allowed: false, reason: 'cooldown', until };
  return ALLOWED;
}

const after = (time: number | undefined, days: number | undefined) =>
  time === undefined || !days ? undefined : time + days * DAY_MS;
