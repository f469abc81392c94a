/**
 * The survey runtime downloads only what the loaded definitions use: the page-bound trigger kinds
 * in use (with the SPA navigation watch), the property filters when an event trigger has
 * `properties` (or with the presenter, when an audience has traits), the audience rules with the
 * presenter when a definition has an audience, the presenter (eligibility, scheduler, display,
 * history) at the first offer, the words of problems when a definition is invalid, the
 * server-history reader when an answer carries one. What the browser really fetched is read from
 * Resource Timing, so the tests run in order on their own page (each test file gets one): the
 * first ones need nothing loaded.
 */
import { expect } from '@open-wc/testing';
import { createTouchpoint } from '../index.js';
import { endpointUrl, uniqueName, until } from '../test-support/endpoint.js';
import { rawDelete } from '../test-support/idb.js';
import type { ShowReason } from '../targeting/scheduler.js';
import { watchTriggers } from '../targeting/triggers.js';
import type { SurveyDefinition, Trigger } from './definition.js';

// The test page loads many modules before this one; keep every entry from here on.
performance.setResourceTimingBufferSize(100_000);

const LAZY = new Set([
  'page-view',
  'click',
  'scroll',
  'exit-intent',
  'time-on-page',
  'navigation',
  'page',
  'filters',
  'audience',
  'server-history',
  'presenter',
  'reasons',
]);
/** The lazy modules this page has fetched, sorted. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .flatMap(
      (entry) =>
        /\/(?:surveys|targeting)\/(?:triggers\/)?([\w-]+)\.ts$/.exec(
          new URL(entry.name).pathname,
        )?.[1] ?? [],
    )
    .filter((name) => LAZY.has(name))
    .sort();

const survey = (id: string, trigger?: Trigger, over: Partial<SurveyDefinition> = {}) =>
  ({
    id,
    type: 'nps',
    questions: [{ id: 's', kind: 'nps', text: '?' }],
    ...(trigger ? { trigger } : {}),
    ...over,
  }) as SurveyDefinition;

/** A Touchpoint with `surveys`, once they are loaded; `destroy` also deletes its database. */
async function sdk(surveys: SurveyDefinition[]) {
  const dbName = uniqueName('tp-lazy');
  const tp = createTouchpoint({
    endpoint: endpointUrl(uniqueName('ep')),
    dbName,
    consent: 'pending',
    surveys,
  });
  let loaded = false;
  tp.on('surveys:loaded', () => (loaded = true));
  await until(() => loaded, 'surveys:loaded');
  return { tp, destroy: () => (tp.destroy(), rawDelete(dbName)) };
}

describe('lazy survey modules', () => {
  it('valid event, delay and manual surveys: nothing lazy is fetched, no History API wrap', async () => {
    const { pushState } = history;
    const { destroy } = await sdk([
      survey('buy', { event: 'checkout_completed' }),
      survey('later', { delayMs: 3_600_000 }),
      survey('code', { manual: true }),
    ]);
    try {
      expect(fetched()).to.deep.equal([]);
      expect(history.pushState, 'no History API wrap').to.equal(pushState);
    } finally {
      await destroy();
    }
  });

  it('the presenter is fetched when a trigger first fires, with the audience rules (not the filters) if an audience has no traits', async () => {
    // Identified users only: this anonymous visitor is offered it, but it is never shown.
    const { tp, destroy } = await sdk([
      survey('buy', { event: 'checkout_completed' }, { audience: { identified: true } }),
    ]);
    try {
      expect(fetched()).to.deep.equal([]);
      tp.track('checkout_completed');
      await until(() => fetched().includes('presenter'), 'the presenter fetched');
      await until(() => fetched().includes('audience'), 'the audience rules fetched');
      expect(fetched()).to.deep.equal(['audience', 'presenter']);
    } finally {
      await destroy();
    }
  });

  it('audience traits: the filters are fetched with the presenter', async () => {
    const { tp, destroy } = await sdk([
      survey(
        'pro',
        { event: 'checkout_completed' },
        { audience: { traits: [{ key: 'plan', op: 'eq', value: 'pro' }] } },
      ),
    ]);
    try {
      expect(fetched()).to.deep.equal(['audience', 'presenter']);
      tp.track('checkout_completed');
      await until(() => fetched().includes('filters'), 'the filters fetched');
    } finally {
      await destroy();
    }
  });

  it('property filters: fetched for them; events tracked meanwhile are matched after, in order', async () => {
    const fired: string[] = [];
    const watcher = watchTriggers({
      surveys: [
        survey('big', { event: 'order', properties: [{ key: 'value', op: 'gte', value: 100 }] }),
        survey('any', { event: 'order' }),
      ],
      fire: (s) => fired.push(s.id),
    });
    try {
      watcher.track('order', { value: 20 });
      watcher.track('order', { value: 120 });
      expect(fired).to.deep.equal([]);
      await watcher.ready;
      expect(fetched()).to.deep.equal(['audience', 'filters', 'presenter']);
      expect(fired).to.deep.equal(['any', 'big', 'any']);
      watcher.track('order', { value: 100 });
      expect(fired.slice(3)).to.deep.equal(['big', 'any']);
    } finally {
      watcher.destroy();
    }
  });

  it('imports the kinds in use, and only those; events are heard while they load', async () => {
    const fired: Array<[string, ShowReason]> = [];
    const watcher = watchTriggers({
      surveys: [survey('exit', { exitIntent: true }), survey('buy', { event: 'buy' })],
      fire: (s, reason) => fired.push([s.id, reason]),
      canHover: true,
    });
    try {
      watcher.track('buy');
      expect(fired).to.deep.equal([['buy', 'event']]);
      await watcher.ready;
      expect(fetched()).to.deep.equal([
        'audience',
        'exit-intent',
        'filters',
        'navigation',
        'page',
        'presenter',
      ]);
      document.documentElement.dispatchEvent(
        new MouseEvent('mouseout', { bubbles: true, clientY: -1, relatedTarget: null }),
      );
      expect(fired.slice(1)).to.deep.equal([['exit', 'exitIntent']]);
    } finally {
      watcher.destroy();
    }
  });

  it('a watcher destroyed while its kinds load never starts them', async () => {
    const { pushState } = history;
    const fired: string[] = [];
    const watcher = watchTriggers({
      surveys: [survey('pricing', { pageView: { url: '/*' } })],
      fire: (s) => fired.push(s.id),
    });
    watcher.destroy();
    await watcher.ready;
    expect(fetched()).to.include('page-view');
    expect(history.pushState, 'no History API wrap').to.equal(pushState);
    expect(fired).to.deep.equal([]);
  });
});
