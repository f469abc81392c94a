/**
 * `isEligible`: may this survey be shown to this user now? One pure function over the survey,
 * the user, the history, the clock and the global limits, so every rule is a row in a table test.
 * Triggers decide *when* to ask; this decides *whether*.
 */
import type { Audience, SurveyDefinition } from '../surveys/definition.js';
import type { AudienceDecision, AudienceUser } from './audience.js';
import { frequencyAllows, limitsAllow, type Blocked, type Limits } from './frequency.js';
import type { SurveyHistory } from './history.js';

export type Eligibility =
  | { eligible: true }
  | {
      eligible: false;
      /** `audience`: the survey has one, and the rules to judge it did not load. */
      reason:
        Blocked['reason'] | Exclude<AudienceDecision, { included: true }>['reason'] | 'audience';
      /** When it may become eligible by itself (cooldowns); absent when it will not. */
      until?: number;
    };

/**
 * `inAudience` (audience.ts) with the trait matcher bound, passed in: the audience rules are a
 * lazy module the presenter gets only when a definition has an `audience`.
 */
export type AudienceCheck = (
  surveyId: string,
  audience: Audience,
  user: AudienceUser,
) => AudienceDecision;

/**
 * Audience first (who), then the survey's own frequency, then the global limits. A survey that
 * is out of the audience is reported as such even during a cooldown, since that is the reason
 * that will not go away. A survey with an `audience` but no `inAudience` to judge it (its module
 * did not load) is shown to no one: never to someone it was not meant for.
 */
export function isEligible(
  survey: SurveyDefinition,
  user: AudienceUser,
  history: SurveyHistory,
  now: number,
  limits: Limits,
  inAudience?: AudienceCheck,
): Eligibility {
  if (survey.audience) {
    const audience = inAudience?.(survey.id, survey.audience, user);
    if (!audience?.included) return { eligible: false, reason: audience?.reason ?? 'audience' };
  }
  const own = frequencyAllows(survey.frequency, history.surveys[survey.id], now);
  if (!own.allowed) return blocked(own);
  const global = limitsAllow(history, limits, now);
  if (!global.allowed) return blocked(global);
  return { eligible: true };
}

const blocked = (b: Blocked): Eligibility =>
  b.until === undefined
    ? { eligible: false, reason: b.reason }
    : { eligible: false, reason: b.reason, until: b.until };
