import { expect } from '@open-wc/testing';
import type { Frequency } from '../surveys/definition.js';
import {
  DAY_MS,
  frequencyAllows,
  limitsAllow,
  type FrequencyDecision,
  type Limits,
} from './frequency.js';
import type { SurveyRecord } from './history.js';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);
const daysAgo = (days: number) => NOW - days * DAY_MS;

describe('frequencyAllows', () => {
  const table: Array<[string, Frequency | undefined, SurveyRecord | undefined, FrequencyDecision]> =
    [
      ['never shown', undefined, undefined, { allowed: true }],
      [
        'once (default), shown',
        undefined,
        { shownAt: daysAgo(100) },
        { allowed: false, reason: 'shown' },
      ],
      [
        'once, shown a year ago',
        { show: 'once' },
        { shownAt: daysAgo(365) },
        { allowed: false, reason: 'shown' },
      ],
      [
        'once, only dismissed (server history)',
        { show: 'once' },
        { dismissedAt: daysAgo(1) },
        { allowed: false, reason: 'shown' },
      ],
      [
        'until-answered, shown, not answered',
        { show: 'until-answered' },
        { shownAt: daysAgo(0) },
        { allowed: true },
      ],
      [
        'until-answered, answered',
        { show: 'until-answered' },
        { shownAt: daysAgo(3), answeredAt: daysAgo(3) },
        { allowed: false, reason: 'answered' },
      ],
      [
        'until-answered, every 7 days, shown 2 days ago',
        { show: 'until-answered', everyDays: 7 },
        { shownAt: daysAgo(2) },
        { allowed: false, reason: 'every-days', until: daysAgo(2) + 7 * DAY_MS },
      ],
      [
        'until-answered, every 7 days, shown 8 days ago',
        { show: 'until-answered', everyDays: 7 },
        { shownAt: daysAgo(8) },
        { allowed: true },
      ],
      [
        'until-answered, dismissed yesterday, dismissDays 14',
        { show: 'until-answered', dismissDays: 14 },
        { shownAt: daysAgo(1), dismissedAt: daysAgo(1) },
        { allowed: false, reason: 'dismissed', until: daysAgo(1) + 14 * DAY_MS },
      ],
      [
        'until-answered, dismissed 15 days ago, dismissDays 14',
        { show: 'until-answered', dismissDays: 14 },
        { shownAt: daysAgo(15), dismissedAt: daysAgo(15) },
        { allowed: true },
      ],
      [
        'always, answered yesterday',
        { show: 'always' },
        { shownAt: daysAgo(1), answeredAt: daysAgo(1) },
        { allowed: true },
      ],
      [
        'always, every 30 days, shown 29.9 days ago',
        { show: 'always', everyDays: 30 },
        { shownAt: daysAgo(29.9) },
        { allowed: false, reason: 'every-days', until: daysAgo(29.9) + 30 * DAY_MS },
      ],
      [
        'always, every 30 days, shown exactly 30 days ago',
        { show: 'always', everyDays: 30 },
        { shownAt: daysAgo(30) },
        { allowed: true },
      ],
      [
        'always, dismissDays 0',
        { show: 'always', dismissDays: 0 },
        { shownAt: NOW, dismissedAt: NOW },
        { allowed: true },
      ],
    ];
  for (const [name, frequency, record, expected] of table) {
    it(name, () => expect(frequencyAllows(frequency, record, NOW)).to.deep.equal(expected));
  }
});

describe('limitsAllow', () => {
  const limits = (over: Partial<Limits> = {}): Limits => ({
    recontactDays: 7,
    maxPerSession: Infinity,
    shownThisSession: 0,
    ...over,
  });
  const table: Array<[string, number | undefined, Limits, FrequencyDecision]> = [
    ['no survey shown yet', undefined, limits(), { allowed: true }],
    [
      'another survey 3 days ago, 7-day cooldown',
      daysAgo(3),
      limits(),
      { allowed: false, reason: 'cooldown', until: daysAgo(3) + 7 * DAY_MS },
    ],
    ['another survey 7 days ago', daysAgo(7), limits(), { allowed: true }],
    ['cooldown 0 chains surveys', NOW, limits({ recontactDays: 0 }), { allowed: true }],
    [
      'fractional days',
      NOW - 1000,
      limits({ recontactDays: 2000 / DAY_MS }),
      { allowed: false, reason: 'cooldown', until: NOW + 1000 },
    ],
    [
      'session cap reached',
      undefined,
      limits({ maxPerSession: 1, shownThisSession: 1 }),
      { allowed: false, reason: 'session' },
    ],
    [
      'session cap not reached',
      undefined,
      limits({ maxPerSession: 2, shownThisSession: 1 }),
      { allowed: true },
    ],
    [
      'session cap 0: none automatically',
      undefined,
      limits({ maxPerSession: 0 }),
      { allowed: false, reason: 'session' },
    ],
  ];
  for (const [name, lastShownAt, l, expected] of table) {
    it(name, () => {
      const history = lastShownAt === undefined ? { surveys: {} } : { surveys: {}, lastShownAt };
      expect(limitsAllow(history, l, NOW)).to.deep.equal(expected);
    });
  }
});
