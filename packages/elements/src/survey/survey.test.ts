import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SurveyDefinition } from '@touchpoint/core/survey';
import { sendKeys } from '@web/test-runner-commands';
import '../define/tp-survey.js';
import type { ResponseDetail } from '../internal/events.js';
import { formControlSuite } from '../internal/form-control.suite.js';
import {
  expectAutoThemeFollowsScheme,
  accessibleNames,
  assertPageVisible,
  expectSame,
  hidePage,
  partOf,
  record,
  textOf,
} from '../internal/test-support.js';
import { TpSurvey } from './survey.js';

// ---- definitions ---------------------------------------------------------------------------------

const NPS_ONLY: SurveyDefinition = {
  id: 'nps-only',
  type: 'nps',
  questions: [{ id: 'score', kind: 'nps', text: 'How likely are you to recommend us?' }],
};

/** Every kind that is not a rating scale, after a CSAT question. */
const MIXED: SurveyDefinition = {
  id: 'mixed',
  type: 'multi',
  title: 'Quick survey',
  questions: [
    { id: 'sat', kind: 'csat', text: 'How satisfied are you?' },
    {
      id: 'channel',
      kind: 'single',
      text: 'Where did you hear about us?',
      choices: [
        { id: 'search', label: 'Search' },
        { id: 'friend', label: 'A friend' },
        { id: 'ad', label: 'An ad' },
      ],
    },
    {
      id: 'features',
      kind: 'multi',
      text: 'Which features do you use?',
      optional: true,
      choices: [
        { id: 'chat', label: 'Chat' },
        { id: 'reports', label: 'Reports' },
        { id: 'api', label: 'API' },
      ],
    },
    {
      id: 'why',
      kind: 'text',
      text: 'Anything else?',
      optional: true,
      maxLength: 200,
      placeholder: 'Tell us',
    },
  ],
};

/** The rating kinds, then a required text question. */
const RATINGS: SurveyDefinition = {
  id: 'ratings',
  type: 'multi',
  questions: [
    { id: 'nps', kind: 'nps', text: 'Recommend us?' },
    { id: 'ease', kind: 'ces', text: 'How easy was it?' },
    {
      id: 'stars',
      kind: 'rating',
      text: 'Rate the docs',
      scale: 10,
      lowLabel: 'Poor',
      highLabel: 'Great',
    },
    { id: 'sat', kind: 'csat', text: 'Satisfied?', scale: 3, description: 'Think of today.' },
    { id: 'why', kind: 'text', text: 'Why?' },
  ],
};

// ---- helpers -------------------------------------------------------------------------------------

const part = partOf;
const text = textOf;
const scoreButtons = (el: TpSurvey) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[role="radio"]'));
const inputs = (el: TpSurvey) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('input'));
const focused = (el: TpSurvey) => el.shadowRoot!.activeElement;
const submitsOn = (target: EventTarget) => record<CustomEvent<ResponseDetail>>(target, 'tp-submit');
const details = (events: CustomEvent<ResponseDetail>[]) => events.map((event) => event.detail);

async function survey(definition: SurveyDefinition, attributes: Partial<TpSurvey> = {}) {
  const el = await fixture<TpSurvey>(html`<tp-survey .definition=${definition}></tp-survey>`);
  Object.assign(el, attributes);
  await el.updateComplete;
  return el;
}

/**
 * axe after the slide-in and colour transitions end: mid-animation colours are not the contrast a
 * user reads.
 */
async function accessible(el: TpSurvey): Promise<void> {
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
  await expect(el).to.be.accessible();
}

async function click(el: TpSurvey, node: HTMLElement | null | undefined): Promise<void> {
  if (!node) expect.fail('nothing to click');
  node.click();
  await el.updateComplete;
}

const next = (el: TpSurvey) => click(el, part(el, 'next-button'));
const back = (el: TpSurvey) => click(el, part(el, 'back-button'));

/** Answers the current step as a user and presses Next. */
async function answerAndNext(el: TpSurvey, answer: number | string | string[] | null) {
  if (typeof answer === 'number') {
    const range = scoreButtons(el).map((b) => Number(b.textContent!.trim().split(' ')[0]));
    await click(el, scoreButtons(el)[range.indexOf(answer)]);
  } else if (typeof answer === 'string' && part(el, 'textarea')) {
    part(el, 'textarea')!.focus();
    await sendKeys({ type: answer });
    await el.updateComplete;
  } else if (answer !== null) {
    for (const id of Array.isArray(answer) ? answer : [answer]) {
      await click(
        el,
        inputs(el).find((input) => input.value === id),
      );
    }
  }
  await next(el);
}

// ---- the three blocks every component opens with -----------------------------------------------

describe('tp-survey', () => {
  beforeEach(assertPageVisible);

  describe('renders and is accessible', () => {
    it('inline: a labelled card with title, progress "1 of 4" and the first question', async () => {
      const el = await survey(MIXED);
      const base = part(el, 'base')!;
      expect(base.getAttribute('role')).to.equal('group');
      expect(base.hasAttribute('aria-modal')).to.equal(false);
      expect(base.hasAttribute('popover')).to.equal(false);
      expect(text(el, 'title')).to.equal('Quick survey');
      const progress = part(el, 'progress')!;
      expect(progress.getAttribute('role')).to.equal('progressbar');
      expect(text(el, 'progress-text')).to.equal('1 of 4');
      expect(progress.getAttribute('aria-valuetext')).to.equal('1 of 4');
      expect(
        ['aria-valuemin', 'aria-valuemax', 'aria-valuenow'].map((a) => progress.getAttribute(a)),
      ).to.deep.equal(['1', '4', '1']);
      expect(el.shadowRoot!.querySelectorAll('[part~="segment"][part~="done"]')).to.have.length(1);
      expect(text(el, 'question')).to.equal('How satisfied are you?');
      expect(part(el, 'scale')!.getAttribute('role')).to.equal('radiogroup');
      expect(part(el, 'back-button'), 'no Back on the first step').to.equal(null);
      expect(text(el, 'next-button')).to.equal('Next');
      expect(part(el, 'close-button'), 'inline, not dismissible').to.equal(null);
      await accessible(el);
    });

    it('names each rating option by its number first, then its label', async () => {
      const el = await survey(MIXED);
      const names = await accessibleNames(el, [...scoreButtons(el), part(el, 'scale')!]);
      expect(names).to.deep.equal([
        '1 – Very dissatisfied',
        '2 – Dissatisfied',
        '3 – Neutral',
        '4 – Satisfied',
        '5 – Very satisfied',
        'How satisfied are you?',
      ]);
    });

    it('is accessible on every step, with the required error, and on the thank-you', async () => {
      const el = await survey(MIXED, { dismissible: true });
      await next(el); // required: the error shows
      expect(text(el, 'error')).to.equal('Please answer this question.');
      await accessible(el);
      await answerAndNext(el, 4);
      expect(text(el, 'progress-text')).to.equal('2 of 4');
      expect(part(el, 'choices')!.localName).to.equal('fieldset');
      await accessible(el);
      await next(el);
      expect(part(el, 'error')).to.not.equal(null);
      await accessible(el);
      await answerAndNext(el, 'friend');
      expect(text(el, 'optional')).to.equal('(optional)');
      expect(text(el, 'hint')).to.equal('Choose all that apply.');
      await accessible(el);
      await answerAndNext(el, ['chat', 'api']);
      expect(text(el, 'next-button'), 'the last step submits').to.equal('Submit');
      expect(part<HTMLTextAreaElement>(el, 'textarea')!.placeholder).to.equal('Tell us');
      await accessible(el);
      await next(el);
      expect(text(el, 'thank-you')).to.equal('Thank you for your feedback!');
      expect(part(el, 'thank-you')!.getAttribute('role')).to.equal('status');
      expect(part(el, 'progress')).to.equal(null);
      await accessible(el);
    });

    it('popover: a modal dialog labelled by the title, with a close button', async () => {
      const el = await survey(MIXED, { mode: 'popover', open: true });
      const base = part(el, 'base')!;
      expect(base.getAttribute('role')).to.equal('dialog');
      expect(base.getAttribute('aria-modal')).to.equal('true');
      expect(base.getAttribute('aria-labelledby')).to.equal('title');
      expect(text(el, 'close-button')).to.equal('');
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Close');
      await accessible(el);
    });

    it('popover without a title is labelled by the question, then by the thank-you', async () => {
      const el = await survey(NPS_ONLY, { mode: 'popover', open: true });
      const [name] = await accessibleNames(el, [part(el, 'base')!]);
      expect(name).to.equal('How likely are you to recommend us?');
      expect(part(el, 'progress'), 'no progress for a single question').to.equal(null);
      await answerAndNext(el, 10);
      const [thanks] = await accessibleNames(el, [part(el, 'base')!]);
      expect(thanks).to.equal('Thank you for your feedback!');
      await accessible(el);
    });

    it('is accessible in the dark theme on every kind of step, and actually turns dark', async () => {
      const light = await survey(RATINGS);
      const el = await survey(RATINGS, { theme: 'dark', mode: 'popover', open: true });
      const bg = (node: TpSurvey) => getComputedStyle(part(node, 'base')!).backgroundColor;
      expect(bg(el)).to.not.equal(bg(light));
      for (const answer of [9, 6, 10, 2]) {
        await accessible(el);
        await answerAndNext(el, answer);
      }
      await next(el);
      await accessible(el); // text step with the error
      await answerAndNext(el, 'ok');
      await accessible(el);
    });

    it('theme="auto" follows prefers-color-scheme', async () => {
      const el = await survey(NPS_ONLY, { theme: 'auto' });
      const dark = await survey(NPS_ONLY, { theme: 'dark' });
      await expectAutoThemeFollowsScheme(el, dark, (e) => accessible(e as TpSurvey));
    });

    it('ar: Arabic strings and digits, right to left, arrows mirrored, accessible', async () => {
      const el = await survey(MIXED, { locale: 'ar', mode: 'popover', open: true });
      const ar = new Intl.NumberFormat('ar');
      const base = part(el, 'base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(text(el, 'progress-text')).to.equal(`${ar.format(1)} من ${ar.format(4)}`);
      expect(text(el, 'next-button')).to.equal('التالي');
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('إغلاق');
      const [one, , , , five] = scoreButtons(el);
      expect(one!.getBoundingClientRect().left).to.be.greaterThan(
        five!.getBoundingClientRect().left,
      );
      one!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.value, 'left is "next" in RTL').to.equal('2');
      await accessible(el);
      await next(el);
      expect(text(el, 'back-button')).to.equal('رجوع');
      await accessible(el);
      await next(el);
      expect(text(el, 'error')).to.equal('يرجى الإجابة عن هذا السؤال.');
      await accessible(el);
    });

    it('every built-in locale has its own survey strings', async () => {
      const expected: Record<string, [string, string, string]> = {
        en: ['Back', '2 of 4', 'Please answer this question.'],
        de: ['Zurück', '2 von 4', 'Bitte beantworten Sie diese Frage.'],
        fr: ['Retour', '2 sur 4', 'Veuillez répondre à cette question.'],
        es: ['Atrás', '2 de 4', 'Responda a esta pregunta.'],
      };
      for (const [locale, [backLabel, progress, error]] of Object.entries(expected)) {
        const el = await survey(MIXED, { locale });
        await answerAndNext(el, 3);
        await next(el);
        expect(
          [text(el, 'back-button'), text(el, 'progress-text'), text(el, 'error')],
          locale,
        ).to.deep.equal([backLabel, progress, error]);
      }
    });

    it('takes the locale of the definition unless the element sets one', async () => {
      const el = await survey({ ...NPS_ONLY, locale: 'de' });
      expect(text(el, 'next-button')).to.equal('Senden');
      expect(text(el, 'low-label')).to.equal('Überhaupt nicht wahrscheinlich');
      el.locale = 'fr';
      await el.updateComplete;
      expect(text(el, 'next-button')).to.equal('Envoyer');
    });

    it('gives options and buttons targets of at least 24×24 px, also at 320 px wide', async () => {
      const el = await fixture<TpSurvey>(
        html`<tp-survey style="width: 320px" .definition=${RATINGS}></tp-survey>`,
      );
      await el.updateComplete;
      const targets = () => [
        ...scoreButtons(el),
        ...el.shadowRoot!.querySelectorAll<HTMLElement>('.choice, .primary, .secondary'),
      ];
      for (const target of targets()) {
        const box = target.getBoundingClientRect();
        expect(box.width, target.textContent!).to.be.at.least(24);
        expect(box.height, target.textContent!).to.be.at.least(24);
      }
    });
  });

  describe('works by keyboard', () => {
    async function tabIn(definition: SurveyDefinition, attributes: Partial<TpSurvey> = {}) {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button id="before">before</button>
          <tp-survey .definition=${definition}></tp-survey>
        </div>`,
      );
      const el = wrapper.querySelector('tp-survey')!;
      Object.assign(el, attributes);
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      return el;
    }

    it('answers a whole survey: arrows in ratings and radios, Space on checkboxes, Enter moves on', async () => {
      const el = await tabIn(MIXED);
      const submits = submitsOn(el);
      expectSame(focused(el), scoreButtons(el)[0], 'Tab lands on the scale');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.value).to.equal('4');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStep).to.equal(1);
      expectSame(focused(el), inputs(el)[0], 'focus follows to the next question');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(inputs(el)[1]!.checked).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStep).to.equal(2);
      expectSame(focused(el), inputs(el)[0]);
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(inputs(el).map((i) => i.checked)).to.deep.equal([true, false, true]);
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), part(el, 'back-button'));
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), part(el, 'next-button'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectSame(focused(el), part(el, 'textarea'));
      await sendKeys({ type: 'Nice' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details(submits)).to.deep.equal([
        {
          type: 'csat',
          surveyId: 'mixed',
          score: 4,
          comment: 'Nice',
          data: { answers: { sat: 4, channel: 'friend', features: ['chat', 'api'], why: 'Nice' } },
        },
      ]);
      expectSame(focused(el), part(el, 'thank-you'), 'thank-you is focused so it is announced');
    });

    it('Enter on a required rating with nothing chosen picks the first option; Back by keyboard keeps it', async () => {
      const el = await tabIn(RATINGS);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStep).to.equal(1);
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), part(el, 'back-button'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStep).to.equal(0);
      expectSame(focused(el), scoreButtons(el)[0]);
      expect(scoreButtons(el)[0]!.getAttribute('aria-checked')).to.equal('true');
    });

    it('Next on an unanswered required question moves focus to it and announces the error', async () => {
      const el = await tabIn(MIXED);
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), part(el, 'next-button'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStep).to.equal(0);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'scale')!.getAttribute('aria-invalid')).to.equal('true');
      expect(part(el, 'scale')!.getAttribute('aria-describedby')).to.equal('error');
      expectSame(focused(el), scoreButtons(el)[0]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(part(el, 'error'), 'answering clears the error').to.equal(null);
      expect(part(el, 'scale')!.getAttribute('aria-invalid')).to.equal('false');
    });

    it('inline: Escape dismisses only when dismissible; Tab is not trapped', async () => {
      const plain = await tabIn(NPS_ONLY);
      const ignored = record(plain, 'tp-dismiss');
      await sendKeys({ press: 'Escape' });
      expect(ignored).to.have.length(0);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(plain), 'Tab leaves an inline survey').to.equal(null);

      const el = await tabIn(NPS_ONLY, { dismissible: true });
      const dismissals = record<CustomEvent>(el, 'tp-dismiss');
      await sendKeys({ press: 'Escape' });
      expect(dismissals.map((e) => e.detail)).to.deep.equal([
        { type: 'nps', surveyId: 'nps-only', reason: 'escape' },
      ]);
    });
  });

  describe('works in a form', () => {
    /** A tp-survey holding a one-question NPS definition from the start, for the shared suite. */
    class SurveyWithDefinition extends TpSurvey {
      constructor() {
        super();
        this.definition = NPS_ONLY;
      }
    }
    customElements.define('test-survey-nps', SurveyWithDefinition);

    formControlSuite<TpSurvey>('test-survey-nps', {
      validValue: '7',
      pick: async (el) => {
        scoreButtons(el)[7]!.click();
        await el.updateComplete;
      },
    });

    it('submits the score of a multi-question survey while it is being answered', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><tp-survey name="s" .definition=${MIXED}></tp-survey></form>`,
      );
      const el = form.querySelector('tp-survey')!;
      await el.updateComplete;
      await answerAndNext(el, 5);
      await answerAndNext(el, 'ad');
      expect(new FormData(form).getAll('s')).to.deep.equal(['5']);
    });

    it('form reset starts the survey over', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><tp-survey name="s" .definition=${MIXED}></tp-survey></form>`,
      );
      const el = form.querySelector('tp-survey')!;
      await el.updateComplete;
      await answerAndNext(el, 2);
      await answerAndNext(el, 'search');
      form.reset();
      await el.updateComplete;
      expect(el.currentStep).to.equal(0);
      expect(scoreButtons(el).some((b) => b.getAttribute('aria-checked') === 'true')).to.equal(
        false,
      );
      const submits = submitsOn(el);
      el.remove();
      await Promise.resolve();
      expect(submits, 'the reset answers are gone, nothing to record').to.have.length(0);
    });

    it('a disabled survey ignores input and disables every control', async () => {
      const el = await survey(MIXED, { disabled: true });
      await click(el, scoreButtons(el)[2]);
      await next(el);
      expect(el.value).to.equal('');
      expect(el.currentStep).to.equal(0);
      expect(scoreButtons(el).every((b) => b.disabled)).to.equal(true);
      expect(part<HTMLButtonElement>(el, 'next-button')!.disabled).to.equal(true);
    });

    it('value set from code pre-fills the score question; bad values are ignored with a warning', async () => {
      const el = await survey(MIXED);
      const changes = record(el, 'change');
      el.value = 5;
      await el.updateComplete;
      expect(scoreButtons(el)[4]!.getAttribute('aria-checked')).to.equal('true');
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        el.value = 6;
        el.value = 'five';
      } finally {
        console.warn = original;
      }
      expect(el.value).to.equal('5');
      expect(warnings).to.deep.equal([
        'tp-survey: ignoring value: 6 is outside 1–5; expected an integer 1–5, or "" for none',
        'tp-survey: ignoring value: "five" is not an integer; expected an integer 1–5, or "" for none',
      ]);
      expect(changes, 'no change events from code').to.have.length(0);
      const submits = submitsOn(el);
      hidePage();
      expect(submits, 'a pre-filled value alone is not recorded on leaving').to.have.length(0);
    });
  });

  // ---- behaviour ---------------------------------------------------------------------------------

  describe('steps', () => {
    it('each rating kind renders its scale: nps 0–10, ces 1–7, rating 1–10, csat 1–3', async () => {
      const el = await survey(RATINGS);
      const numbers = () => scoreButtons(el).map((b) => b.textContent!.trim().split(/\s/)[0]);
      const range = (from: number, to: number) =>
        Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
      expect(numbers()).to.deep.equal(range(0, 10));
      expect([text(el, 'low-label'), text(el, 'high-label')]).to.deep.equal([
        'Not at all likely',
        'Extremely likely',
      ]);
      await answerAndNext(el, 8);
      expect(numbers()).to.deep.equal(range(1, 7));
      expect(await accessibleNames(el, [scoreButtons(el)[3]!])).to.deep.equal([
        '4 – Neither easy nor difficult',
      ]);
      await answerAndNext(el, 7);
      expect(numbers()).to.deep.equal(range(1, 10));
      expect([text(el, 'low-label'), text(el, 'high-label')]).to.deep.equal(['Poor', 'Great']);
      expect(await accessibleNames(el, scoreButtons(el).slice(0, 2))).to.deep.equal([
        '1 – Poor',
        '2',
      ]);
      await answerAndNext(el, 10);
      expect(numbers()).to.deep.equal(range(1, 3));
      expect(text(el, 'description')).to.equal('Think of today.');
      expect(part(el, 'scale')!.getAttribute('aria-describedby')).to.equal('description');
      await answerAndNext(el, 1);
      expect(part(el, 'textarea')).to.not.equal(null);
    });

    it("csat variants draw tp-csat's pictures; names still start with the number", async () => {
      const variants: SurveyDefinition = {
        id: 'variants',
        type: 'csat',
        questions: [
          { id: 'stars', kind: 'csat', variant: 'stars', text: 'Stars?' },
          { id: 'faces', kind: 'csat', variant: 'emoji', scale: 3, text: 'Faces?' },
          { id: 'thumbs', kind: 'csat', variant: 'thumbs', text: 'Thumbs?' },
        ],
      };
      const el = await survey(variants);
      const filled = () => el.shadowRoot!.querySelectorAll('.star.filled').length;
      expect(el.shadowRoot!.querySelectorAll('.star')).to.have.length(5);
      await click(el, scoreButtons(el)[3]);
      expect(filled(), 'filled up to the chosen star').to.equal(4);
      await accessible(el);
      await next(el);
      expect(el.shadowRoot!.querySelectorAll('.face')).to.have.length(3);
      expect(await accessibleNames(el, scoreButtons(el))).to.deep.equal([
        '1 – Dissatisfied',
        '2 – Neutral',
        '3 – Satisfied',
      ]);
      await accessible(el);
      await answerAndNext(el, 2);
      expect(el.shadowRoot!.querySelectorAll('.thumb')).to.have.length(2);
      expect(el.shadowRoot!.querySelectorAll('.thumb.down')).to.have.length(1);
      expect(part(el, 'labels'), 'thumbs need no end labels').to.equal(null);
      expect(await accessibleNames(el, scoreButtons(el))).to.deep.equal([
        '1 – Dissatisfied',
        '2 – Satisfied',
      ]);
      await accessible(el);
      const submits = submitsOn(el);
      await answerAndNext(el, 2);
      expect(details(submits)).to.deep.equal([
        {
          type: 'csat',
          surveyId: 'variants',
          score: 4,
          data: { answers: { stars: 4, faces: 2, thumbs: 2 } },
        },
      ]);
    });

    it('required questions block Next; optional ones are skipped and left out', async () => {
      const el = await survey(MIXED);
      const submits = submitsOn(el);
      await next(el);
      expect(el.currentStep).to.equal(0);
      await answerAndNext(el, 1);
      await next(el);
      expect(el.currentStep, 'single choice is required').to.equal(1);
      expect(part(el, 'choices')!.getAttribute('aria-invalid')).to.equal('true');
      await answerAndNext(el, 'search');
      await next(el); // optional multi: skipped
      await next(el); // optional text: skipped
      expect(el.currentStep).to.equal('thank-you');
      expect(details(submits)).to.deep.equal([
        {
          type: 'csat',
          surveyId: 'mixed',
          score: 1,
          data: { answers: { sat: 1, channel: 'search' } },
        },
      ]);
    });

    it('a required text question blocks Next until it has more than blanks', async () => {
      const el = await survey({
        id: 't',
        type: 'feedback',
        questions: [{ id: 'why', kind: 'text', text: 'Why?' }],
      });
      await answerAndNext(el, '   ');
      expect(el.currentStep).to.equal(0);
      expect(part(el, 'textarea')!.getAttribute('aria-describedby')).to.equal('counter error');
      await answerAndNext(el, 'x');
      expect(el.currentStep).to.equal('thank-you');
    });

    it('Back keeps every answer; changing one replaces it', async () => {
      const again = await survey(MIXED);
      await answerAndNext(again, 3);
      await answerAndNext(again, 'ad');
      await answerAndNext(again, ['reports']);
      part(again, 'textarea')!.focus();
      await sendKeys({ type: 'draft' });
      await back(again);
      expect(inputs(again).map((i) => i.checked)).to.deep.equal([false, true, false]);
      await back(again);
      expect(inputs(again).map((i) => i.checked)).to.deep.equal([false, false, true]);
      await back(again);
      expect(scoreButtons(again)[2]!.getAttribute('aria-checked')).to.equal('true');
      await click(again, scoreButtons(again)[4]);
      await next(again);
      expect(inputs(again)[2]!.checked).to.equal(true);
      await next(again);
      await next(again);
      expect(part<HTMLTextAreaElement>(again, 'textarea')!.value).to.equal('draft');
      const later = submitsOn(again);
      await next(again);
      expect(details(later)).to.deep.equal([
        {
          type: 'csat',
          surveyId: 'mixed',
          score: 5,
          comment: 'draft',
          data: { answers: { sat: 5, channel: 'ad', features: ['reports'], why: 'draft' } },
        },
      ]);
    });

    it('the text step counts characters against maxLength and keeps typing inside', async () => {
      const el = await survey(MIXED);
      await answerAndNext(el, 4);
      await answerAndNext(el, 'search');
      await next(el);
      const inputEvents = record(el, 'input');
      part(el, 'textarea')!.focus();
      await sendKeys({ type: 'abc' });
      await el.updateComplete;
      expect(text(el, 'counter')).to.equal('3/200 characters');
      expect(part<HTMLTextAreaElement>(el, 'textarea')!.maxLength).to.equal(200);
      expect(inputEvents, 'typing is not a score change').to.have.length(0);
    });

    it('the progress bar fills step by step', async () => {
      const el = await survey(MIXED);
      const done = () => el.shadowRoot!.querySelectorAll('[part~="done"]').length;
      expect(done()).to.equal(1);
      await answerAndNext(el, 4);
      expect(done()).to.equal(2);
      expect(part(el, 'progress')!.getAttribute('aria-valuenow')).to.equal('2');
      await back(el);
      expect(done()).to.equal(1);
    });
  });

  describe('events', () => {
    it('one tp-submit for a one-question rating survey: { type, surveyId, score }', async () => {
      const el = await survey(NPS_ONLY);
      const submits = submitsOn(document);
      await answerAndNext(el, 9);
      hidePage();
      el.remove();
      await Promise.resolve();
      expect(details(submits)).to.deep.equal([{ type: 'nps', surveyId: 'nps-only', score: 9 }]);
      expect(submits[0]!.bubbles && submits[0]!.composed).to.equal(true);
    });

    it('survey-id overrides the definition id', async () => {
      const el = await survey(NPS_ONLY, { surveyId: 'home' });
      const submits = submitsOn(el);
      await answerAndNext(el, 0);
      expect(details(submits)).to.deep.equal([{ type: 'nps', surveyId: 'home', score: 0 }]);
    });

    it('fires input then change only when the user changes the score', async () => {
      const el = await survey(MIXED);
      const seen: string[] = [];
      for (const type of ['input', 'change']) {
        el.addEventListener(type, (event) => {
          expect(event.composed, type).to.equal(true);
          seen.push(`${type}:${el.value}`);
        });
      }
      await click(el, scoreButtons(el)[1]);
      await click(el, scoreButtons(el)[1]);
      await click(el, scoreButtons(el)[3]);
      await next(el);
      await click(el, inputs(el)[0]);
      expect(seen).to.deep.equal(['input:2', 'change:2', 'input:4', 'change:4']);
    });

    it('tp-show: once when an inline survey first renders', async () => {
      const el = document.createElement('tp-survey');
      el.definition = MIXED;
      const shows = record<CustomEvent>(el, 'tp-show');
      const shown = oneEvent(el, 'tp-show');
      document.body.append(el);
      expect((await shown).detail).to.deep.equal({ type: 'csat', surveyId: 'mixed' });
      el.remove();
      document.body.append(el);
      await el.updateComplete;
      expect(shows).to.have.length(1);
      el.remove();
    });

    it('renders nothing and logs a clear error for a definition without questions', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (message: string) => errors.push(message);
      let el: TpSurvey;
      try {
        el = await survey({ ...NPS_ONLY, id: 'empty', questions: [] });
      } finally {
        console.error = original;
      }
      expect(el.shadowRoot!.children).to.have.length(0);
      expect(errors).to.deep.equal([
        'tp-survey: not showing survey "empty": the definition has no questions',
      ]);
      const shows = record(el, 'tp-show');
      el.definition = NPS_ONLY;
      await el.updateComplete;
      expect(scoreButtons(el)).to.have.length(11);
      expect(shows, 'shown once it can render').to.have.length(1);
    });

    it('renders nothing, silently, until a definition is set', async () => {
      const el = await fixture<TpSurvey>(html`<tp-survey survey-id="later"></tp-survey>`);
      expect(el.shadowRoot!.children).to.have.length(0);
    });

    it('warns about and ignores unknown mode and position values', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<TpSurvey>(
          html`<tp-survey mode="modal" position="middle" .definition=${NPS_ONLY}></tp-survey>`,
        );
        expect(part(el, 'base')!.getAttribute('role'), 'falls back to inline').to.equal('group');
      } finally {
        console.warn = original;
      }
      expect(warnings).to.deep.equal([
        'tp-survey: ignoring mode="modal" (expected popover, inline)',
        'tp-survey: ignoring position="middle" (expected bottom-right, bottom-left, top-right, top-left, center, bottom)',
      ]);
    });

    it('every visible string can be replaced per element', async () => {
      const el = await survey(
        { ...MIXED, thankYou: 'From the definition' },
        {
          nextLabel: 'Weiter!',
          backLabel: 'Zurück!',
          submitLabel: 'Fertig',
          closeLabel: 'Zu',
          dismissible: true,
        },
      );
      expect(text(el, 'next-button')).to.equal('Weiter!');
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Zu');
      await answerAndNext(el, 1);
      expect(text(el, 'back-button')).to.equal('Zurück!');
      await answerAndNext(el, 'ad');
      await next(el);
      expect(text(el, 'next-button')).to.equal('Fertig');
      await next(el);
      expect(text(el, 'thank-you')).to.equal('From the definition');
      el.thankYou = 'From the attribute';
      await el.updateComplete;
      expect(text(el, 'thank-you')).to.equal('From the attribute');
    });
  });

  describe('nothing answered is lost', () => {
    it('close button with partial answers: one tp-submit with them, then tp-dismiss', async () => {
      const el = await survey(MIXED, { dismissible: true });
      const order: string[] = [];
      el.addEventListener('tp-submit', (e) => order.push(`submit:${JSON.stringify(e.detail)}`));
      el.addEventListener('tp-dismiss', (e) => order.push(`dismiss:${e.detail.reason}`));
      await answerAndNext(el, 2);
      await click(el, inputs(el)[0]);
      await click(el, part(el, 'close-button'));
      el.remove();
      await Promise.resolve();
      expect(order).to.deep.equal([
        `submit:${JSON.stringify({
          type: 'csat',
          surveyId: 'mixed',
          score: 2,
          data: { answers: { sat: 2, channel: 'search' } },
        })}`,
        'dismiss:close-button',
      ]);
    });

    it('dismissing with nothing answered records nothing', async () => {
      const el = await survey(MIXED, { dismissible: true });
      const submits = submitsOn(el);
      const dismissals = record(el, 'tp-dismiss');
      await click(el, part(el, 'close-button'));
      expect(submits).to.have.length(0);
      expect(dismissals).to.have.length(1);
    });

    it('removal mid-survey completes with what was answered, once (also a typed, unsent text)', async () => {
      const el = await survey(MIXED);
      const submits = submitsOn(el);
      await answerAndNext(el, 5);
      await answerAndNext(el, 'friend');
      await next(el);
      part(el, 'textarea')!.focus();
      await sendKeys({ type: 'half a thought' });
      el.remove();
      await Promise.resolve();
      expect(details(submits)).to.deep.equal([
        {
          type: 'csat',
          surveyId: 'mixed',
          score: 5,
          comment: 'half a thought',
          data: { answers: { sat: 5, channel: 'friend', why: 'half a thought' } },
        },
      ]);
      window.dispatchEvent(new Event('pagehide'));
      expect(submits).to.have.length(1);
    });

    it('moving the element is not a removal; removal with nothing answered records nothing', async () => {
      const moved = await survey(MIXED);
      const empty = await survey(MIXED);
      await click(moved, scoreButtons(moved)[0]);
      const fromMoved = submitsOn(moved);
      const fromEmpty = submitsOn(empty);
      document.body.prepend(moved);
      empty.remove();
      await Promise.resolve();
      expect(fromMoved).to.have.length(0);
      expect(fromEmpty).to.have.length(0);
      moved.remove();
      await Promise.resolve();
      expect(fromMoved).to.have.length(1);
    });

    it('completes when the page is hidden or unloaded, and only once', async () => {
      const el = await survey(RATINGS);
      const submits = submitsOn(el);
      await answerAndNext(el, 6);
      hidePage();
      await el.updateComplete;
      expect(details(submits)).to.deep.equal([
        { type: 'nps', surveyId: 'ratings', score: 6, data: { answers: { nps: 6 } } },
      ]);
      expect(el.currentStep).to.equal('thank-you');
      window.dispatchEvent(new Event('pagehide'));
      expect(submits).to.have.length(1);

      const other = await survey(NPS_ONLY);
      const fromOther = submitsOn(other);
      await click(other, scoreButtons(other)[3]);
      window.dispatchEvent(new Event('pagehide'));
      expect(details(fromOther)).to.deep.equal([{ type: 'nps', surveyId: 'nps-only', score: 3 }]);
    });

    it('a new definition first submits what was answered of the old one, then starts over', async () => {
      const el = await survey(MIXED);
      const submits = submitsOn(el);
      await answerAndNext(el, 4);
      el.definition = NPS_ONLY;
      await el.updateComplete;
      expect(details(submits)).to.deep.equal([
        { type: 'csat', surveyId: 'mixed', score: 4, data: { answers: { sat: 4 } } },
      ]);
      expect(el.currentStep).to.equal(0);
      expect(scoreButtons(el)).to.have.length(11);
      expect(el.value).to.equal('');
    });
  });
});
