/**
 * `isEligible`: may this survey be shown to this user now? One pure function over the survey,
 * the user, the history, the clock and the global limits, so every rule is a row in a table test.
 * Triggers decide *when* to ask; this decides *whether*.
 */
import type { SurveyDefinition } from '../surveys/definition.js';
import { inAudience, type AudienceUser, type TraitMatcher } from './audience.js';
import { frequencyAllows, limitsAllow, type Blocked, type Limits } from './frequency.js';
import type { SurveyHistory } from './history.js';

export type Eligibility =
  | { eligible: true }
  | {
      eligible: false;
      reason: Blocked['reason'] | 'identified' | 'anonymous' | 'traits' | 'sample';
      /** When it may become eligible by itself (cooldowns); absent when it will not. */
      until?: number;
    };

/**
 * Audience first (who), then the survey's own frequency, then the global limits. A survey that
 * is out of the audience is reported as such even during a cooldown, since that is the reason
 * that will not go away. `matches` evaluates `audience.traits` (see {@link inAudience}).
 */
export function isEligible(
  survey: SurveyDefinition,
  user: AudienceUser,
  history: SurveyHistory,
  now: number,
  limits: Limits,
  matches?: TraitMatcher,
): Eligibility {
  const audience = inAudience(survey.id, survey.audience, user, matches);
  if (!audience.included) return { eligible: false, reason: audience.reason };
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
