import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../define/tp-nps.js';
import type { ResponseDetail } from '../internal/events.js';
import { formControlSuite } from '../internal/form-control.suite.js';
import {
  tabInto,
  expectAutoThemeFollowsScheme,
  accessibleNames,
  assertPageVisible,
  chooseAndContinue,
  expectKeySteps,
  expectShowOnce,
  expectSame,
  hidePage,
  partOf,
  radiosOf,
  record,
  typeComment,
} from '../internal/test-support.js';
import type { TpNps } from './nps.js';

// ---- helpers ---------------------------------------------------------------------------------

const radios = (el: TpNps) => radiosOf(el);
const part = <T extends HTMLElement = HTMLElement>(el: TpNps, name: string) => partOf<T>(el, name);
const hasPart = (el: TpNps, name: string) => part(el, name) !== null;
const focused = (el: TpNps) => el.shadowRoot!.activeElement;
/** Indices of the radios in the tab order (roving tabindex: exactly one). */
const tabStops = (el: TpNps) =>
  radios(el).flatMap((radio, index) => (radio.tabIndex === 0 ? [index] : []));

const details = (events: CustomEvent<ResponseDetail>[]) => events.map((event) => event.detail);

const ALL_PARTS = {
  score: [
    'base',
    'question',
    'scale',
    'score-button',
    'labels',
    'low-label',
    'high-label',
    'next-button',
  ],
  followUp: ['base', 'follow-up', 'textarea', 'counter', 'submit-button', 'skip-button'],
  thankYou: ['base', 'thank-you'],
};

// ---- the three blocks every component opens with -----------------------------------------------

describe('tp-nps', () => {
  beforeEach(assertPageVisible);

  describe('renders and is accessible', () => {
    it('renders a labelled radio group of 11 scores, nothing checked', async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const group = part(el, 'scale')!;
      expect(group.getAttribute('role')).to.equal('radiogroup');
      const labelId = group.getAttribute('aria-labelledby')!;
      expect(el.shadowRoot!.getElementById(labelId)!.textContent!.trim()).to.equal(
        'How likely are you to recommend us to a friend or colleague?',
      );
      expect(radios(el)).to.have.length(11);
      expect(radios(el).map((r) => r.getAttribute('aria-checked'))).to.deep.equal(
        Array(11).fill('false'),
      );
      for (const name of ALL_PARTS.score) expect(hasPart(el, name), name).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("names each score by its number first: '0 – Not at all likely', '9', '10 – Extremely likely'", async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const names = await accessibleNames(el, [...radios(el), part(el, 'scale')!]);
      expect(names).to.deep.equal([
        '0 – Not at all likely',
        ...['1', '2', '3', '4', '5', '6', '7', '8', '9'],
        '10 – Extremely likely',
        'How likely are you to recommend us to a friend or colleague?',
      ]);
    });

    it('is accessible in the follow-up and thank-you states', async () => {
      const el = await fixture<TpNps>(html`<tp-nps dismissible></tp-nps>`);
      await chooseAndContinue(el, 8);
      for (const name of ALL_PARTS.followUp) expect(hasPart(el, name), name).to.equal(true);
      expect(hasPart(el, 'close-button')).to.equal(true);
      await expect(el).to.be.accessible();

      part(el, 'submit-button')!.click();
      await el.updateComplete;
      for (const name of ALL_PARTS.thankYou) expect(hasPart(el, name), name).to.equal(true);
      expect(part(el, 'thank-you')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme, in every state, and actually turns dark', async () => {
      const light = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const el = await fixture<TpNps>(html`<tp-nps theme="dark" dismissible value="9"></tp-nps>`);
      const bg = (node: TpNps) => getComputedStyle(part(node, 'base')!).backgroundColor;
      expect(bg(el)).to.not.equal(bg(light));
      await expect(el).to.be.accessible();
      part(el, 'next-button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      part(el, 'skip-button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('theme="auto" follows prefers-color-scheme', async () => {
      const el = await fixture<TpNps>(html`<tp-nps theme="auto"></tp-nps>`);
      const dark = await fixture<TpNps>(html`<tp-nps theme="dark"></tp-nps>`);
      await expectAutoThemeFollowsScheme(el, dark, (e) => expect(e).to.be.accessible());
    });

    it('drops transitions under prefers-reduced-motion', async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const duration = () => getComputedStyle(radios(el)[0]!).transitionDuration.split(',')[0];
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(duration()).to.not.equal('0s');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(duration()).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('gives score buttons targets of at least 24×24 px, also at 320 px wide', async () => {
      const el = await fixture<TpNps>(html`<tp-nps style="width: 320px"></tp-nps>`);
      for (const radio of radios(el)) {
        const box = radio.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });
  });

  describe('works by keyboard', () => {
    const tabIn = (template: ReturnType<typeof html>) => tabInto<TpNps>(template, 'tp-nps');

    it('Tab lands on the first radio when nothing is chosen, and the group is one tab stop', async () => {
      const el = await tabIn(html`<tp-nps></tp-nps>`);
      expectSame(document.activeElement, el);
      expectSame(focused(el), radios(el)[0]);
      expect(tabStops(el)).to.deep.equal([0]);
      await sendKeys({ press: 'Tab' });
      expect(
        focused(el) === null || !radios(el).includes(focused(el) as HTMLButtonElement),
        'Tab leaves the group',
      ).to.equal(true);
    });

    it('Tab lands on the chosen radio', async () => {
      const el = await tabIn(html`<tp-nps value="7"></tp-nps>`);
      expectSame(focused(el), radios(el)[7]);
    });

    it('arrows move focus and selection (wrapping), Home/End jump to the ends', async () => {
      const el = await tabIn(html`<tp-nps></tp-nps>`);
      const steps: Array<[string, string]> = [
        ['ArrowRight', '1'],
        ['ArrowRight', '2'],
        ['ArrowDown', '3'],
        ['ArrowLeft', '2'],
        ['ArrowUp', '1'],
        ['End', '10'],
        ['ArrowRight', '0'],
        ['ArrowLeft', '10'],
        ['Home', '0'],
      ];
      await expectKeySteps(el, steps, Number);
    });

    it('mirrors left/right in RTL (layout and keys), up/down unchanged', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl"><tp-nps value="5"></tp-nps></div>`,
      );
      const el = wrapper.querySelector('tp-nps')!;
      await el.updateComplete;
      const [zero, , , , , five] = radios(el);
      expect(zero!.getBoundingClientRect().left).to.be.greaterThan(
        radios(el)[10]!.getBoundingClientRect().left,
      );
      five!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal('4');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.value).to.equal('6');
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value).to.equal('7');
      await sendKeys({ press: 'ArrowUp' });
      expect(el.value).to.equal('6');
    });

    it('Enter completes the score step and focuses the comment; Tab reaches Submit', async () => {
      const el = await tabIn(html`<tp-nps survey-id="kbd"></tp-nps>`);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectSame(focused(el), part(el, 'textarea'));
      await sendKeys({ type: 'fast' });
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), part(el, 'submit-button'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details(submits)).to.deep.equal([
        { type: 'nps', surveyId: 'kbd', score: 9, comment: 'fast' },
      ]);
      expectSame(focused(el), part(el, 'thank-you'), 'thank-you is focused so it is announced');
    });

    it('Space on a radio chooses it and completes the step', async () => {
      const el = await tabIn(html`<tp-nps></tp-nps>`);
      const changes = record(el, 'change');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.value).to.equal('2');
      expect(changes).to.have.length(2);
      expectSame(focused(el), part(el, 'textarea'));
    });

    it('Enter on the first radio with nothing chosen chooses 0', async () => {
      const el = await tabIn(html`<tp-nps no-follow-up></tp-nps>`);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      await sendKeys({ press: 'Enter' });
      expect(details(submits)).to.deep.equal([{ type: 'nps', score: 0 }]);
    });

    it('Escape dismisses only when dismissible', async () => {
      const plain = await tabIn(html`<tp-nps></tp-nps>`);
      const ignored = record(plain, 'tp-dismiss');
      await sendKeys({ press: 'Escape' });
      expect(ignored).to.have.length(0);

      const el = await tabIn(html`<tp-nps dismissible survey-id="s1"></tp-nps>`);
      const dismissals = record<CustomEvent>(el, 'tp-dismiss');
      await sendKeys({ press: 'Escape' });
      expect(dismissals.map((e) => e.detail)).to.deep.equal([
        { type: 'nps', surveyId: 's1', reason: 'escape' },
      ]);
    });
  });

  describe('works in a form', () => {
    formControlSuite<TpNps>('tp-nps', {
      pick: (el, value) => radios(el)[Number(value)]!.click(),
      validValue: '9',
    });

    async function inForm(template: ReturnType<typeof html>) {
      const form = await fixture<HTMLFormElement>(html`<form>${template}</form>`);
      const el = form.querySelector('tp-nps')!;
      await el.updateComplete;
      return { form, el };
    }

    it('required: localized message, aria-required, anchored on the first radio', async () => {
      const { el } = await inForm(html`<tp-nps name="nps" required></tp-nps>`);
      expect(el.validationMessage).to.equal('Please select a score.');
      expect(part(el, 'scale')!.getAttribute('aria-required')).to.equal('true');
      el.reportValidity();
      expectSame(focused(el), radios(el)[0], 'the browser focuses the validation anchor');

      el.locale = 'de';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Bitte wählen Sie eine Bewertung aus.');
    });

    it('form reset returns to the score step with nothing checked', async () => {
      const { form, el } = await inForm(html`<tp-nps name="nps"></tp-nps>`);
      await chooseAndContinue(el, 10);
      expect(hasPart(el, 'textarea')).to.equal(true);
      form.reset();
      await el.updateComplete;
      expect(el.currentStep).to.equal('score');
      expect(radios(el).some((r) => r.getAttribute('aria-checked') === 'true')).to.equal(false);
    });

    it('a new answer after a reset is submitted again (one record per answer)', async () => {
      const { form, el } = await inForm(html`<tp-nps name="nps" no-follow-up></tp-nps>`);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      await chooseAndContinue(el, 2);
      form.reset();
      await el.updateComplete;
      await chooseAndContinue(el, 7);
      expect(details(submits).map((d) => d.score)).to.deep.equal([2, 7]);
    });

    it('disabled (fieldset or own attribute): radios disabled, aria-disabled, clicks ignored', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled><tp-nps name="nps" value="8"></tp-nps></fieldset>
        </form>`,
      );
      const el = form.querySelector('tp-nps')!;
      await elementUpdated(el);
      expect(radios(el).every((r) => r.disabled)).to.equal(true);
      expect(part(el, 'scale')!.getAttribute('aria-disabled')).to.equal('true');
      radios(el)[2]!.click();
      expect(el.value).to.equal('8');

      form.querySelector('fieldset')!.disabled = false;
      await elementUpdated(el);
      expect(radios(el).every((r) => !r.disabled)).to.equal(true);
      el.disabled = true;
      await el.updateComplete;
      expect(radios(el).every((r) => r.disabled)).to.equal(true);
    });

    it('a score set from code is submitted by requestSubmit() in the same task', async () => {
      const { form, el } = await inForm(html`<tp-nps name="nps" required></tp-nps>`);
      const submitted: Array<string | null> = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted.push(new FormData(form).get('nps') as string | null);
      });
      el.value = '6'; // same task: form state is pushed synchronously
      form.requestSubmit();
      expect(submitted).to.deep.equal(['6']);
    });

    it('completing the score step inside a form neither submits the form nor stalls', async () => {
      const { form, el } = await inForm(html`<tp-nps name="nps"></tp-nps>`);
      const submits = record(form, 'submit');
      radios(el)[5]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(hasPart(el, 'textarea')).to.equal(true);
      expect(submits).to.have.length(0);
      expect(new FormData(form).get('nps')).to.equal('5');
    });

    it('a restored score checks its radio', async () => {
      const { el } = await inForm(html`<tp-nps name="nps"></tp-nps>`);
      el.formStateRestoreCallback('7', 'restore');
      await el.updateComplete;
      expect(el.value).to.equal('7');
      expect(radios(el)[7]!.getAttribute('aria-checked')).to.equal('true');
    });
  });

  // ---- behaviour ---------------------------------------------------------------------------------

  describe('events', () => {
    it('fires input then change (bubbling, composed) once per user choice', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><tp-nps></tp-nps></div>`);
      const el = wrapper.querySelector('tp-nps')!;
      await el.updateComplete;
      const seen: string[] = [];
      for (const type of ['input', 'change']) {
        wrapper.addEventListener(type, (event) => {
          expect(event.composed, type).to.equal(true);
          seen.push(`${type}:${el.value}`);
        });
      }
      radios(el)[4]!.click();
      radios(el)[4]!.click(); // same score again: no change
      radios(el)[8]!.click();
      expect(seen).to.deep.equal(['input:4', 'change:4', 'input:8', 'change:8']);
    });

    it('fires no input/change when value is set from code or attribute', async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const inputs = record(el, 'input');
      const changes = record(el, 'change');
      el.value = 3;
      el.setAttribute('value', '9');
      await el.updateComplete;
      expect(el.value).to.equal('9');
      expect(radios(el)[9]!.getAttribute('aria-checked')).to.equal('true');
      expect([...inputs, ...changes]).to.have.length(0);
    });

    it('typing a comment does not leak input events out of the component', async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      await chooseAndContinue(el, 9);
      const inputs = record(el, 'input');
      await typeComment(el, 'abc');
      expect(inputs).to.have.length(0);
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('3/5,000 characters');
      expect(part<HTMLTextAreaElement>(el, 'textarea')!.maxLength).to.equal(5000);
    });

    it('tp-submit carries { type, surveyId, score, comment } once; comment trimmed', async () => {
      const el = await fixture<TpNps>(html`<tp-nps survey-id="q4"></tp-nps>`);
      const submits = record<CustomEvent<ResponseDetail>>(document, 'tp-submit');
      await chooseAndContinue(el, 9);
      await typeComment(el, '  great support ');
      part(el, 'submit-button')!.click();
      await el.updateComplete;
      hidePage();
      el.remove();
      await Promise.resolve();
      expect(details(submits)).to.deep.equal([
        { type: 'nps', surveyId: 'q4', score: 9, comment: 'great support' },
      ]);
      expect(submits[0]!.bubbles && submits[0]!.composed).to.equal(true);
    });

    it('omits the comment when skipped or blank, and surveyId when absent', async () => {
      const skipped = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const blank = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const submits = record<CustomEvent<ResponseDetail>>(document, 'tp-submit');
      await chooseAndContinue(skipped, 3);
      await typeComment(skipped, 'changed my mind');
      part(skipped, 'skip-button')!.click();
      await chooseAndContinue(blank, 6);
      await typeComment(blank, '   ');
      part(blank, 'submit-button')!.click();
      expect(details(submits)).to.deep.equal([
        { type: 'nps', score: 3 },
        { type: 'nps', score: 6 },
      ]);
    });

    it('no-follow-up: Next completes with the score alone and shows the thank-you', async () => {
      const el = await fixture<TpNps>(html`<tp-nps no-follow-up></tp-nps>`);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      expect(part<HTMLButtonElement>(el, 'next-button')!.disabled, 'no score yet').to.equal(true);
      await chooseAndContinue(el, 10);
      expect(details(submits)).to.deep.equal([{ type: 'nps', score: 10 }]);
      expect(hasPart(el, 'thank-you')).to.equal(true);
      expect(hasPart(el, 'textarea')).to.equal(false);
    });

    it('tp-show fires once, when first rendered connected', async () => {
      await expectShowOnce<TpNps>('tp-nps', 'nps', (el) => (el.question = 'Again?'));
    });

    it('close button dismisses; a chosen score is submitted first', async () => {
      const el = await fixture<TpNps>(html`<tp-nps dismissible></tp-nps>`);
      const order: string[] = [];
      el.addEventListener('tp-submit', (e) => order.push(`submit:${e.detail.score}`));
      el.addEventListener('tp-dismiss', (e) => order.push(`dismiss:${e.detail.reason}`));
      radios(el)[7]!.click();
      part(el, 'close-button')!.click();
      part(el, 'close-button')!.click();
      expect(order).to.deep.equal(['submit:7', 'dismiss:close-button', 'dismiss:close-button']);
    });

    it('renders no close button unless dismissible', async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      expect(hasPart(el, 'close-button')).to.equal(false);
    });

    it('marks the chosen score button with the "selected" part and NPS category parts', async () => {
      const el = await fixture<TpNps>(html`<tp-nps value="8"></tp-nps>`);
      const parts = radios(el).map((r) => r.getAttribute('part'));
      expect(parts[0]).to.equal('score-button detractor');
      expect(parts[8]).to.equal('score-button passive selected');
      expect(parts[10]).to.equal('score-button promoter');
    });

    it('ignores clicks while disabled', async () => {
      const el = await fixture<TpNps>(html`<tp-nps disabled></tp-nps>`);
      const inputs = record(el, 'input');
      radios(el)[3]!.click();
      expect(el.value).to.equal('');
      expect(inputs).to.have.length(0);
    });

    it('warns about and ignores a value that is not a score, keeping the current one', async () => {
      const el = await fixture<TpNps>(html`<tp-nps value="5"></tp-nps>`);
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        el.value = 11;
        el.value = 'nine';
        el.value = 2.5;
      } finally {
        console.warn = original;
      }
      expect(el.value).to.equal('5');
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.match(/tp-nps: ignoring value: 11 is outside 0–10/);
      el.value = '';
      expect(el.value).to.equal('');
    });

    it('going back to no score from code while the comment is open returns to the scale', async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      await chooseAndContinue(el, 4);
      el.value = '';
      await el.updateComplete;
      expect(el.currentStep).to.equal('score');
      expect(radios(el)).to.have.length(11);
    });
  });

  describe('nothing chosen is lost', () => {
    it('completes with the score and typed comment when the element is removed', async () => {
      const el = await fixture<TpNps>(html`<tp-nps survey-id="rm"></tp-nps>`);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      await chooseAndContinue(el, 2);
      await typeComment(el, 'slow');
      el.remove();
      await Promise.resolve();
      expect(details(submits)).to.deep.equal([
        { type: 'nps', surveyId: 'rm', score: 2, comment: 'slow' },
      ]);
    });

    it('completes with the score alone when removed during the score step', async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      radios(el)[1]!.click();
      el.remove();
      await Promise.resolve();
      expect(details(submits)).to.deep.equal([{ type: 'nps', score: 1 }]);
    });

    it('does not complete when moved elsewhere in the document, or removed without a score', async () => {
      const moved = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const empty = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      radios(moved)[3]!.click();
      const fromMoved = record(moved, 'tp-submit');
      const fromEmpty = record(empty, 'tp-submit');
      document.body.prepend(moved);
      empty.remove();
      await Promise.resolve();
      expect(fromMoved).to.have.length(0);
      expect(fromEmpty).to.have.length(0);
      moved.remove();
      await Promise.resolve();
      expect(fromMoved, 'a real removal still completes').to.have.length(1);
    });

    it('completes when the page becomes hidden, shows the thank-you, and only once', async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      await chooseAndContinue(el, 9);
      await typeComment(el, 'half a thought');
      hidePage();
      await el.updateComplete;
      expect(details(submits)).to.deep.equal([
        { type: 'nps', score: 9, comment: 'half a thought' },
      ]);
      expect(hasPart(el, 'thank-you')).to.equal(true);
      hidePage();
      window.dispatchEvent(new Event('pagehide'));
      el.remove();
      await Promise.resolve();
      expect(submits).to.have.length(1);
    });

    it('does nothing on visibilitychange to visible, or without a score', async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const submits = record(el, 'tp-submit');
      hidePage();
      radios(el)[6]!.click();
      document.dispatchEvent(new Event('visibilitychange')); // the real state: visible
      expect(submits).to.have.length(0);
    });

    it('completes on pagehide', async () => {
      const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      radios(el)[10]!.click();
      window.dispatchEvent(new Event('pagehide'));
      expect(details(submits)).to.deep.equal([{ type: 'nps', score: 10 }]);
    });

    it('records nothing on leaving when the score only came from markup, code or restore', async () => {
      const markup = await fixture<TpNps>(html`<tp-nps value="8"></tp-nps>`);
      const code = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      const restored = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
      code.value = 5;
      restored.formStateRestoreCallback('2', 'restore');
      const submits = record(document, 'tp-submit');
      hidePage();
      window.dispatchEvent(new Event('pagehide'));
      code.remove();
      await Promise.resolve();
      expect(submits).to.have.length(0);
      part(markup, 'next-button')!.click();
      await markup.updateComplete;
      part(markup, 'skip-button')!.click();
      expect(submits, 'confirming a prefilled score is an answer').to.have.length(1);
    });

    it('a form reset forgets the user choice: leaving afterwards records nothing', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><tp-nps></tp-nps></form>`);
      const el = form.querySelector('tp-nps')!;
      await el.updateComplete;
      const submits = record(el, 'tp-submit');
      radios(el)[9]!.click();
      form.reset();
      el.value = 9;
      hidePage();
      expect(submits).to.have.length(0);
    });

    it('does not steal focus from the page when completing on hide', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><input id="elsewhere" /><tp-nps></tp-nps></div>`,
      );
      const el = wrapper.querySelector('tp-nps')!;
      await el.updateComplete;
      radios(el)[4]!.click();
      const input = wrapper.querySelector('input')!;
      input.focus();
      hidePage();
      await el.updateComplete;
      expect(hasPart(el, 'thank-you')).to.equal(true);
      expectSame(document.activeElement, input);
    });
  });

  describe('localization', () => {
    it('de: every string in German, numbers and counter localized', async () => {
      const el = await fixture<TpNps>(html`<tp-nps locale="de"></tp-nps>`);
      expect(part(el, 'question')!.textContent!.trim()).to.equal(
        'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?',
      );
      expect(part(el, 'low-label')!.textContent).to.equal('Überhaupt nicht wahrscheinlich');
      expect(part(el, 'high-label')!.textContent).to.equal('Äußerst wahrscheinlich');
      expect(part(el, 'next-button')!.textContent!.trim()).to.equal('Weiter');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('de');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
      await chooseAndContinue(el, 5);
      expect(part(el, 'follow-up')!.textContent!.trim()).to.equal(
        'Was ist der Hauptgrund für Ihre Bewertung?',
      );
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('0/5.000 Zeichen');
      expect(part(el, 'submit-button')!.textContent!.trim()).to.equal('Senden');
      expect(part(el, 'skip-button')!.textContent!.trim()).to.equal('Überspringen');
      part(el, 'skip-button')!.click();
      await el.updateComplete;
      expect(part(el, 'thank-you')!.textContent!.trim()).to.equal('Vielen Dank für Ihr Feedback!');
    });

    it('ar: Arabic strings, right to left, arrows mirrored, accessible', async () => {
      const el = await fixture<TpNps>(html`<tp-nps locale="ar" value="3"></tp-nps>`);
      const base = part(el, 'base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(radios(el)[0]!).direction).to.equal('rtl');
      expect(part(el, 'question')!.textContent!.trim()).to.equal(
        'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
      );
      const ar = new Intl.NumberFormat('ar');
      expect(radios(el)[7]!.textContent!.trim()).to.equal(ar.format(7));
      expect(radios(el)[0]!.textContent!.trim().startsWith(ar.format(0))).to.equal(true);
      radios(el)[3]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal('2');
      await expect(el).to.be.accessible();
    });

    it('first renders already in its language: the translation loads before, no English first', async () => {
      const el = document.createElement('tp-nps');
      el.setAttribute('locale', 'fr');
      let shownFirst = '';
      el.addEventListener(
        'tp-show',
        () => (shownFirst = part(el, 'question')!.textContent!.trim()),
      );
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(shownFirst).to.equal(
          'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue\u202f?',
        );
      } finally {
        el.remove();
      }
    });

    it('follows the document language when no locale is set, and its changes', async () => {
      const root = document.documentElement;
      const before = root.lang;
      try {
        root.lang = 'es';
        const el = await fixture<TpNps>(html`<tp-nps></tp-nps>`);
        expect(part(el, 'next-button')!.textContent!.trim()).to.equal('Siguiente');
        root.lang = 'fr-CA';
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(part(el, 'next-button')!.textContent!.trim()).to.equal('Suivant');
        expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr-CA');
      } finally {
        root.lang = before;
      }
    });

    it('an explicit dir on the element wins over the locale', async () => {
      const el = await fixture<TpNps>(html`<tp-nps locale="ar" dir="ltr"></tp-nps>`);
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('attribute overrides', () => {
    it('every visible string can be replaced per element, in any locale', async () => {
      const el = await fixture<TpNps>(
        html`<tp-nps
          locale="de"
          question="Empfehlen?"
          low-label="Nie"
          high-label="Sofort"
          follow-up="Warum?"
          next-label="Los"
          submit-label="Ab damit"
          skip-label="Lieber nicht"
          thank-you="Merci!"
          close-label="Zu"
          dismissible
        ></tp-nps>`,
      );
      expect(part(el, 'question')!.textContent!.trim()).to.equal('Empfehlen?');
      expect(part(el, 'low-label')!.textContent).to.equal('Nie');
      expect(part(el, 'high-label')!.textContent).to.equal('Sofort');
      expect(radios(el)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('0 – Nie');
      expect(radios(el)[10]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('10 – Sofort');
      expect(part(el, 'next-button')!.textContent!.trim()).to.equal('Los');
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Zu');
      await chooseAndContinue(el, 1);
      expect(part(el, 'follow-up')!.textContent!.trim()).to.equal('Warum?');
      expect(part(el, 'submit-button')!.textContent!.trim()).to.equal('Ab damit');
      expect(part(el, 'skip-button')!.textContent!.trim()).to.equal('Lieber nicht');
      part(el, 'submit-button')!.click();
      await el.updateComplete;
      expect(part(el, 'thank-you')!.textContent!.trim()).to.equal('Merci!');
    });

    it('focus() goes to the tab stop of the current step', async () => {
      const el = await fixture<TpNps>(html`<tp-nps value="6"></tp-nps>`);
      el.focus();
      expectSame(focused(el), radios(el)[6]);
    });
  });
});
