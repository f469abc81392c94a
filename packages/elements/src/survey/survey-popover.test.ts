import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SurveyDefinition } from '@touchpoint/core/survey';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../define/tp-survey.js';
import type { ResponseDetail } from '../internal/events.js';
import { assertPageVisible, expectSame, partOf, record } from '../internal/test-support.js';
import type { TpSurvey } from './survey.js';
import type { SurveyPosition } from './display.js';

/** Popover mode: the dialog, focus management, placement and stacking (SPEC §2, issue 4). */

const SURVEY: SurveyDefinition = {
  id: 'pop',
  type: 'nps',
  title: 'Two questions',
  display: { mode: 'popover', position: 'bottom-right' },
  questions: [
    { id: 'score', kind: 'nps', text: 'Recommend us?' },
    {
      id: 'plan',
      kind: 'single',
      text: 'Your plan?',
      choices: [
        { id: 'free', label: 'Free' },
        { id: 'pro', label: 'Pro' },
      ],
    },
  ],
};

const VIEWPORT = { width: 800, height: 600 };
const EDGE = 16; // --tp-space default

const part = partOf;
const focused = (el: TpSurvey) => el.shadowRoot!.activeElement;
const scoreButtons = (el: TpSurvey) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[role="radio"]'));
const box = (el: TpSurvey) => part(el, 'base')!.getBoundingClientRect();
const isOpen = (el: TpSurvey) => part(el, 'base') !== null;

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** A page with an opener button and a closed popover survey; the opener has focus. */
async function page(attributes: Partial<TpSurvey> = {}, definition = SURVEY) {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <button id="opener">Give feedback</button>
      <tp-survey .definition=${definition}></tp-survey>
    </div>`,
  );
  const el = wrapper.querySelector('tp-survey')!;
  Object.assign(el, attributes);
  await el.updateComplete;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  return { el, opener, wrapper };
}

async function open(el: TpSurvey): Promise<void> {
  el.open = true;
  await el.updateComplete;
}

describe('tp-survey popover', () => {
  beforeEach(async () => {
    assertPageVisible();
    await setViewport(VIEWPORT);
  });

  describe('opening and closing', () => {
    it('renders nothing while closed; opening shows it in the top layer, fires tp-show, moves focus in', async () => {
      const { el } = await page();
      const shows = record<CustomEvent>(el, 'tp-show');
      expect(isOpen(el)).to.equal(false);
      expect(shows).to.have.length(0);
      await open(el);
      expect(part(el, 'base')!.matches(':popover-open')).to.equal(true);
      expect(shows.map((e) => e.detail)).to.deep.equal([{ type: 'nps', surveyId: 'pop' }]);
      expectSame(document.activeElement, el);
      expectSame(focused(el), scoreButtons(el)[0]);
    });

    it('Escape dismisses, closes and returns focus to where it was', async () => {
      const { el, opener } = await page();
      await open(el);
      const dismissals = record<CustomEvent>(el, 'tp-dismiss');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dismissals.map((e) => e.detail)).to.deep.equal([
        { type: 'nps', surveyId: 'pop', reason: 'escape' },
      ]);
      expect(el.open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
      expect(isOpen(el)).to.equal(false);
      expectSame(document.activeElement, opener);
    });

    it('the close button with a score given: one tp-submit, tp-dismiss, closed, focus back', async () => {
      const { el, opener } = await page();
      await open(el);
      const order: string[] = [];
      el.addEventListener('tp-submit', (e) => order.push(`submit:${e.detail.score}`));
      el.addEventListener('tp-dismiss', (e) => order.push(`dismiss:${e.detail.reason}`));
      await sendKeys({ press: 'End' });
      part(el, 'close-button')!.click();
      await el.updateComplete;
      expect(order).to.deep.equal(['submit:10', 'dismiss:close-button']);
      expect(isOpen(el)).to.equal(false);
      expectSame(document.activeElement, opener);
      el.remove();
      await Promise.resolve();
      expect(order, 'nothing more on removal').to.have.length(2);
    });

    it('tp-show fires each time it opens; answers survive a close and reopen', async () => {
      const { el } = await page();
      const shows = record(el, 'tp-show');
      await open(el);
      scoreButtons(el)[6]!.click();
      el.open = false;
      await el.updateComplete;
      await open(el);
      expect(shows).to.have.length(2);
      expect(scoreButtons(el)[6]!.getAttribute('aria-checked')).to.equal('true');
    });

    it('closing from code returns focus only if it was inside', async () => {
      const { el, opener, wrapper } = await page();
      await open(el);
      const elsewhere = document.createElement('input');
      wrapper.append(elsewhere);
      elsewhere.focus();
      el.open = false;
      await el.updateComplete;
      expectSame(document.activeElement, elsewhere, 'focus the user moved is left alone');
      opener.focus();
      await open(el);
      el.open = false;
      await el.updateComplete;
      expectSame(document.activeElement, opener);
    });

    it('the thank-you closes it after close-delay ms and focus returns', async () => {
      const { el, opener } = await page({ closeDelay: 40 });
      await open(el);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      await sendKeys({ press: 'Enter' }); // 0 on the scale, next
      await el.updateComplete;
      await sendKeys({ press: 'Space' }); // checks the focused (first) plan
      await sendKeys({ press: 'Enter' }); // submits
      await el.updateComplete;
      expect(submits.map((e) => e.detail)).to.deep.equal([
        { type: 'nps', surveyId: 'pop', score: 0, data: { answers: { score: 0, plan: 'free' } } },
      ]);
      expectSame(focused(el), part(el, 'thank-you'));
      expect(el.open, 'the thank-you shows first').to.equal(true);
      await waitUntil(() => !el.open, 'closes by itself', { timeout: 2000 });
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      expectSame(document.activeElement, opener);
    });

    it('a negative close-delay keeps the thank-you open', async () => {
      const { el } = await page(
        { closeDelay: -1 },
        { ...SURVEY, questions: SURVEY.questions.slice(0, 1) },
      );
      await open(el);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStep).to.equal('thank-you');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(el.open).to.equal(true);
    });

    it('removed while open: what was answered is submitted and focus returns', async () => {
      const { el, opener } = await page();
      await open(el);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      await sendKeys({ press: 'ArrowRight' });
      el.remove();
      await Promise.resolve();
      expect(submits.map((e) => e.detail)).to.deep.equal([
        { type: 'nps', surveyId: 'pop', score: 1, data: { answers: { score: 1 } } },
      ]);
      expectSame(document.activeElement, opener);
    });

    it('moved while open: back in the top layer, nothing submitted', async () => {
      const { el, wrapper } = await page();
      await open(el);
      scoreButtons(el)[4]!.click();
      const submits = record(el, 'tp-submit');
      wrapper.prepend(el);
      await el.updateComplete;
      await Promise.resolve();
      expect(part(el, 'base')!.matches(':popover-open')).to.equal(true);
      expect(submits).to.have.length(0);
    });

    it('a new definition while open: shown again (tp-show), focus still returns to the opener', async () => {
      const { el, opener } = await page();
      await open(el);
      const shows = record<CustomEvent>(el, 'tp-show');
      el.definition = { ...SURVEY, id: 'pop-2' };
      await el.updateComplete;
      expect(shows.map((e) => e.detail)).to.deep.equal([{ type: 'nps', surveyId: 'pop-2' }]);
      expectSame(focused(el), scoreButtons(el)[0]);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expectSame(document.activeElement, opener);
    });

    it('a new definition replacing a partly answered one neither closes nor loses it', async () => {
      const { el } = await page({ closeDelay: 0 });
      await open(el);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      scoreButtons(el)[8]!.click();
      el.definition = { ...SURVEY, id: 'pop-3' };
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(submits.map((e) => e.detail)).to.deep.equal([
        { type: 'nps', surveyId: 'pop', score: 8, data: { answers: { score: 8 } } },
      ]);
      expect(el.open, 'the new survey stays open').to.equal(true);
      expect(el.currentStep).to.equal(0);
    });

    it('inline mode ignores open: it is always shown, in flow', async () => {
      const { el } = await page({ mode: 'inline' });
      expect(isOpen(el)).to.equal(true);
      expect(getComputedStyle(part(el, 'base')!).position).to.equal('relative');
    });
  });

  describe('focus trap', () => {
    it('Tab and Shift+Tab cycle inside the dialog', async () => {
      const { el } = await page();
      await open(el);
      const radio = scoreButtons(el)[0]!;
      expectSame(focused(el), radio);
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), part(el, 'next-button'));
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), part(el, 'close-button'));
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), radio, 'wraps to the first');
      await shiftTab();
      expectSame(focused(el), part(el, 'close-button'), 'wraps to the last');
      await shiftTab();
      expectSame(focused(el), part(el, 'next-button'));
    });

    it('native radio groups are one stop; the thank-you step keeps focus on the close button', async () => {
      const { el } = await page({ closeDelay: -1 });
      await open(el);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const radios = Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('input'));
      expectSame(focused(el), radios[0]);
      await shiftTab();
      expectSame(focused(el), part(el, 'close-button'));
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), radios[0]);
      await sendKeys({ press: 'ArrowDown' });
      await shiftTab();
      expectSame(focused(el), part(el, 'close-button'), 'from the checked radio too');
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), radios[1], 'enters the group on the checked radio');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectSame(focused(el), part(el, 'thank-you'));
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), part(el, 'close-button'));
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), part(el, 'close-button'));
      await shiftTab();
      expectSame(focused(el), part(el, 'close-button'));
    });
  });

  describe('placement and stacking', () => {
    const corners: Array<[SurveyPosition, (r: DOMRect) => [number, number]]> = [
      ['bottom-right', (r) => [VIEWPORT.width - r.right, VIEWPORT.height - r.bottom]],
      ['bottom-left', (r) => [r.left, VIEWPORT.height - r.bottom]],
      ['top-right', (r) => [VIEWPORT.width - r.right, r.top]],
      ['top-left', (r) => [r.left, r.top]],
    ];
    for (const [position, gaps] of corners) {
      it(`${position}: ${EDGE}px from both edges`, async () => {
        const { el } = await page({ position });
        await open(el);
        await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
        const [x, y] = gaps(box(el));
        expect(Math.round(x)).to.equal(EDGE);
        expect(Math.round(y)).to.equal(EDGE);
        expect(Math.round(box(el).width)).to.equal(384); // 24rem
      });
    }

    it('center: centred both ways; bottom: centred, at the bottom', async () => {
      const { el } = await page({ position: 'center' });
      await open(el);
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      const r = box(el);
      expect(Math.round(r.left)).to.equal(Math.round(VIEWPORT.width - r.right));
      expect(Math.abs(r.top - (VIEWPORT.height - r.bottom))).to.be.below(1.5);
      el.position = 'bottom';
      await el.updateComplete;
      const b = box(el);
      expect(Math.round(b.left)).to.equal(Math.round(VIEWPORT.width - b.right));
      expect(Math.round(VIEWPORT.height - b.bottom)).to.equal(EDGE);
    });

    it('the definition display decides when there are no attributes', async () => {
      const { el } = await page(
        {},
        { ...SURVEY, display: { mode: 'popover', position: 'top-left' } },
      );
      await open(el);
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      expect([Math.round(box(el).left), Math.round(box(el).top)]).to.deep.equal([EDGE, EDGE]);
    });

    it('under 480 px wide: a full-width bottom sheet', async () => {
      await setViewport({ width: 375, height: 667 });
      const { el } = await page({ position: 'top-left' });
      await open(el);
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      const r = box(el);
      expect([r.left, r.right, r.bottom].map(Math.round)).to.deep.equal([0, 375, 667]);
      for (const radio of scoreButtons(el)) {
        expect(radio.getBoundingClientRect().width).to.be.at.least(24);
        expect(radio.getBoundingClientRect().right).to.be.at.most(375);
      }
      await expect(el).to.be.accessible();
    });

    for (const zIndex of [9999, 2147483647]) {
      it(`a host header (position: fixed; z-index: ${zIndex}) does not cover it`, async () => {
        const header = document.createElement('header');
        header.textContent = 'Site header';
        header.setAttribute(
          'style',
          `position: fixed; inset: 0 0 auto 0; height: 70vh; z-index: ${zIndex}; background: navy`,
        );
        document.body.append(header);
        try {
          const { el } = await page({ position: 'top-right' });
          await open(el);
          await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
          const r = box(el);
          const centre = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          expectSame(centre, el, 'the element at the survey centre');
        } finally {
          header.remove();
        }
      });
    }

    it('escapes a transformed, clipped ancestor (the top layer ignores containing blocks)', async () => {
      const clip = await fixture<HTMLElement>(
        html`<div style="transform: translateX(0); overflow: hidden; width: 10px; height: 10px">
          <tp-survey mode="popover" open .definition=${SURVEY}></tp-survey>
        </div>`,
      );
      const el = clip.querySelector('tp-survey')!;
      await el.updateComplete;
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      expect(Math.round(VIEWPORT.width - box(el).right)).to.equal(EDGE);
      const r = box(el);
      expectSame(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2), el);
    });

    it('without the Popover API: position fixed at --tp-z-index (default 2147483000), above a z-index 9999 header', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'showPopover')!;
      Reflect.deleteProperty(HTMLElement.prototype, 'showPopover');
      const header = document.createElement('header');
      header.setAttribute('style', 'position: fixed; inset: 0; z-index: 9999; background: navy');
      document.body.append(header);
      try {
        const { el } = await page();
        await open(el);
        const base = part(el, 'base')!;
        expect(base.hasAttribute('popover')).to.equal(false);
        expect(getComputedStyle(base).position).to.equal('fixed');
        expect(getComputedStyle(base).zIndex).to.equal('2147483000');
        const r = box(el);
        expect(Math.round(VIEWPORT.width - r.right)).to.equal(EDGE);
        expectSame(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2), el);
        el.style.setProperty('--tp-z-index', '5');
        expect(getComputedStyle(base).zIndex).to.equal('5');
        expect(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)).to.equal(
          header,
        );
      } finally {
        Object.defineProperty(HTMLElement.prototype, 'showPopover', descriptor);
        header.remove();
      }
    });

    it('slides in, and does not under prefers-reduced-motion', async () => {
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
        const { el } = await page();
        await open(el);
        expect(getComputedStyle(part(el, 'base')!).animationName).to.equal('tp-survey-in');
        await emulateMedia({ reducedMotion: 'reduce' });
        const calm = await page();
        await open(calm.el);
        expect(getComputedStyle(part(calm.el, 'base')!).animationName).to.equal('none');
        expect(calm.el.shadowRoot!.getAnimations()).to.have.length(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
