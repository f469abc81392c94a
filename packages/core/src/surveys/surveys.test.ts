/**
 * Surveys end to end inside the SDK: createTouchpoint with `surveys`/`surveysUrl`, the real
 * `<tp-survey>` element, real IndexedDB, the wtr loopback endpoint. The clock is injected where
 * days must pass; everything else is real.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@touchpoint/elements/define/tp-survey.js';
import { createTouchpoint, type Touchpoint, type TouchpointOptions } from '../index.js';
import {
  endpointLog,
  endpointUrl,
  scriptEndpoint,
  sleep,
  uniqueName,
  until,
} from '../test-support/endpoint.js';
import { rawDelete } from '../test-support/idb.js';
import { DAY_MS } from '../targeting/frequency.js';
import type { SurveyEventMap } from './events.js';
import type { SurveyDefinition } from './definition.js';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);

const nps = (id: string, over: Partial<SurveyDefinition> = {}): SurveyDefinition => ({
  id,
  type: 'nps',
  questions: [{ id: 'score', kind: 'nps', text: `How likely are you to recommend us? (${id})` }],
  trigger: { manual: true },
  ...over,
});

type Log = Array<{ [K in keyof SurveyEventMap]: [K, SurveyEventMap[K]] }[keyof SurveyEventMap]>;

interface Harness {
  tp: Touchpoint;
  dbName: string;
  log: Log;
  events<K extends keyof SurveyEventMap>(type: K): Array<SurveyEventMap[K]>;
  loaded(): Promise<void>;
}

const onScreen = () => [...document.querySelectorAll('tp-survey')];
const current = () => {
  const all = onScreen();
  expect(all, 'surveys on screen').to.have.length(1);
  return all[0]!;
};
const answer = (el: Element, score = 9) =>
  el.dispatchEvent(
    new CustomEvent('tp-submit', {
      detail: { type: 'nps', surveyId: el.getAttribute('survey-id') ?? undefined, score },
      bubbles: true,
      composed: true,
    }),
  );
const dismiss = (el: Element) =>
  el.dispatchEvent(
    new CustomEvent('tp-dismiss', {
      detail: { type: 'nps', reason: 'close' },
      bubbles: true,
      composed: true,
    }),
  );

describe('surveys in the SDK', () => {
  const cleanup: Array<() => unknown> = [];
  const start = location.href;
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
    for (const el of onScreen()) el.remove();
    history.replaceState(null, '', start);
  });

  function make(options: Partial<TouchpointOptions>, dbName = uniqueName('tp-surveys')): Harness {
    const tp = createTouchpoint({ endpoint: endpointUrl(uniqueName('ep')), dbName, ...options });
    const log: Log = [];
    for (const type of [
      'surveys:loaded',
      'survey:invalid',
      'survey:shown',
      'survey:answered',
      'survey:dismissed',
    ] as const) {
      tp.on(type, (payload) => log.push([type, payload] as Log[number]));
    }
    cleanup.push(() => tp.destroy());
    cleanup.push(() => rawDelete(dbName));
    const events = <K extends keyof SurveyEventMap>(type: K) =>
      log.filter(([t]) => t === type).map(([, p]) => p as SurveyEventMap[K]);
    return {
      tp,
      dbName,
      log,
      events,
      loaded: () => until(() => events('surveys:loaded').length > 0, 'surveys:loaded'),
    };
  }

  /** Resolves when `count` surveys have been shown. */
  const shownCount = (h: Harness, count: number) =>
    until(() => h.events('survey:shown').length >= count, `${count} survey(s) shown`);

  describe('display', () => {
    it('shows a triggered survey as a connected <tp-survey>, stores its answer with the surveyId', async () => {
      history.replaceState(null, '', '/shop/thanks');
      const definition = nps('post-checkout', {
        trigger: { pageView: { url: '/shop/thanks' } },
        display: { mode: 'popover', position: 'top-left' },
      });
      const queued: string[] = [];
      const h = make({ surveys: [definition], consent: 'pending' });
      h.tp.on('response:queued', ({ record }) =>
        queued.push(`${record.type}:${record.surveyId}:${record.score}`),
      );
      await shownCount(h, 1);
      const el = current() as HTMLElement & { definition?: SurveyDefinition };
      expect(el.definition).to.deep.equal(definition);
      expect(el.getAttribute('survey-id')).to.equal('post-checkout');
      expect(el.getAttribute('mode')).to.equal('popover');
      expect(el.getAttribute('position')).to.equal('top-left');
      expect(el.hasAttribute('open')).to.equal(true);
      expect(h.events('survey:shown')).to.deep.equal([
        { surveyId: 'post-checkout', reason: 'pageView' },
      ]);

      answer(el, 10);
      await until(() => queued.length === 1, 'the answer in the outbox');
      expect(queued).to.deep.equal(['nps:post-checkout:10']);
      expect(h.events('survey:answered')).to.deep.equal([{ surveyId: 'post-checkout' }]);
      // The element closes itself after its thank-you step (removes `open`).
      el.removeAttribute('open');
      await until(() => onScreen().length === 0, 'the survey removed');
      expect(h.events('survey:dismissed')).to.deep.equal([]);
    });

    it('Escape on the real element dismisses it: removed, counted as dismissed', async () => {
      const h = make({ surveys: [nps('esc')] });
      await h.loaded();
      h.tp.show('esc');
      await shownCount(h, 1);
      const el = current();
      await until(
        () => el.shadowRoot?.activeElement || el.matches(':focus-within'),
        'focus inside the popover',
      );
      await sendKeys({ press: 'Escape' });
      await until(() => h.events('survey:dismissed').length === 1, 'survey:dismissed');
      expect(onScreen()).to.have.length(0);
    });

    it('tp.dismiss() closes the survey on screen', async () => {
      const h = make({ surveys: [nps('a')] });
      h.tp.show('a');
      await shownCount(h, 1);
      h.tp.dismiss();
      await until(() => h.events('survey:dismissed').length === 1, 'survey:dismissed');
      expect(onScreen()).to.have.length(0);
    });

    it('calls made before the survey code has loaded are replayed', async () => {
      const h = make({ surveys: [nps('buy', { trigger: { event: 'checkout_completed' } })] });
      h.tp.track('checkout_completed', { value: 30 });
      await shownCount(h, 1);
      expect(h.events('survey:shown')).to.deep.equal([{ surveyId: 'buy', reason: 'event' }]);
    });

    it('a track() with filtered properties shows only the matching survey', async () => {
      const h = make({
        surveys: [
          nps('big', {
            trigger: { event: 'order', properties: [{ key: 'value', op: 'gte', value: 100 }] },
          }),
        ],
      });
      await h.loaded();
      h.tp.track('order', { value: 20 });
      await sleep(100);
      expect(onScreen()).to.have.length(0);
      h.tp.track('order', { value: 120 });
      await shownCount(h, 1);
    });

    it('audience traits decide who is shown a survey', async () => {
      const plan = (value: string) => ({ traits: [{ key: 'plan', op: 'eq' as const, value }] });
      const h = make({
        surveys: [
          nps('free', { trigger: { event: 'buy' }, audience: plan('free') }),
          nps('pro', { trigger: { event: 'buy' }, audience: plan('pro') }),
        ],
        recontactDays: 0,
      });
      h.tp.identify('user-42', { plan: 'pro' });
      await h.loaded();
      h.tp.track('buy');
      await shownCount(h, 1);
      await sleep(100);
      expect(h.events('survey:shown').map((e) => e.surveyId)).to.deep.equal(['pro']);
      expect(onScreen().map((el) => el.getAttribute('survey-id'))).to.deep.equal(['pro']);
    });

    it('loadElement is not needed when <tp-survey> is defined; show() before load works', async () => {
      const loads: string[] = [];
      const h = make({ surveys: [nps('a')], loadElement: async (tag) => void loads.push(tag) });
      h.tp.show('a');
      await shownCount(h, 1);
      expect(loads).to.deep.equal([]);
    });
  });

  describe('scheduler: one at a time', () => {
    it('two surveys eligible at once show one after the other, never both (recontactDays 0)', async () => {
      let maxOnScreen = 0;
      const observer = new MutationObserver(() => {
        maxOnScreen = Math.max(maxOnScreen, onScreen().length);
      });
      observer.observe(document.body, { childList: true });
      cleanup.push(() => observer.disconnect());
      history.replaceState(null, '', '/pricing');
      const h = make({
        recontactDays: 0,
        surveys: [
          nps('low', { trigger: { pageView: { url: '/pricing' } } }),
          nps('high', { priority: 5, trigger: { pageView: { url: '/pricing*' } } }),
          nps('urgent', { priority: 10, trigger: { event: 'go' } }),
        ],
      });
      await shownCount(h, 1);
      await sleep(100);
      expect(onScreen().map((el) => el.getAttribute('survey-id'))).to.deep.equal(['high']);
      // A trigger while one is on screen queues: it does not open a second one.
      h.tp.track('go');
      await sleep(100);
      expect(onScreen().map((el) => el.getAttribute('survey-id'))).to.deep.equal(['high']);
      answer(current());
      dismiss(current());
      await shownCount(h, 2);
      expect(onScreen().map((el) => el.getAttribute('survey-id'))).to.deep.equal(['urgent']);
      dismiss(current());
      await shownCount(h, 3);
      expect(onScreen().map((el) => el.getAttribute('survey-id'))).to.deep.equal(['low']);
      dismiss(current());
      await until(() => h.events('survey:dismissed').length === 2, 'the others dismissed');
      expect(h.events('survey:shown').map((e) => e.surveyId)).to.deep.equal([
        'high',
        'urgent',
        'low',
      ]);
      expect(h.events('survey:answered').map((e) => e.surveyId)).to.deep.equal(['high']);
      expect(maxOnScreen).to.equal(1);
    });

    it('by default (recontactDays 7) the queued survey waits for the cooldown instead of chaining', async () => {
      history.replaceState(null, '', '/pricing');
      const h = make({
        surveys: [
          nps('first', { priority: 1, trigger: { pageView: { url: '/pricing' } } }),
          nps('second', { trigger: { pageView: { url: '/pricing' } } }),
        ],
      });
      await shownCount(h, 1);
      dismiss(current());
      await until(() => h.events('survey:dismissed').length === 1, 'dismissed');
      await sleep(300);
      expect(onScreen()).to.have.length(0);
      expect(h.events('survey:shown').map((e) => e.surveyId)).to.deep.equal(['first']);
    });

    it('a short cooldown: the queued survey shows when it ends, not before', async () => {
      history.replaceState(null, '', '/pricing');
      const h = make({
        recontactDays: 400 / DAY_MS,
        surveys: [
          nps('first', { priority: 1, trigger: { pageView: { url: '/pricing' } } }),
          nps('second', { trigger: { pageView: { url: '/pricing' } } }),
        ],
      });
      // The times of the shows themselves, not of the polls that notice them: the cooldown runs
      // from the first show (on the SDK's clock, Date.now), so on a busy machine a poll's delay
      // must not count.
      const shownAt: number[] = [];
      h.tp.on('survey:shown', () => shownAt.push(Date.now()));
      await shownCount(h, 1);
      dismiss(current());
      await shownCount(h, 2);
      expect(shownAt).to.have.length(2);
      expect(shownAt[1]! - shownAt[0]!).to.be.at.least(395);
      expect(h.events('survey:shown').map((e) => e.surveyId)).to.deep.equal(['first', 'second']);
    });

    it('show() bypasses frequency and cooldown, and still records the show', async () => {
      let clock = NOW;
      const dbName = uniqueName('tp-surveys');
      const a = make(
        { surveys: [nps('q', { trigger: { event: 'go' } })], now: () => clock },
        dbName,
      );
      a.tp.track('go');
      await shownCount(a, 1);
      dismiss(current());
      await until(() => a.events('survey:dismissed').length === 1, 'dismissed');
      a.tp.track('go');
      await sleep(100);
      expect(onScreen()).to.have.length(0);
      a.tp.show('q');
      await shownCount(a, 2);
      expect(a.events('survey:shown')[1]).to.deep.equal({ surveyId: 'q', reason: 'show' });
      clock += DAY_MS;
    });
  });

  describe('frequency and cooldown across reloads', () => {
    it('the cooldown and "once" hold for a new instance on the same storage', async () => {
      let clock = NOW;
      const dbName = uniqueName('tp-surveys');
      const surveys = [
        nps('first', { trigger: { event: 'go' } }),
        nps('second', { trigger: { event: 'go-2' } }),
      ];
      const a = make({ surveys, now: () => clock }, dbName);
      a.tp.track('go');
      await shownCount(a, 1);
      dismiss(current());
      await until(() => a.events('survey:dismissed').length === 1, 'dismissed');
      a.tp.destroy();

      // Reload one day later: the 7-day cooldown still holds, "first" (once) never returns.
      clock = NOW + DAY_MS;
      const b = make({ surveys, now: () => clock }, dbName);
      await b.loaded();
      b.tp.track('go');
      b.tp.track('go-2');
      await sleep(200);
      expect(onScreen()).to.have.length(0);
      expect(b.events('survey:shown')).to.deep.equal([]);
      b.tp.destroy();

      // Eight days later: "second" may show; "first" still not.
      clock = NOW + 8 * DAY_MS;
      const c = make({ surveys, now: () => clock }, dbName);
      await c.loaded();
      c.tp.track('go');
      await sleep(150);
      expect(c.events('survey:shown')).to.deep.equal([]);
      c.tp.track('go-2');
      await shownCount(c, 1);
      expect(c.events('survey:shown')).to.deep.equal([{ surveyId: 'second', reason: 'event' }]);
    });

    it('until-answered: comes back after dismissDays, never after an answer', async () => {
      let clock = NOW;
      const dbName = uniqueName('tp-surveys');
      const surveys = [
        nps('q', {
          trigger: { event: 'go' },
          frequency: { show: 'until-answered', dismissDays: 3 },
        }),
      ];
      const options = { surveys, recontactDays: 0, now: () => clock };
      const a = make(options, dbName);
      a.tp.track('go');
      await shownCount(a, 1);
      dismiss(current());
      await until(() => a.events('survey:dismissed').length === 1, 'dismissed');
      a.tp.destroy();

      clock = NOW + 2 * DAY_MS;
      const b = make(options, dbName);
      await b.loaded();
      b.tp.track('go');
      await sleep(150);
      expect(b.events('survey:shown')).to.deep.equal([]);
      b.tp.destroy();

      clock = NOW + 4 * DAY_MS;
      const c = make(options, dbName);
      c.tp.track('go');
      await shownCount(c, 1);
      answer(current());
      dismiss(current());
      await until(() => onScreen().length === 0, 'closed');
      c.tp.destroy();

      clock = NOW + 40 * DAY_MS;
      const d = make(options, dbName);
      await d.loaded();
      d.tp.track('go');
      await sleep(150);
      expect(d.events('survey:shown')).to.deep.equal([]);
    });

    it('maxPerSession holds across a reload in the same tab', async () => {
      const dbName = uniqueName('tp-surveys');
      cleanup.push(() => sessionStorage.removeItem(`touchpoint:${dbName}:surveys-shown`));
      const surveys = [
        nps('a', { trigger: { event: 'go' } }),
        nps('b', { trigger: { event: 'go' } }),
      ];
      const a = make({ surveys, recontactDays: 0, maxPerSession: 1 }, dbName);
      a.tp.track('go');
      await shownCount(a, 1);
      dismiss(current());
      await until(() => a.events('survey:dismissed').length === 1, 'dismissed');
      await sleep(100);
      expect(a.events('survey:shown')).to.have.length(1);
      a.tp.destroy();
      const b = make({ surveys, recontactDays: 0, maxPerSession: 1 }, dbName);
      await b.loaded();
      b.tp.track('go');
      await sleep(150);
      expect(b.events('survey:shown')).to.deep.equal([]);
    });
  });

  describe('invalid definitions', () => {
    it('are reported with id, path and reason, never shown; the valid ones still work', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
      cleanup.push(() => (console.error = original));
      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      cleanup.push(() => (console.warn = originalWarn));
      history.replaceState(null, '', '/pricing');
      const broken = {
        id: 'broken',
        type: 'multi',
        questions: [{ id: 'pick', kind: 'single', text: 'Which plan?' }],
        trigger: { pageView: { url: '/pricing' } },
      };
      const h = make({
        surveys: [
          broken as unknown as SurveyDefinition,
          nps('good', { trigger: { pageView: { url: '/pricing' } } }),
        ],
      });
      await shownCount(h, 1);
      expect(h.events('survey:invalid')).to.deep.equal([
        {
          id: 'broken',
          source: 'option',
          index: 0,
          path: 'questions.0.choices',
          reason: 'a "single" question needs choices (at least 2)',
          problems: [
            {
              path: 'questions.0.choices',
              reason: 'a "single" question needs choices (at least 2)',
            },
          ],
        },
      ]);
      expect(errors).to.deep.equal([
        'Touchpoint: survey "broken" (surveys option #0) is invalid and will not be shown: questions.0.choices: a "single" question needs choices (at least 2)',
      ]);
      expect(h.events('surveys:loaded')).to.deep.equal([
        { surveys: ['good'], invalid: 1, fromCache: false },
      ]);
      expect(onScreen().map((el) => el.getAttribute('survey-id'))).to.deep.equal(['good']);
      dismiss(current());
      h.tp.show('broken');
      await sleep(100);
      expect(warnings).to.include(
        'Touchpoint: show("broken"): its definition is invalid (see the error above)',
      );
      expect(onScreen()).to.have.length(0);
    });
  });

  describe('surveysUrl', () => {
    it('GETs {surveys, history}: shows what the server sends, respects its history, sends userId', async () => {
      const name = uniqueName('surveys');
      await scriptEndpoint(name, [
        {
          status: 200,
          body: {
            surveys: [
              nps('answered-elsewhere', {
                trigger: { event: 'go' },
                frequency: { show: 'until-answered' },
              }),
              nps('fresh', { trigger: { event: 'go' } }),
            ],
            history: [{ surveyId: 'answered-elsewhere', answeredAt: '2026-11-01T00:00:00Z' }],
          },
        },
      ]);
      const urls: string[] = [];
      const h = make({
        surveysUrl: endpointUrl(name),
        user: { id: 'user-42' },
        recontactDays: 0,
        fetch: (input, init) => {
          urls.push(input);
          return fetch(input, init);
        },
      });
      await h.loaded();
      expect(urls).to.have.length(1);
      expect(new URL(urls[0]!).pathname).to.equal(endpointUrl(name));
      expect(new URL(urls[0]!).searchParams.get('userId')).to.equal('user-42');
      h.tp.track('go');
      await shownCount(h, 1);
      await sleep(100);
      expect(h.events('survey:shown').map((e) => e.surveyId)).to.deep.equal(['fresh']);
    });

    it('starts from the cached copy when the server is down', async () => {
      const name = uniqueName('surveys');
      const dbName = uniqueName('tp-surveys');
      await scriptEndpoint(name, [
        { status: 200, body: { surveys: [nps('cached', { trigger: { event: 'go' } })] } },
        { status: 503, body: 'down' },
      ]);
      const a = make({ surveysUrl: endpointUrl(name) }, dbName);
      await a.loaded();
      expect(a.events('surveys:loaded')).to.deep.equal([
        { surveys: ['cached'], invalid: 0, fromCache: false },
      ]);
      a.tp.destroy();

      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      cleanup.push(() => (console.warn = originalWarn));
      const b = make({ surveysUrl: endpointUrl(name) }, dbName);
      await b.loaded();
      expect(b.events('surveys:loaded')).to.deep.equal([
        { surveys: ['cached'], invalid: 0, fromCache: true },
      ]);
      expect(warnings.join('\n')).to.contain('HTTP 503');
      b.tp.track('go');
      await shownCount(b, 1);
    });

    it('reports an answer that is not {surveys: [...]}, and a bad definition in it', async () => {
      const name = uniqueName('surveys');
      await scriptEndpoint(name, [
        { status: 200, body: { surveys: [{ id: 'x', type: 'nps', questions: [] }] } },
      ]);
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
      cleanup.push(() => (console.error = original));
      const h = make({ surveysUrl: endpointUrl(name) });
      await h.loaded();
      expect(
        h.events('survey:invalid').map((e) => [e.id, e.source, e.path, e.reason]),
      ).to.deep.equal([['x', 'url', 'questions', 'must have at least 1 item']]);
      expect(errors).to.have.length(1);
    });

    it('with consent pending: no request (the offline copy only); granted: fetched', async () => {
      const name = uniqueName('surveys');
      await scriptEndpoint(name, [
        { status: 200, body: { surveys: [nps('later', { trigger: { event: 'go' } })] } },
      ]);
      const h = make({ surveysUrl: endpointUrl(name), consent: 'pending' });
      await h.loaded();
      expect(await endpointLog(name)).to.deep.equal([]);
      expect(h.events('surveys:loaded')).to.deep.equal([
        { surveys: [], invalid: 0, fromCache: true },
      ]);
      await h.tp.setConsent('granted');
      await until(() => h.events('surveys:loaded').length === 2, 'loaded after consent');
      expect(await endpointLog(name)).to.have.length(1);
      h.tp.track('go');
      await shownCount(h, 1);
    });
  });

  describe('consent denied', () => {
    it('shows nothing, even from show()', async () => {
      history.replaceState(null, '', '/pricing');
      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      cleanup.push(() => (console.warn = originalWarn));
      const h = make({
        consent: 'denied',
        surveys: [nps('a', { trigger: { pageView: { url: '/pricing' } } })],
      });
      await h.loaded();
      h.tp.show('a');
      await sleep(150);
      expect(onScreen()).to.have.length(0);
      expect(warnings).to.include(
        'Touchpoint: show("a"): consent is "denied", so no survey is shown',
      );
    });

    it('withdrawing consent closes the survey on screen', async () => {
      const h = make({ surveys: [nps('a')] });
      h.tp.show('a');
      await shownCount(h, 1);
      await h.tp.setConsent('denied');
      await until(() => onScreen().length === 0, 'closed');
    });
  });

  describe('options and arguments', () => {
    const table: Array<[Partial<TouchpointOptions>, string]> = [
      [
        { surveys: 'x' as never },
        'Touchpoint: invalid option "surveys": must be an array of survey definitions',
      ],
      [
        { surveysUrl: 'ftp://x/y' },
        'Touchpoint: invalid option "surveysUrl": must be an http(s) URL, absolute or relative to the page',
      ],
      [
        { recontactDays: -1 },
        'Touchpoint: invalid option "recontactDays": must be a number of days from 0 to 3650',
      ],
      [
        { maxPerSession: 1.5 },
        'Touchpoint: invalid option "maxPerSession": must be an integer ≥ 0',
      ],
      [
        { loadElement: 'tp' as never },
        'Touchpoint: invalid option "loadElement": must be a function',
      ],
    ];
    for (const [options, message] of table) {
      it(message, () => {
        expect(() => createTouchpoint({ endpoint: '/e', ...options })).to.throw(Error, message);
      });
    }

    it('track() and show() check their arguments; without surveys track is a no-op', () => {
      const h = make({ consent: 'pending' });
      expect(() => h.tp.track('')).to.throw('Touchpoint: track() needs an event name');
      expect(() => h.tp.track('x', [] as never)).to.throw(
        'Touchpoint: track() properties must be an object',
      );
      expect(() => h.tp.show(42 as never)).to.throw('Touchpoint: show() needs a survey id');
      expect(() => h.tp.track('x', { a: 1 })).to.not.throw();
      expect(() => h.tp.dismiss()).to.not.throw();
    });
  });
});
