import { expect } from '@open-wc/testing';
import type { SurveyDefinition } from '../surveys/definition.js';
import type { Eligibility } from './eligibility.js';
import { pickSurvey, Scheduler, type Entry } from './scheduler.js';

type P = { id: string; priority?: number; createdAt?: string };

describe('pickSurvey', () => {
  const table: Array<[string, P[], string | undefined]> = [
    ['nothing eligible', [], undefined],
    ['one', [{ id: 'a' }], 'a'],
    [
      'higher priority wins',
      [
        { id: 'a', priority: 1 },
        { id: 'b', priority: 5 },
      ],
      'b',
    ],
    ['priority defaults to 0', [{ id: 'a', priority: -1 }, { id: 'b' }], 'b'],
    [
      'same priority: oldest createdAt',
      [
        { id: 'new', createdAt: '2026-11-01T00:00:00Z' },
        { id: 'old', createdAt: '2026-01-01T00:00:00Z' },
      ],
      'old',
    ],
    [
      'priority beats age',
      [
        { id: 'old', createdAt: '2020-01-01T00:00:00Z' },
        { id: 'urgent', priority: 1, createdAt: '2026-01-01T00:00:00Z' },
      ],
      'urgent',
    ],
    [
      'dated before undated',
      [{ id: 'undated' }, { id: 'dated', createdAt: '2026-11-01T00:00:00Z' }],
      'dated',
    ],
    ['all tied: definition order', [{ id: 'first' }, { id: 'second' }], 'first'],
    [
      'offsets compare as instants',
      [
        { id: 'later', createdAt: '2026-01-01T00:30:00+00:00' },
        { id: 'earlier', createdAt: '2026-01-01T01:00:00+01:00' },
      ],
      'earlier',
    ],
  ];
  for (const [name, surveys, expected] of table) {
    it(name, () => expect(pickSurvey(surveys)?.id).to.equal(expected));
  }

  it('is the same whatever the input order, except for full ties', () => {
    const surveys: P[] = [
      { id: 'a', priority: 1, createdAt: '2026-05-01T00:00:00Z' },
      { id: 'b', priority: 1, createdAt: '2026-04-01T00:00:00Z' },
      { id: 'c', priority: 1 },
      { id: 'd' },
    ];
    for (let i = 0; i < 4; i++) {
      const rotated = [...surveys.slice(i), ...surveys.slice(0, i)];
      expect(pickSurvey(rotated)?.id).to.equal('b');
    }
  });
});

describe('Scheduler', () => {
  const def = (id: string, priority = 0): SurveyDefinition => ({
    id,
    type: 'nps',
    priority,
    questions: [{ id: 's', kind: 'nps', text: '?' }],
  });

  /** A scheduler whose `present` waits until the test closes the survey. */
  function harness(eligibility: (s: SurveyDefinition) => Eligibility = () => ({ eligible: true })) {
    const surveys = [def('a'), def('b', 5), def('c'), def('d')];
    const shown: Entry[] = [];
    let onScreen = 0;
    let maxOnScreen = 0;
    const closers: Array<() => void> = [];
    const scheduler = new Scheduler({
      surveys: () => surveys,
      eligibility,
      now: Date.now,
      present: (entry) =>
        new Promise<void>((resolve) => {
          shown.push(entry);
          onScreen++;
          maxOnScreen = Math.max(maxOnScreen, onScreen);
          closers.push(() => {
            onScreen--;
            resolve();
          });
        }),
    });
    const byId = (id: string) => surveys.find((s) => s.id === id)!;
    const closeCurrent = async () => {
      closers.shift()!();
      await settle();
    };
    return { scheduler, shown, byId, closeCurrent, maxOnScreen: () => maxOnScreen };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('offered together: shows the best, queues the rest, one at a time', async () => {
    const h = harness();
    h.scheduler.offer(h.byId('a'), 'pageView');
    h.scheduler.offer(h.byId('c'), 'pageView');
    h.scheduler.offer(h.byId('b'), 'event');
    await settle();
    expect(h.shown.map((e) => e.survey.id)).to.deep.equal(['b']);
    expect(h.scheduler.queued).to.deep.equal(['a', 'c']);
    await h.closeCurrent();
    expect(h.shown.map((e) => e.survey.id)).to.deep.equal(['b', 'a']);
    await h.closeCurrent();
    await h.closeCurrent();
    expect(h.shown.map((e) => [e.survey.id, e.reason])).to.deep.equal([
      ['b', 'event'],
      ['a', 'pageView'],
      ['c', 'pageView'],
    ]);
    expect(h.maxOnScreen()).to.equal(1);
  });

  it('never queues a survey twice, nor the one on screen', async () => {
    const h = harness();
    h.scheduler.offer(h.byId('a'), 'click');
    await settle();
    h.scheduler.offer(h.byId('a'), 'click');
    h.scheduler.offer(h.byId('c'), 'click');
    h.scheduler.offer(h.byId('c'), 'click');
    expect(h.scheduler.queued).to.deep.equal(['c']);
  });

  it('does not queue a survey that is not eligible when its trigger fires', async () => {
    const h = harness((s) =>
      s.id === 'a' ? { eligible: false, reason: 'shown' } : { eligible: true },
    );
    expect(h.scheduler.offer(h.byId('a'), 'event')).to.deep.equal({
      eligible: false,
      reason: 'shown',
    });
    await settle();
    expect(h.shown).to.deep.equal([]);
    expect(h.scheduler.queued).to.deep.equal([]);
  });

  it('show() goes next, before higher priorities, and bypasses eligibility', async () => {
    const h = harness((s) =>
      s.id === 'd' ? { eligible: false, reason: 'session' } : { eligible: true },
    );
    h.scheduler.offer(h.byId('a'), 'event');
    await settle();
    h.scheduler.offer(h.byId('b'), 'event');
    h.scheduler.force(h.byId('d'));
    await h.closeCurrent();
    expect(h.shown.map((e) => [e.survey.id, e.reason, e.forced])).to.deep.equal([
      ['a', 'event', false],
      ['d', 'show', true],
    ]);
  });

  it('a queued survey waits for the cooldown, then shows without a new trigger', async () => {
    let cooldownUntil = 0;
    const h = harness(() =>
      Date.now() < cooldownUntil
        ? { eligible: false, reason: 'cooldown', until: cooldownUntil }
        : { eligible: true },
    );
    h.scheduler.offer(h.byId('a'), 'event');
    h.scheduler.offer(h.byId('c'), 'event');
    await settle();
    cooldownUntil = Date.now() + 150;
    await h.closeCurrent();
    expect(h.shown.map((e) => e.survey.id)).to.deep.equal(['a']);
    expect(h.scheduler.queued).to.deep.equal(['c']);
    await new Promise((r) => setTimeout(r, 60));
    expect(h.shown.map((e) => e.survey.id)).to.deep.equal(['a']);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.shown.map((e) => e.survey.id)).to.deep.equal(['a', 'c']);
  });

  it('drops a queued survey that became ineligible for another reason', async () => {
    let answeredElsewhere = false;
    const h = harness((s) =>
      s.id === 'c' && answeredElsewhere
        ? { eligible: false, reason: 'answered' }
        : { eligible: true },
    );
    h.scheduler.offer(h.byId('a'), 'event');
    h.scheduler.offer(h.byId('c'), 'event');
    await settle();
    answeredElsewhere = true;
    await h.closeCurrent();
    expect(h.shown.map((e) => e.survey.id)).to.deep.equal(['a']);
    expect(h.scheduler.queued).to.deep.equal([]);
  });

  it('destroy() stops everything', async () => {
    const h = harness();
    h.scheduler.destroy();
    expect(h.scheduler.offer(h.byId('a'), 'event')).to.equal(undefined);
    h.scheduler.force(h.byId('b'));
    await settle();
    expect(h.shown).to.deep.equal([]);
  });
});
