/**
 * Who may see a survey (SPEC §4 `audience`): identified or anonymous users, trait filters, and a
 * sample that is stable per user. Pure.
 *
 * Sampling hashes `surveyId:userKey` (the user id once identified, else the anonymous id) to a
 * number in [0, 1): the same user always lands in the same place for a survey, so reloading never
 * flips them in or out, and a different survey samples independently. No randomness is involved,
 * which is the point.
 *
 * Lazy (imported by the survey runtime beside the presenter, only when a definition has an
 * `audience`): most surveys are for everyone, and the presenter every popover needs should not
 * carry these rules for them.
 */
import type { Audience } from '../surveys/definition.js';
import type { matchesAll } from './filters.js';

/**
 * The trait matcher (filters.ts's `matchesAll`), passed in: the filters are a lazy chunk the
 * presenter needs only when an audience has `traits`, so it does not import them itself.
 */
export type TraitMatcher = typeof matchesAll;

/** The user as targeting sees it (the SDK's `identify()` state). */
export interface AudienceUser {
  id?: string;
  anonymousId: string;
  traits?: Readonly<Record<string, unknown>>;
}

export type AudienceDecision =
  | { included: true }
  | { included: false; reason: 'identified' | 'anonymous' | 'traits' | 'sample' };

/**
 * Whether `user` belongs to `audience` for survey `surveyId`. Trait filters need `matches`; without
 * it an audience with traits excludes everyone (never shown to someone it was not meant for).
 */
export function inAudience(
  surveyId: string,
  audience: Audience | undefined,
  user: AudienceUser,
  matches?: TraitMatcher,
): AudienceDecision {
  if (!audience) return { included: true };
  const identified = user.id !== undefined && user.id !== '';
  if (audience.identified === true && !identified) return { included: false, reason: 'identified' };
  if (audience.identified === false && identified) return { included: false, reason: 'anonymous' };
  if (audience.traits?.length && !matches?.(user.traits, audience.traits))
    return { included: false, reason: 'traits' };
  if (audience.sample !== undefined) {
    const bucket = sampleBucket(surveyId, identified ? user.id! : user.anonymousId);
    if (bucket >= audience.sample) return { included: false, reason: 'sample' };
  }
  return { included: true };
}

/**
 * A stable number in [0, 1) for a survey and a user: FNV-1a over the UTF-16 code units, then
 * MurmurHash3's finaliser so that near-identical keys (`user-1`, `user-2`) spread evenly.
 */
export function sampleBucket(surveyId: string, userKey: string): number {
  const key = `${surveyId}:${userKey}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 0x1_0000_0000;
}
