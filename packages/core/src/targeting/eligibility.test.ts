import { expect } from '@open-wc/testing';
import type { SurveyDefinition } from '../surveys/definition.js';
import { inAudience, type AudienceUser } from './audience.js';
import { isEligible, type AudienceCheck, type Eligibility } from './eligibility.js';
import { matchesAll } from './filters.js';
import { DAY_MS, type Limits } from './frequency.js';
import type { SurveyHistory } from './history.js';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);
const survey = (over: Partial<SurveyDefinition> = {}): SurveyDefinition => ({
  id: 'q4',
  type: 'nps',
  questions: [{ id: 'score', kind: 'nps', text: 'How likely…?' }],
  trigger: { event: 'checkout_completed' },
  ...over,
});
const user: AudienceUser = { id: 'user-42', anonymousId: 'anon', traits: { plan: 'pro' } };
const limits: Limits = { recontactDays: 7, maxPerSession: 2, shownThisSession: 0 };
const none: SurveyHistory = { surveys: {} };
const judge: AudienceCheck = (id, audience, u) => inAudience(id, audience, u, matchesAll);

describe('isEligible', () => {
  const table: Array<
    [string, SurveyDefinition, AudienceUser, SurveyHistory, Partial<Limits>, Eligibility]
  > = [
    ['a new survey for a matching user', survey(), user, none, {}, { eligible: true }],
    [
      'wrong plan',
      survey({ audience: { traits: [{ key: 'plan', op: 'eq', value: 'team' }] } }),
      user,
      none,
      {},
      { eligible: false, reason: 'traits' },
    ],
    [
      'anonymous visitor, identified-only survey',
      survey({ audience: { identified: true } }),
      { anonymousId: 'a' },
      none,
      {},
      { eligible: false, reason: 'identified' },
    ],
    [
      'sampled out',
      survey({ audience: { sample: 0 } }),
      user,
      none,
      {},
      { eligible: false, reason: 'sample' },
    ],
    [
      'already shown (once)',
      survey(),
      user,
      { surveys: { q4: { shownAt: NOW - 30 * DAY_MS } }, lastShownAt: NOW - 30 * DAY_MS },
      {},
      { eligible: false, reason: 'shown' },
    ],
    [
      'another survey shown 2 days ago: cooldown',
      survey(),
      user,
      { surveys: { other: { shownAt: NOW - 2 * DAY_MS } }, lastShownAt: NOW - 2 * DAY_MS },
      {},
      { eligible: false, reason: 'cooldown', until: NOW + 5 * DAY_MS },
    ],
    [
      'cooldown 0',
      survey(),
      user,
      { surveys: { other: { shownAt: NOW } }, lastShownAt: NOW },
      { recontactDays: 0 },
      { eligible: true },
    ],
    [
      'session cap',
      survey(),
      user,
      none,
      { shownThisSession: 2 },
      { eligible: false, reason: 'session' },
    ],
    [
      'audience is reported before the cooldown (it will not go away)',
      survey({ audience: { identified: false } }),
      user,
      { surveys: {}, lastShownAt: NOW },
      {},
      { eligible: false, reason: 'anonymous' },
    ],
    [
      'until-answered, answered on another device (server history)',
      survey({ frequency: { show: 'until-answered' } }),
      user,
      { surveys: { q4: { answeredAt: NOW - DAY_MS } } },
      {},
      { eligible: false, reason: 'answered' },
    ],
    [
      'dismissed yesterday, dismissDays 14',
      survey({ frequency: { show: 'until-answered', dismissDays: 14 } }),
      user,
      { surveys: { q4: { shownAt: NOW - DAY_MS, dismissedAt: NOW - DAY_MS } } },
      { recontactDays: 0 },
      { eligible: false, reason: 'dismissed', until: NOW + 13 * DAY_MS },
    ],
  ];
  for (const [name, s, u, history, over, expected] of table) {
    it(name, () => {
      expect(isEligible(s, u, history, NOW, { ...limits, ...over }, judge)).to.deep.equal(expected);
    });
  }

  it('a survey with an audience whose rules did not load is shown to no one', () => {
    const audience = survey({ audience: { identified: true } });
    expect(isEligible(audience, user, none, NOW, limits, judge)).to.deep.equal({ eligible: true });
    expect(isEligible(audience, user, none, NOW, limits)).to.deep.equal({
      eligible: false,
      reason: 'audience',
    });
    // Surveys for everyone need no audience rules.
    expect(isEligible(survey(), user, none, NOW, limits)).to.deep.equal({ eligible: true });
  });
});
