import { expect } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import type { SurveyDefinition, Trigger } from '../surveys/definition.js';
import type { ShowReason } from './scheduler.js';
import { eventMatches } from './filters.js';
import { triggerKind, watchTriggers, type TriggerKind, type TriggerWatcher } from './triggers.js';
import { isExitIntent } from './triggers/exit-intent.js';
import { scrollDepth } from './triggers/scroll.js';

const survey = (id: string, trigger?: Trigger): SurveyDefinition => ({
  id,
  type: 'nps',
  questions: [{ id: 's', kind: 'nps', text: '?' }],
  ...(trigger ? { trigger } : {}),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('trigger decisions', () => {
  const kinds: Array<[Trigger | undefined, TriggerKind]> = [
    [undefined, 'manual'],
    [{ manual: true }, 'manual'],
    [{ event: 'x' }, 'event'],
    [{ event: 'x', delayMs: 5 }, 'event'],
    [{ pageView: { url: '/' } }, 'pageView'],
    [{ click: '#buy' }, 'click'],
    [{ scrollPercent: 0 }, 'scroll'],
    [{ exitIntent: true }, 'exitIntent'],
    [{ exitIntent: false, delayMs: 5 }, 'delay'],
    [{ timeOnPageMs: 0 }, 'timeOnPage'],
    [{ delayMs: 0 }, 'delay'],
  ];
  for (const [trigger, kind] of kinds) {
    it(`triggerKind(${JSON.stringify(trigger)}) → ${kind}`, () => {
      expect(triggerKind(trigger)).to.equal(kind);
    });
  }

  it('eventMatches needs the name and every property filter', () => {
    const trigger: Trigger = {
      event: 'checkout_completed',
      properties: [{ key: 'value', op: 'gte', value: 30 }],
    };
    expect(eventMatches(trigger, 'checkout_completed', { value: 30 })).to.equal(true);
    expect(eventMatches(trigger, 'checkout_completed', { value: 29 })).to.equal(false);
    expect(eventMatches(trigger, 'checkout_completed', undefined)).to.equal(false);
    expect(eventMatches(trigger, 'checkout_started', { value: 99 })).to.equal(false);
    expect(eventMatches({ event: 'a' }, 'a', undefined)).to.equal(true);
    expect(eventMatches({ click: '#a' }, 'a', {})).to.equal(false);
  });

  const depths: Array<[number, number, number, number]> = [
    [0, 500, 2000, 25],
    [500, 500, 2000, 50],
    [1500, 500, 2000, 100],
    [1600, 500, 2000, 100],
    [0, 500, 0, 100],
  ];
  for (const [top, viewport, page, expected] of depths) {
    it(`scrollDepth(${top}, ${viewport}, ${page}) → ${expected}`, () => {
      expect(scrollDepth(top, viewport, page)).to.equal(expected);
    });
  }

  it('isExitIntent: leaving the window through the top edge only', () => {
    expect(isExitIntent({ relatedTarget: null, clientY: 0 })).to.equal(true);
    expect(isExitIntent({ relatedTarget: null, clientY: -12 })).to.equal(true);
    expect(isExitIntent({ relatedTarget: null, clientY: 300 })).to.equal(false);
    expect(isExitIntent({ relatedTarget: document.body, clientY: -1 })).to.equal(false);
  });
});

describe('watchTriggers (in the browser)', () => {
  const start = location.href;
  let watcher: TriggerWatcher | undefined;
  let fired: Array<[string, ShowReason]> = [];
  const cleanup: Array<() => void> = [];

  /** Starts a watcher and waits for its lazy kinds to be watching. */
  async function watch(surveys: SurveyDefinition[], canHover = true) {
    watcher = watchTriggers({
      surveys,
      fire: (s, reason) => fired.push([s.id, reason]),
      canHover,
    });
    await watcher.ready;
    return watcher;
  }

  beforeEach(() => {
    fired = [];
  });
  afterEach(async () => {
    watcher?.destroy();
    watcher = undefined;
    for (const fn of cleanup.splice(0)) fn();
    history.replaceState(null, '', start);
    window.scrollTo(0, 0);
    await resetMouse();
  });

  describe('event', () => {
    it('fires on track() with the name and passing property filters', async () => {
      const w = await watch([
        survey('big-order', {
          event: 'checkout_completed',
          properties: [{ key: 'value', op: 'gt', value: 100 }],
        }),
        survey('any-order', { event: 'checkout_completed' }),
        survey('other', { event: 'signup' }),
      ]);
      w.track('checkout_completed', { value: 30 });
      expect(fired).to.deep.equal([['any-order', 'event']]);
      w.track('checkout_completed', { value: 300 });
      expect(fired.slice(1)).to.deep.equal([
        ['big-order', 'event'],
        ['any-order', 'event'],
      ]);
    });

    it('waits delayMs before offering, once per pending delay', async () => {
      const w = await watch([survey('later', { event: 'x', delayMs: 80 })]);
      w.track('x');
      w.track('x');
      await sleep(30);
      expect(fired).to.deep.equal([]);
      await sleep(120);
      expect(fired).to.deep.equal([['later', 'event']]);
    });
  });

  describe('pageView and SPA navigation', () => {
    it('checks the URL on start', async () => {
      history.replaceState(null, '', '/spa/pricing?plan=pro');
      await watch([
        survey('pricing', { pageView: { url: '/spa/pricing*', match: 'glob' } }),
        survey('blog', { pageView: { url: '/spa/blog', match: 'startsWith' } }),
      ]);
      expect(fired).to.deep.equal([['pricing', 'pageView']]);
    });

    it('fires on history.pushState, replaceState, popstate and hashchange', async () => {
      history.replaceState(null, '', '/spa/home');
      await watch([
        survey('pricing', { pageView: { url: '/spa/pricing', match: 'exact' } }),
        survey('docs', { pageView: { url: '/spa/docs', match: 'startsWith' } }),
        survey('faq', { pageView: { url: '#faq', match: 'contains' } }),
      ]);
      expect(fired).to.deep.equal([]);

      history.pushState({}, '', '/spa/pricing');
      expect(fired).to.deep.equal([['pricing', 'pageView']]);

      history.replaceState({}, '', '/spa/docs/intro');
      expect(fired.slice(1)).to.deep.equal([['docs', 'pageView']]);

      history.pushState({}, '', '/spa/other');
      const popped = new Promise((resolve) =>
        addEventListener('popstate', resolve, { once: true }),
      );
      history.back(); // → /spa/docs/intro
      await popped;
      expect(fired.slice(2)).to.deep.equal([['docs', 'pageView']]);

      const hashed = new Promise((resolve) =>
        addEventListener('hashchange', resolve, { once: true }),
      );
      location.hash = 'faq';
      await hashed;
      // Still under /spa/docs, so that survey's page matches again: frequency decides.
      expect(fired.slice(3)).to.deep.equal([
        ['docs', 'pageView'],
        ['faq', 'pageView'],
      ]);
    });

    it('does not fire again when the URL did not change', async () => {
      history.replaceState(null, '', '/spa/pricing');
      await watch([survey('pricing', { pageView: { url: '/spa/pricing' } })]);
      history.replaceState({ scroll: 10 }, '', '/spa/pricing');
      history.pushState({ step: 2 }, '', location.href);
      expect(fired).to.deep.equal([['pricing', 'pageView']]);
    });

    it('wraps pushState/replaceState once for several watchers and restores them on destroy', async () => {
      const { pushState, replaceState } = history;
      const a = await watch([survey('a', { pageView: { url: '/spa/x' } })]);
      const b = watchTriggers({
        surveys: [survey('b', { pageView: { url: '/spa/x' } })],
        fire: (s, reason) => fired.push([s.id, reason]),
      });
      await b.ready;
      expect(history.pushState).to.not.equal(pushState);
      history.pushState(null, '', '/spa/x');
      expect(fired).to.deep.equal([
        ['a', 'pageView'],
        ['b', 'pageView'],
      ]);
      a.destroy();
      expect(history.pushState).to.not.equal(pushState);
      b.destroy();
      expect(history.pushState).to.equal(pushState);
      expect(history.replaceState).to.equal(replaceState);
      history.pushState(null, '', '/spa/y');
      history.pushState(null, '', '/spa/x');
      expect(fired).to.have.length(2);
    });

    it('leaves a wrapper installed later by other code in place', async () => {
      const original = history.pushState;
      const w = await watch([survey('a', { pageView: { url: '/spa/x' } })]);
      const ours = history.pushState;
      const theirs = function (this: History, ...args: Parameters<History['pushState']>) {
        return ours.apply(this, args);
      };
      history.pushState = theirs;
      cleanup.push(() => (history.pushState = original));
      w.destroy();
      expect(history.pushState).to.equal(theirs);
      history.pushState(null, '', '/spa/x');
      expect(fired).to.deep.equal([]);
    });

    it('a route change drops a page-bound offer still waiting for its delay', async () => {
      history.replaceState(null, '', '/spa/pricing');
      await watch([survey('pricing', { pageView: { url: '/spa/pricing' }, delayMs: 60 })]);
      history.pushState(null, '', '/spa/elsewhere');
      await sleep(120);
      expect(fired).to.deep.equal([]);
    });
  });

  describe('click', () => {
    it('fires for the selector, its descendants, shadow DOM, and despite stopPropagation', async () => {
      const host = document.createElement('div');
      host.innerHTML = '<button id="buy"><span>Buy</span></button><button id="other">x</button>';
      const shadowHost = document.createElement('div');
      const shadow = shadowHost.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<button class="cta">In shadow</button>';
      host.append(shadowHost);
      document.body.append(host);
      cleanup.push(() => host.remove());
      host.addEventListener('click', (e) => e.stopPropagation());
      await watch([survey('buy', { click: '#buy' }), survey('cta', { click: 'button.cta' })]);

      host.querySelector('span')!.click();
      expect(fired).to.deep.equal([['buy', 'click']]);
      host.querySelector<HTMLButtonElement>('#other')!.click();
      expect(fired).to.have.length(1);
      shadow.querySelector('button')!.click();
      expect(fired.slice(1)).to.deep.equal([['cta', 'click']]);
    });

    it('fires on a real pointer click, and never for clicks inside a survey', async () => {
      const button = document.createElement('button');
      button.id = 'buy';
      button.textContent = 'Buy';
      button.style.cssText = 'position:fixed;left:10px;top:10px;width:100px;height:40px';
      const inSurvey = document.createElement('tp-survey');
      inSurvey.innerHTML = '<button id="buy-2">Buy in survey</button>';
      document.body.append(button, inSurvey);
      cleanup.push(() => {
        button.remove();
        inSurvey.remove();
      });
      await watch([survey('buy', { click: 'button[id^="buy"]' })]);
      await sendMouse({ type: 'click', position: [40, 25] });
      expect(fired).to.deep.equal([['buy', 'click']]);
      inSurvey.querySelector('button')!.click();
      expect(fired).to.have.length(1);
    });
  });

  describe('scrollPercent', () => {
    it('fires once per route when the viewport bottom reaches the depth', async () => {
      const tall = document.createElement('div');
      tall.style.height = `${window.innerHeight * 4}px`;
      document.body.append(tall);
      cleanup.push(() => tall.remove());
      await watch([survey('half', { scrollPercent: 50 }), survey('end', { scrollPercent: 100 })]);
      const page = document.documentElement.scrollHeight;
      const scrollTo = async (top: number) => {
        const scrolled = new Promise((r) => addEventListener('scroll', r, { once: true }));
        window.scrollTo(0, top);
        await scrolled;
      };
      await scrollTo(page * 0.3 - window.innerHeight);
      expect(fired).to.deep.equal([]);
      await scrollTo(page * 0.55 - window.innerHeight);
      expect(fired).to.deep.equal([['half', 'scroll']]);
      await scrollTo(page * 0.2);
      await scrollTo(page * 0.6 - window.innerHeight);
      expect(fired).to.have.length(1);
      history.pushState(null, '', '/spa/next');
      await scrollTo(page);
      expect(fired.slice(1)).to.deep.equal([
        ['half', 'scroll'],
        ['end', 'scroll'],
      ]);
    });
  });

  describe('exitIntent', () => {
    const leave = (clientY: number, relatedTarget: EventTarget | null = null) =>
      document.documentElement.dispatchEvent(
        new MouseEvent('mouseout', { bubbles: true, clientY, relatedTarget }),
      );

    it('fires when the pointer leaves through the top edge, once per route', async () => {
      await watch([survey('exit', { exitIntent: true })]);
      leave(300);
      leave(-2, document.body);
      expect(fired).to.deep.equal([]);
      leave(-2);
      leave(0);
      expect(fired).to.deep.equal([['exit', 'exitIntent']]);
      history.pushState(null, '', '/spa/next');
      leave(-1);
      expect(fired).to.have.length(2);
    });

    it('fires on a real pointer moving out of the window through the top', async () => {
      await watch([survey('exit', { exitIntent: true })]);
      await sendMouse({ type: 'move', position: [200, 200] });
      await sendMouse({ type: 'move', position: [200, 5] });
      expect(fired).to.deep.equal([]);
      await sendMouse({ type: 'move', position: [200, -20] });
      expect(fired).to.deep.equal([['exit', 'exitIntent']]);
    });

    it('never fires where the pointer cannot hover (touch)', async () => {
      await watch([survey('exit', { exitIntent: true })], false);
      leave(-5);
      expect(fired).to.deep.equal([]);
    });
  });

  describe('time', () => {
    it('timeOnPageMs fires after that long on the route, and starts again on navigation', async () => {
      await watch([survey('dwell', { timeOnPageMs: 80 })]);
      await sleep(50);
      history.pushState(null, '', '/spa/next');
      await sleep(50);
      expect(fired).to.deep.equal([]);
      await sleep(80);
      expect(fired).to.deep.equal([['dwell', 'timeOnPage']]);
    });

    describe('timeOnPageMs counts only while the page is visible', () => {
      // A background tab cannot be made in a headless test page, so the page's visibility is
      // overridden (as a hidden tab reports it) and `visibilitychange` dispatched, as Chromium does.
      const hide = (state: DocumentVisibilityState) => {
        Object.defineProperty(document, 'visibilityState', {
          configurable: true,
          get: () => state,
        });
        document.dispatchEvent(new Event('visibilitychange'));
      };
      afterEach(() => {
        Reflect.deleteProperty(document, 'visibilityState');
      });

      it('does not fire while the tab is in the background', async () => {
        await watch([survey('dwell', { timeOnPageMs: 80 })]);
        hide('hidden');
        await sleep(200);
        expect(fired, 'hidden time is not time on the page').to.deep.equal([]);
        hide('visible');
        await sleep(200);
        expect(fired).to.deep.equal([['dwell', 'timeOnPage']]);
      });

      it('pauses when hidden and resumes (not restarts) when visible again', async () => {
        await watch([survey('dwell', { timeOnPageMs: 300 })]);
        await sleep(200);
        hide('hidden');
        await sleep(400);
        expect(fired).to.deep.equal([]);
        hide('visible');
        await sleep(50);
        expect(fired, '~100 ms still to go').to.deep.equal([]);
        await sleep(150);
        expect(fired, 'the 200 ms before the pause count').to.deep.equal([['dwell', 'timeOnPage']]);
      });

      it('a page that starts hidden starts counting when first shown', async () => {
        hide('hidden');
        await watch([survey('dwell', { timeOnPageMs: 60 })]);
        await sleep(150);
        expect(fired).to.deep.equal([]);
        hide('visible');
        await sleep(20);
        expect(fired).to.deep.equal([]);
        await sleep(120);
        expect(fired).to.deep.equal([['dwell', 'timeOnPage']]);
      });

      it('a navigation while hidden starts a new count that waits for the page to show', async () => {
        await watch([survey('dwell', { timeOnPageMs: 150 })]);
        await sleep(100);
        hide('hidden');
        history.pushState(null, '', '/spa/next');
        await sleep(200);
        hide('visible');
        await sleep(80);
        expect(fired, "the old route's 100 ms do not count").to.deep.equal([]);
        await sleep(150);
        expect(fired).to.deep.equal([['dwell', 'timeOnPage']]);
      });
    });

    it('delayMs alone fires after that long since start, whatever the route', async () => {
      await watch([survey('delay', { delayMs: 60 })]);
      history.pushState(null, '', '/spa/next');
      await sleep(20);
      expect(fired).to.deep.equal([]);
      await sleep(90);
      expect(fired).to.deep.equal([['delay', 'delay']]);
    });

    it('destroy() cancels pending timers', async () => {
      const w = await watch([
        survey('dwell', { timeOnPageMs: 30 }),
        survey('later', { event: 'x', delayMs: 30 }),
      ]);
      w.track('x');
      w.destroy();
      await sleep(80);
      expect(fired).to.deep.equal([]);
    });
  });

  it('manual surveys (and ones without trigger) never fire by themselves', async () => {
    const w = await watch([survey('manual', { manual: true }), survey('none')]);
    w.track('manual');
    document.body.click();
    await sleep(20);
    expect(fired).to.deep.equal([]);
  });
});
