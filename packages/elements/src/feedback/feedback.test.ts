import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../define/tp-feedback.js';
import type { ResponseDetail } from '../internal/events.js';
import { formControlSuite } from '../internal/form-control.suite.js';
import {
  tabInto,
  expectAutoThemeFollowsScheme,
  accessibleNames,
  assertPageVisible,
  expectSame,
  expectShowOnce,
  hidePage,
  partOf,
  radiosOf,
  record,
} from '../internal/test-support.js';
import type { TpFeedback } from './feedback.js';

// ---- helpers ---------------------------------------------------------------------------------

const $ = <T extends HTMLElement = HTMLElement>(el: TpFeedback, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: TpFeedback, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
const part = partOf;
const hasPart = (el: TpFeedback, name: string) => part(el, name) !== null;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: TpFeedback) => el.shadowRoot!.activeElement;

const textarea = (el: TpFeedback) => part<HTMLTextAreaElement>(el, 'textarea')!;
const emailInput = (el: TpFeedback) => part<HTMLInputElement>(el, 'email-input')!;
const radios = radiosOf;
const checked = (radio: HTMLElement | undefined) => radio?.getAttribute('aria-checked') === 'true';
const checkbox = (el: TpFeedback) => $<HTMLInputElement>(el, 'input[type="checkbox"]');
const chipLabels = (el: TpFeedback) => $$(el, '[part~="category"]').map(text);

const submitsOf = (target: EventTarget) => record<CustomEvent<ResponseDetail>>(target, 'tp-submit');
const details = (events: CustomEvent<ResponseDetail>[]) => events.map((event) => event.detail);

/** Types into a field for real (focus + key presses), as a user would. */
async function typeInto(el: TpFeedback, field: HTMLElement, value: string): Promise<void> {
  field.focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

/** Clicks Submit as a pointer would: the button takes focus first. */
async function clickSubmit(el: TpFeedback): Promise<void> {
  const button = part(el, 'submit-button')!;
  button.focus();
  button.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** The address the component sends for this test page. */
const thisPage = () => location.origin + location.pathname;

/** Captures console.warn while `run` runs. */
async function warningsDuring(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(String(message));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const FORM_PARTS = [
  'base',
  'categories',
  'category-label',
  'category',
  'selected',
  'message-label',
  'textarea',
  'counter',
  'email-label',
  'email-input',
  'page-option',
  'submit-button',
  'cancel-button',
];

// ---- the three blocks every component opens with -----------------------------------------------

describe('tp-feedback', () => {
  beforeEach(assertPageVisible);

  describe('renders and is accessible', () => {
    it('renders category chips (first chosen), message, email, page option and buttons', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      for (const name of FORM_PARTS) expect(hasPart(el, name), name).to.equal(true);
      expect(chipLabels(el)).to.deep.equal(['Bug', 'Idea', 'Question', 'Other']);
      expect(radios(el).map(checked)).to.deep.equal([true, false, false, false]);
      expect(part(el, 'selected')!.textContent!.trim()).to.equal('Bug');
      expect(checkbox(el)!.checked).to.equal(true);
      expect(text(part(el, 'counter'))).to.equal('0/2,000 characters');
      expect(textarea(el).maxLength).to.equal(2000);
      expect(hasPart(el, 'error-summary')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('labels every field, and the category group by its label', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const fields = [
        ...radios(el),
        textarea(el),
        emailInput(el),
        checkbox(el)!,
        part(el, 'categories')!,
      ];
      expect(await accessibleNames(el, fields)).to.deep.equal([
        'Bug',
        'Idea',
        'Question',
        'Other',
        'Your feedback',
        'Email (optional)',
        "Include this page's address",
        'Category',
      ]);
      expect(textarea(el).getAttribute('aria-required')).to.equal('true');
      expect(emailInput(el).getAttribute('aria-required')).to.equal('false');
    });

    it('is accessible with validation errors, after a failed submit, and in the success state', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback require-email></tp-feedback>`);
      await clickSubmit(el);
      expect(hasPart(el, 'error-summary')).to.equal(true);
      expect($$(el, '[part="field-error"]')).to.have.length(2);
      await expect(el).to.be.accessible();

      el.value = 'Crashes on save';
      emailInput(el).value = 'me@example.com';
      emailInput(el).dispatchEvent(new Event('input'));
      el.addEventListener('tp-submit', () => (el.status = 'submitting'), { once: true });
      await clickSubmit(el);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();

      el.showError();
      await el.updateComplete;
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();

      el.status = 'success';
      await el.updateComplete;
      expect(part(el, 'thank-you')!.getAttribute('role')).to.equal('status');
      expect(hasPart(el, 'textarea')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme, in every state, and actually turns dark', async () => {
      const light = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const el = await fixture<TpFeedback>(html`<tp-feedback theme="dark"></tp-feedback>`);
      const bg = (node: TpFeedback) => getComputedStyle(part(node, 'base')!).backgroundColor;
      const errorColour = (node: TpFeedback) => getComputedStyle(part(node, 'field-error')!).color;
      expect(bg(el)).to.not.equal(bg(light));
      await expect(el).to.be.accessible();
      await clickSubmit(el);
      await clickSubmit(light);
      expect(errorColour(el)).to.not.equal(errorColour(light));
      const textColour = (node: TpFeedback) => getComputedStyle(part(node, 'base')!).color;
      expect(errorColour(light), 'errors in the danger colour').to.not.equal(textColour(light));
      expect(errorColour(el), 'errors in the danger colour').to.not.equal(textColour(el));
      await expect(el).to.be.accessible();
      el.value = 'Dark mode is great';
      el.showError();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.status = 'success';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('theme="auto" follows prefers-color-scheme', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback theme="auto"></tp-feedback>`);
      const dark = await fixture<TpFeedback>(html`<tp-feedback theme="dark"></tp-feedback>`);
      await expectAutoThemeFollowsScheme(el, dark, (e) => expect(e).to.be.accessible());
    });

    it('drops transitions under prefers-reduced-motion', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const duration = () =>
        getComputedStyle(part(el, 'category')!).transitionDuration.split(',')[0];
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(duration()).to.not.equal('0s');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(duration()).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('gives every target at least 24×24 px, also at 320 px wide', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback style="width: 320px"></tp-feedback>`);
      const targets = [
        ...radios(el),
        checkbox(el)!,
        part(el, 'page-option')!,
        emailInput(el),
        part(el, 'submit-button')!,
        part(el, 'cancel-button')!,
      ];
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.width, target.outerHTML.slice(0, 60)).to.be.at.least(24);
        expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });
  });

  describe('works by keyboard', () => {
    const tabIn = (template: ReturnType<typeof html>) =>
      tabInto<TpFeedback>(template, 'tp-feedback');

    it('Tab visits category, message, email, page option, Submit, Cancel, in that order', async () => {
      const el = await tabIn(html`<tp-feedback></tp-feedback>`);
      const order = [
        radios(el)[0],
        textarea(el),
        emailInput(el),
        checkbox(el),
        part(el, 'submit-button'),
        part(el, 'cancel-button'),
      ];
      for (const [index, expected] of order.entries()) {
        expectSame(focused(el), expected, `tab stop ${index}`);
        await sendKeys({ press: 'Tab' });
      }
    });

    it('arrows choose the category (one tab stop), mirrored in RTL', async () => {
      const el = await tabIn(html`<tp-feedback></tp-feedback>`);
      const submits = submitsOf(el);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expectSame(focused(el), radios(el)[2]);
      expect(part(el, 'selected')!.textContent!.trim()).to.equal('Question');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'How do I export?' });
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Control' });
      expect(details(submits)[0]!.data!.category).to.equal('question');

      const rtl = await tabIn(html`<tp-feedback dir="rtl"></tp-feedback>`);
      await sendKeys({ press: 'ArrowLeft' });
      await rtl.updateComplete;
      expect(part(rtl, 'selected')!.textContent!.trim()).to.equal('Idea');
    });

    it('Ctrl+Enter in the message submits; the thank-you takes focus', async () => {
      const el = await tabIn(html`<tp-feedback survey-id="kbd"></tp-feedback>`);
      const submits = submitsOf(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Love the new layout' });
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(details(submits)).to.deep.equal([
        {
          type: 'feedback',
          surveyId: 'kbd',
          comment: 'Love the new layout',
          data: { category: 'bug', page: thisPage() },
        },
      ]);
      expectSame(focused(el), part(el, 'thank-you'), 'the thank-you is focused so it is announced');
    });

    it('Cmd+Enter submits too; plain Enter adds a line', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback include-page="false"></tp-feedback>`);
      const submits = submitsOf(el);
      await typeInto(el, textarea(el), 'line one');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'line two' });
      expect(submits).to.have.length(0);
      await sendKeys({ down: 'Meta' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Meta' });
      expect(details(submits).map((d) => d.comment)).to.deep.equal(['line one\nline two']);
    });

    it('Enter in the email field submits neither the component nor the host form', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><tp-feedback name="fb"></tp-feedback><button>Send</button></form>`,
      );
      const el = form.querySelector('tp-feedback')!;
      await el.updateComplete;
      const formSubmits = record(form, 'submit');
      form.addEventListener('submit', (event) => event.preventDefault());
      const submits = submitsOf(el);
      await typeInto(el, textarea(el), 'Hi');
      await typeInto(el, emailInput(el), 'me@example.com');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(formSubmits).to.have.length(0);
      expect(submits).to.have.length(0);
      expectSame(focused(el), emailInput(el));
    });

    it('Space toggles the page option; Enter on Submit with problems focuses the first one', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const submits = submitsOf(el);
      checkbox(el)!.focus();
      await sendKeys({ press: 'Space' });
      expect(checkbox(el)!.checked).to.equal(false);
      await typeInto(el, emailInput(el), 'not-an-email');
      part(el, 'submit-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectSame(focused(el), textarea(el), 'the empty message comes first');
      await sendKeys({ type: 'Typo in the footer' });
      part(el, 'submit-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectSame(focused(el), emailInput(el), 'then the malformed email');
      expect(submits).to.have.length(0);
    });
  });

  describe('works in a form', () => {
    formControlSuite<TpFeedback>('tp-feedback', {
      pick: (el, value) => typeInto(el, textarea(el), value),
      validValue: 'The search is slow',
      restoreState: (() => {
        const state = new FormData();
        state.append('message', 'The search is slow');
        return state;
      })(),
    });

    async function inForm(template: ReturnType<typeof html>) {
      const form = await fixture<HTMLFormElement>(html`<form>${template}</form>`);
      const el = form.querySelector('tp-feedback')!;
      await el.updateComplete;
      return { form, el };
    }

    it('submits message, category and email under name, name-category, name-email', async () => {
      const { form, el } = await inForm(html`<tp-feedback name="fb"></tp-feedback>`);
      expect([...new FormData(form).keys()], 'nothing before a message').to.deep.equal([]);
      await typeInto(el, textarea(el), 'Search is slow');
      expect([...new FormData(form).entries()]).to.deep.equal([
        ['fb', 'Search is slow'],
        ['fb-category', 'bug'],
      ]);
      radios(el)[1]!.click();
      await typeInto(el, emailInput(el), 'ada@example.com');
      expect([...new FormData(form).entries()]).to.deep.equal([
        ['fb', 'Search is slow'],
        ['fb-category', 'idea'],
        ['fb-email', 'ada@example.com'],
      ]);
      el.value = 'Changed from code';
      expect(new FormData(form).get('fb')).to.equal('Changed from code');
      expectSame(el.form, form);
    });

    it('submits nothing without a name', async () => {
      const { form, el } = await inForm(html`<tp-feedback value="Hello"></tp-feedback>`);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      el.name = 'later';
      el.value = 'Hello!';
      expect(new FormData(form).get('later')).to.equal('Hello!');
    });

    it('required: invalid (valueMissing, localized, anchored on the message) until written', async () => {
      const { form, el } = await inForm(html`<tp-feedback name="fb" required></tp-feedback>`);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Please enter your feedback.');
      expect(el.reportValidity()).to.equal(false);
      expectSame(focused(el), textarea(el), 'the browser focuses the validation anchor');
      await el.updateComplete;
      expect(textarea(el).getAttribute('aria-invalid'), 'inline error shown too').to.equal('true');

      el.locale = 'de';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Bitte geben Sie Ihr Feedback ein.');

      await sendKeys({ type: 'Toll' });
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      await el.updateComplete;
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('without required an empty form is valid; a malformed email is not (typeMismatch)', async () => {
      const { form, el } = await inForm(html`<tp-feedback name="fb" require-email></tp-feedback>`);
      expect(form.checkValidity(), 'unanswered, optional').to.equal(true);
      await typeInto(el, emailInput(el), 'me@');
      expect(el.validity.typeMismatch).to.equal(true);
      expect(el.validationMessage).to.equal(
        'Please enter a valid email address, like name@example.com.',
      );
      expect(el.reportValidity()).to.equal(false);
      expectSame(focused(el), emailInput(el));
      await el.updateComplete;
      expect(text(part(el, 'error-summary'))).to.not.contain('feedback.');
    });

    it('require-email with a message: valueMissing on the email field', async () => {
      const { form, el } = await inForm(
        html`<tp-feedback name="fb" require-email value="Hi"></tp-feedback>`,
      );
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Please enter your email address.');
      await typeInto(el, emailInput(el), 'me@example.com');
      expect(form.checkValidity()).to.equal(true);
    });

    it('form reset clears every field, the errors and the status', async () => {
      const { form, el } = await inForm(html`<tp-feedback name="fb"></tp-feedback>`);
      radios(el)[3]!.click();
      await typeInto(el, textarea(el), 'x');
      await typeInto(el, emailInput(el), 'bad');
      checkbox(el)!.click();
      textarea(el).value = '';
      textarea(el).dispatchEvent(new Event('input'));
      await clickSubmit(el);
      expect(hasPart(el, 'error-summary')).to.equal(true);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(textarea(el).value).to.equal('');
      expect(emailInput(el).value).to.equal('');
      expect(checked(radios(el)[0])).to.equal(true);
      expect(checkbox(el)!.checked).to.equal(true);
      expect(hasPart(el, 'error-summary')).to.equal(false);
      expect(hasPart(el, 'field-error')).to.equal(false);
      expect([...new FormData(form).keys()]).to.deep.equal([]);

      await typeInto(el, textarea(el), 'Sent');
      await clickSubmit(el);
      expect(el.status).to.equal('success');
      form.reset();
      await el.updateComplete;
      expect(el.status).to.equal('idle');
      expect(hasPart(el, 'textarea')).to.equal(true);
    });

    it('a disabled fieldset disables every field and leaves it out of the form data', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled><tp-feedback name="fb" value="Hi" required></tp-feedback></fieldset>
        </form>`,
      );
      const el = form.querySelector('tp-feedback')!;
      await elementUpdated(el);
      const controls = () => $$<HTMLInputElement>(el, 'input, textarea, button');
      expect(el.matches(':disabled')).to.equal(true);
      expect(controls().every((c) => c.matches(':disabled'))).to.equal(true);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      expect(form.checkValidity()).to.equal(true);

      form.querySelector('fieldset')!.disabled = false;
      await elementUpdated(el);
      expect(controls().every((c) => !c.matches(':disabled'))).to.equal(true);
      expect(new FormData(form).get('fb')).to.equal('Hi');
    });

    it('its own disabled attribute does the same, and Submit does nothing', async () => {
      const { form, el } = await inForm(html`<tp-feedback name="fb" value="Hi"></tp-feedback>`);
      const submits = submitsOf(el);
      el.disabled = true;
      await el.updateComplete;
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      part(el, 'submit-button')!.dispatchEvent(new Event('click'));
      expect(submits).to.have.length(0);
      el.disabled = false;
      await el.updateComplete;
      expect(part<HTMLButtonElement>(el, 'submit-button')!.disabled).to.equal(false);
    });

    it('form.requestSubmit() submits the fields, and is blocked while a required message is missing', async () => {
      const { form, el } = await inForm(html`<tp-feedback name="fb" required></tp-feedback>`);
      const submitted: Array<[string, FormDataEntryValue][]> = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted.push([...new FormData(form).entries()]);
      });
      form.requestSubmit();
      expect(submitted).to.deep.equal([]);
      el.value = 'From code'; // same task: form state is pushed synchronously
      form.requestSubmit();
      expect(submitted).to.deep.equal([
        [
          ['fb', 'From code'],
          ['fb-category', 'bug'],
        ],
      ]);
    });

    it('restores every field (history navigation / autofill)', async () => {
      const { form, el } = await inForm(
        html`<tp-feedback name="fb" categories="Billing, Login"></tp-feedback>`,
      );
      const state = new FormData();
      state.append('message', 'Restored text');
      state.append('category', 'Login');
      state.append('email', 'me@example.com');
      state.append('page', 'off');
      const changes = record(el, 'change');
      el.formStateRestoreCallback(state, 'restore');
      await el.updateComplete;
      expect(textarea(el).value).to.equal('Restored text');
      expect(emailInput(el).value).to.equal('me@example.com');
      expect(checked(radios(el)[1])).to.equal(true);
      expect(checkbox(el)!.checked).to.equal(false);
      expect([...new FormData(form).entries()]).to.deep.equal([
        ['fb', 'Restored text'],
        ['fb-category', 'Login'],
        ['fb-email', 'me@example.com'],
      ]);
      expect(changes).to.have.length(0);
      el.formStateRestoreCallback('Just a message', 'autocomplete');
      expect(el.value).to.equal('Just a message');
    });
  });

  // ---- behaviour ---------------------------------------------------------------------------------

  describe('validation', () => {
    it('Submit with problems: summary, inline errors wired with aria-invalid/-describedby, no tp-submit', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const submits = submitsOf(el);
      await typeInto(el, emailInput(el), 'me@example');
      await clickSubmit(el);
      expect(submits).to.have.length(0);
      const summary = part(el, 'error-summary')!;
      expect(text(summary)).to.match(/^Please correct the following:/);
      expect(Array.from(summary.querySelectorAll('li'), text)).to.deep.equal([
        'Please enter your feedback.',
        'Please enter a valid email address, like name@example.com.',
      ]);
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
      expect(emailInput(el).getAttribute('aria-invalid')).to.equal('true');
      const describedBy = (field: HTMLElement) =>
        field
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => text(el.shadowRoot!.getElementById(id)));
      expect(describedBy(textarea(el))).to.deep.equal([
        'Please enter your feedback.',
        '0/2,000 characters',
      ]);
      expect(describedBy(emailInput(el))).to.deep.equal([
        'Please enter a valid email address, like name@example.com.',
      ]);
      expectSame(focused(el), textarea(el));
    });

    it('errors clear as the user fixes them; the form then submits', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const submits = submitsOf(el);
      await clickSubmit(el);
      await sendKeys({ type: 'Fixed' });
      await el.updateComplete;
      expect(hasPart(el, 'field-error')).to.equal(false);
      expect(hasPart(el, 'error-summary')).to.equal(false);
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');
      await clickSubmit(el);
      expect(submits).to.have.length(1);
    });

    it('a malformed email shows its error on leaving the field, not while typing', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      await typeInto(el, emailInput(el), 'ada@');
      expect(hasPart(el, 'field-error'), 'not while typing').to.equal(false);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(text(part(el, 'field-error'))).to.equal(
        'Please enter a valid email address, like name@example.com.',
      );
      await typeInto(el, emailInput(el), 'example.com');
      expect(hasPart(el, 'field-error')).to.equal(false);
      expect(hasPart(el, 'error-summary'), 'no summary before a submit').to.equal(false);
    });

    it('a whitespace-only message is no message', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const submits = submitsOf(el);
      await typeInto(el, textarea(el), '   ');
      await clickSubmit(el);
      expect(submits).to.have.length(0);
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
    });

    it('a message set from code beyond max-length is reported as too long', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback max-length="5"></tp-feedback>`);
      const submits = submitsOf(el);
      el.value = 'far too long';
      await clickSubmit(el);
      expect(submits).to.have.length(0);
      expect(text(part(el, 'field-error'))).to.equal(
        'Please shorten your feedback to 5 characters or fewer.',
      );
      expect(el.validity.tooLong).to.equal(true);
    });
  });

  describe('counter', () => {
    it('counts live and stops at max-length', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback max-length="30"></tp-feedback>`);
      expect(textarea(el).maxLength).to.equal(30);
      await typeInto(el, textarea(el), 'abc');
      expect(text(part(el, 'counter'))).to.equal('3/30 characters');
      await sendKeys({ type: 'x'.repeat(40) });
      await el.updateComplete;
      expect(el.value).to.have.length(30);
      expect(text(part(el, 'counter'))).to.equal('30/30 characters');
    });

    it('announces characters left politely, only near the limit', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback max-length="100"></tp-feedback>`);
      const live = $(el, '[aria-live="polite"]')!;
      expect(live.isConnected && text(live)).to.equal('');
      expect(
        part(el, 'counter')!.hasAttribute('aria-live'),
        'the visible counter is not live',
      ).to.equal(false);
      await typeInto(el, textarea(el), 'y'.repeat(79));
      expect(text(live)).to.equal('');
      await sendKeys({ type: 'y' });
      await el.updateComplete;
      expect(text(live)).to.equal('Characters left: 20');
      expect(part(el, 'counter')!.classList.contains('near-limit')).to.equal(true);
      await sendKeys({ type: 'yyy' });
      await el.updateComplete;
      expect(text(live)).to.equal('Characters left: 17');
    });

    it('warns about an unusable max-length and keeps a limit', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const warnings = await warningsDuring(async () => {
        el.setAttribute('max-length', 'lots');
        await el.updateComplete;
        el.maxLength = 9000;
        await el.updateComplete;
      });
      expect(textarea(el).maxLength).to.equal(5000);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.match(/tp-feedback: max-length "lots" is not a whole number/);
    });
  });

  describe('categories', () => {
    it('come from the categories attribute: each entry is id and label', async () => {
      const el = await fixture<TpFeedback>(
        html`<tp-feedback categories="Billing, Login problem , Other"></tp-feedback>`,
      );
      const submits = submitsOf(el);
      expect(chipLabels(el)).to.deep.equal(['Billing', 'Login problem', 'Other']);
      radios(el)[1]!.click();
      el.value = 'Cannot log in';
      await clickSubmit(el);
      expect(details(submits)[0]!.data!.category).to.equal('Login problem');
    });

    it('come from the categories property as { id, label }; the id is sent', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      el.categories = [
        { id: 'ux', label: 'Design' },
        { id: 'perf', label: 'Speed' },
      ];
      await el.updateComplete;
      expect(chipLabels(el)).to.deep.equal(['Design', 'Speed']);
      radios(el)[1]!.click();
      el.value = 'Slow';
      await clickSubmit(el);
      expect(el.status).to.equal('success');
      const submits = submitsOf(el);
      el.reset();
      await el.updateComplete;
      el.value = 'Ugly';
      await clickSubmit(el);
      expect(details(submits)[0]!.data!.category, 'reset chose the first again').to.equal('ux');
    });

    it('fall back to the first when the chosen one disappears; bad entries are warned about', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback categories="a, b"></tp-feedback>`);
      radios(el)[1]!.click();
      const warnings = await warningsDuring(async () => {
        el.categories = 'c, c, a';
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal(['tp-feedback: ignoring category: duplicate id "c"']);
      expect(chipLabels(el)).to.deep.equal(['c', 'a']);
      expect(part(el, 'selected')!.textContent!.trim()).to.equal('c');
    });

    it('default labels are localized, ids are not', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback locale="es"></tp-feedback>`);
      const submits = submitsOf(el);
      expect(chipLabels(el)).to.deep.equal(['Error', 'Sugerencia', 'Pregunta', 'Otro']);
      radios(el)[3]!.click();
      el.value = 'Hola';
      await clickSubmit(el);
      expect(details(submits)[0]!.data!.category).to.equal('other');
    });
  });

  describe('email', () => {
    it('is optional by default: sent when given, left out when blank', async () => {
      const blank = await fixture<TpFeedback>(html`<tp-feedback value="One"></tp-feedback>`);
      const given = await fixture<TpFeedback>(html`<tp-feedback value="Two"></tp-feedback>`);
      const submits = submitsOf(document);
      await typeInto(given, emailInput(given), 'ada@example.com');
      await clickSubmit(blank);
      await clickSubmit(given);
      expect(details(submits).map((d) => d.data!.email)).to.deep.equal([
        undefined,
        'ada@example.com',
      ]);
      expect(details(submits)[0]!.data).to.not.have.property('email');
    });

    it('require-email: labelled without "(optional)", required, and blocks until given', async () => {
      const el = await fixture<TpFeedback>(
        html`<tp-feedback require-email value="Hi"></tp-feedback>`,
      );
      const submits = submitsOf(el);
      expect(text(part(el, 'email-label'))).to.equal('Email');
      expect(emailInput(el).getAttribute('aria-required')).to.equal('true');
      await clickSubmit(el);
      expect(submits).to.have.length(0);
      expect(text(part(el, 'field-error'))).to.equal('Please enter your email address.');
      expectSame(focused(el), emailInput(el));
      await sendKeys({ type: 'me@example.com' });
      await clickSubmit(el);
      expect(details(submits)[0]!.data!.email).to.equal('me@example.com');
    });
  });

  describe('page address', () => {
    it('is sent as origin + path when ticked (the default), not when unticked', async () => {
      const ticked = await fixture<TpFeedback>(html`<tp-feedback value="a"></tp-feedback>`);
      const unticked = await fixture<TpFeedback>(html`<tp-feedback value="b"></tp-feedback>`);
      const submits = submitsOf(document);
      checkbox(unticked)!.click();
      await clickSubmit(ticked);
      await clickSubmit(unticked);
      expect(details(submits).map((d) => d.data)).to.deep.equal([
        { category: 'bug', page: thisPage() },
        { category: 'bug' },
      ]);
    });

    it('include-page="false" removes the option and sends no page', async () => {
      const el = await fixture<TpFeedback>(
        html`<tp-feedback include-page="false" value="c"></tp-feedback>`,
      );
      const submits = submitsOf(el);
      expect(hasPart(el, 'page-option')).to.equal(false);
      el.includePage = true;
      await el.updateComplete;
      expect(hasPart(el, 'page-option')).to.equal(true);
      el.setAttribute('include-page', 'false');
      await el.updateComplete;
      expect(hasPart(el, 'page-option')).to.equal(false);
      await clickSubmit(el);
      expect(details(submits)[0]!.data).to.deep.equal({ category: 'bug' });
    });
  });

  describe('cancel', () => {
    it('fires tp-dismiss (reason cancel) and never submits, not even when then removed', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback survey-id="s1"></tp-feedback>`);
      const submits = submitsOf(el);
      const dismissals = record<CustomEvent>(el, 'tp-dismiss');
      await typeInto(el, textarea(el), 'Never mind');
      part(el, 'cancel-button')!.click();
      expect(dismissals.map((e) => e.detail)).to.deep.equal([
        { type: 'feedback', surveyId: 's1', reason: 'cancel' },
      ]);
      expect(dismissals[0]!.bubbles && dismissals[0]!.composed).to.equal(true);
      el.remove();
      await Promise.resolve();
      hidePage();
      expect(submits).to.have.length(0);
    });
  });

  describe('status: success and error', () => {
    it('standalone: tp-submit, then the success state at once', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback value="Great"></tp-feedback>`);
      const submits = submitsOf(el);
      expect(el.status).to.equal('idle');
      await clickSubmit(el);
      expect(submits).to.have.length(1);
      expect(el.status).to.equal('success');
      expect(text(part(el, 'thank-you'))).to.equal('Thank you for your feedback!');
      expectSame(focused(el), part(el, 'thank-you'));
    });

    it('a host that stores it: submitting (busy), then success', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback value="Async"></tp-feedback>`);
      el.addEventListener('tp-submit', () => (el.status = 'submitting'));
      await clickSubmit(el);
      expect(el.status).to.equal('submitting');
      const button = part<HTMLButtonElement>(el, 'submit-button')!;
      expect(text(button)).to.equal('Sending…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expectSame(focused(el), button, 'focus stays on the button');
      const submits = submitsOf(el);
      button.click();
      textarea(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }));
      expect(submits, 'no second submit while busy').to.have.length(0);
      el.status = 'success';
      await el.updateComplete;
      await el.updateComplete;
      expectSame(focused(el), part(el, 'thank-you'));
    });

    it('showError(): the form returns filled with an alert; submitting again sends again', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const submits = submitsOf(el);
      await typeInto(el, textarea(el), 'Please add dark mode');
      await typeInto(el, emailInput(el), 'me@example.com');
      el.addEventListener('tp-submit', () => (el.status = 'submitting'), { once: true });
      await clickSubmit(el);
      el.showError();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.status).to.equal('error');
      expect(text(part(el, 'error'))).to.equal(
        'Your feedback could not be sent. Please try again.',
      );
      expectSame(focused(el), part(el, 'error'), 'the alert takes focus');
      expect(textarea(el).value).to.equal('Please add dark mode');
      expect(emailInput(el).value).to.equal('me@example.com');
      await clickSubmit(el);
      expect(submits).to.have.length(2);
      expect(details(submits)[1]).to.deep.equal(details(submits)[0]);
      expect(el.status).to.equal('success');
    });

    it('showError(message) after success (a late failure) shows that message', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback value="Hi"></tp-feedback>`);
      await clickSubmit(el);
      el.showError('The server is down.');
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal('The server is down.');
      el.status = 'error';
      await el.updateComplete;
      expect(text(part(el, 'error')), 'status = error shows the default').to.equal(
        'Your feedback could not be sent. Please try again.',
      );
    });

    it('a listener that calls showError() during tp-submit keeps the error', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback value="Hi"></tp-feedback>`);
      el.addEventListener('tp-submit', () => el.showError('Rejected'), { once: true });
      await clickSubmit(el);
      expect(el.status).to.equal('error');
      expect(text(part(el, 'error'))).to.equal('Rejected');
    });

    it('status = "idle" shows the form again; an unknown status is warned about and ignored', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback value="Hi"></tp-feedback>`);
      await clickSubmit(el);
      const warnings = await warningsDuring(() => {
        el.status = 'done' as never;
      });
      expect(warnings[0]).to.match(/tp-feedback: ignoring status "done"/);
      expect(el.status).to.equal('success');
      el.status = 'idle';
      await el.updateComplete;
      expect(textarea(el).value).to.equal('Hi');
    });
  });

  describe('nothing typed is lost', () => {
    it('submits what was typed when the element is removed (a malformed email is left out)', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback survey-id="rm"></tp-feedback>`);
      const submits = submitsOf(el);
      radios(el)[2]!.click();
      await typeInto(el, textarea(el), 'Half a thou');
      await typeInto(el, emailInput(el), 'me@exa');
      el.remove();
      await Promise.resolve();
      expect(details(submits)).to.deep.equal([
        {
          type: 'feedback',
          surveyId: 'rm',
          comment: 'Half a thou',
          data: { category: 'question', page: thisPage() },
        },
      ]);
    });

    it('submits on page hide with a valid email, shows the thank-you, only once', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const submits = submitsOf(el);
      await typeInto(el, textarea(el), 'Leaving now');
      await typeInto(el, emailInput(el), 'me@example.com');
      hidePage();
      await el.updateComplete;
      expect(details(submits)).to.deep.equal([
        {
          type: 'feedback',
          comment: 'Leaving now',
          data: { category: 'bug', email: 'me@example.com', page: thisPage() },
        },
      ]);
      expect(hasPart(el, 'thank-you')).to.equal(true);
      hidePage();
      window.dispatchEvent(new Event('pagehide'));
      el.remove();
      await Promise.resolve();
      expect(submits).to.have.length(1);
    });

    it('submits on pagehide', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const submits = submitsOf(el);
      await typeInto(el, textarea(el), 'Bye');
      window.dispatchEvent(new Event('pagehide'));
      expect(details(submits).map((d) => d.comment)).to.deep.equal(['Bye']);
    });

    it('records nothing without typing: blank, prefilled from code/markup, or moved', async () => {
      const blank = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const markup = await fixture<TpFeedback>(html`<tp-feedback value="Prefilled"></tp-feedback>`);
      const spaces = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const moved = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      await typeInto(spaces, textarea(spaces), '   ');
      await typeInto(moved, textarea(moved), 'Still here');
      const submits = submitsOf(document);
      const fromMoved = submitsOf(moved);
      document.body.prepend(moved);
      hidePage();
      markup.value = 'Changed by code';
      window.dispatchEvent(new Event('pagehide'));
      blank.remove();
      markup.remove();
      spaces.remove();
      await Promise.resolve();
      expect(details(submits).map((d) => d.comment)).to.deep.equal(['Still here']);
      expect(fromMoved, 'the hide, not the move, completed it').to.have.length(1);
      moved.remove();
    });

    it('after showError(), leaving submits the message again (it was not stored)', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback></tp-feedback>`);
      const submits = submitsOf(el);
      await typeInto(el, textarea(el), 'Retry me');
      el.addEventListener('tp-submit', () => (el.status = 'submitting'), { once: true });
      await clickSubmit(el);
      hidePage();
      expect(submits, 'not while a host is storing it').to.have.length(1);
      el.showError();
      hidePage();
      expect(details(submits).map((d) => d.comment)).to.deep.equal(['Retry me', 'Retry me']);
    });

    it('does not steal focus from the page when completing on hide', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><input id="elsewhere" /><tp-feedback></tp-feedback></div>`,
      );
      const el = wrapper.querySelector('tp-feedback')!;
      await el.updateComplete;
      await typeInto(el, textarea(el), 'Quick note');
      const input = wrapper.querySelector('input')!;
      input.focus();
      hidePage();
      await el.updateComplete;
      expect(hasPart(el, 'thank-you')).to.equal(true);
      expectSame(document.activeElement, input);
    });
  });

  describe('events', () => {
    it('input while typing and change on commit reach the page from the host; none from code', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><tp-feedback></tp-feedback></div>`);
      const el = wrapper.querySelector('tp-feedback')!;
      await el.updateComplete;
      const seen: string[] = [];
      for (const type of ['input', 'change']) {
        wrapper.addEventListener(type, (event) => {
          expectSame(event.target, el, `${type} target`);
          seen.push(type);
        });
      }
      el.value = 'code';
      el.setAttribute('value', 'markup');
      await el.updateComplete;
      expect(seen, 'programmatic').to.deep.equal([]);
      textarea(el).value = '';
      await typeInto(el, textarea(el), 'ab');
      await sendKeys({ press: 'Tab' });
      expect(seen).to.deep.equal(['input', 'input', 'change']);
      radios(el)[1]!.click();
      expect(seen.slice(3)).to.deep.equal(['input', 'change']);
      radios(el)[1]!.click();
      expect(seen.slice(3), 'the chosen chip again: no change').to.deep.equal(['input', 'change']);
    });

    it('tp-submit carries { type: "feedback", surveyId, comment (trimmed), data }, bubbling and composed', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback survey-id="q4"></tp-feedback>`);
      const submits = submitsOf(document);
      await typeInto(el, textarea(el), '  Checkout froze \n');
      await clickSubmit(el);
      expect(details(submits)).to.deep.equal([
        {
          type: 'feedback',
          surveyId: 'q4',
          comment: 'Checkout froze',
          data: { category: 'bug', page: thisPage() },
        },
      ]);
      expect(submits[0]!.bubbles && submits[0]!.composed).to.equal(true);
    });

    it('tp-show fires once, when first rendered connected', async () => {
      await expectShowOnce<TpFeedback>(
        'tp-feedback',
        'feedback',
        (el) => (el.messageLabel = 'Again?'),
      );
    });

    it('focus() goes to the message, or the thank-you after success', async () => {
      const el = await fixture<TpFeedback>(html`<tp-feedback value="x"></tp-feedback>`);
      el.focus();
      expectSame(focused(el), textarea(el));
      await clickSubmit(el);
      (document.activeElement as HTMLElement | null)?.blur();
      el.focus();
      expectSame(focused(el), part(el, 'thank-you'));
    });
  });

  describe('localization', () => {
    const LOCALES: Array<[string, string[]]> = [
      [
        'de',
        [
          'Kategorie',
          'Fehler',
          'Ihr Feedback',
          'E-Mail (optional)',
          'Adresse dieser Seite mitsenden',
          'Senden',
          'Abbrechen',
        ],
      ],
      [
        'fr',
        [
          'Catégorie',
          'Problème',
          'Votre avis',
          'E-mail (facultatif)',
          'Inclure l’adresse de cette page',
          'Envoyer',
          'Annuler',
        ],
      ],
      [
        'es',
        [
          'Categoría',
          'Error',
          'Sus comentarios',
          'Correo electrónico (opcional)',
          'Incluir la dirección de esta página',
          'Enviar',
          'Cancelar',
        ],
      ],
      [
        'ar',
        [
          'الفئة',
          'مشكلة',
          'ملاحظاتك',
          'البريد الإلكتروني (اختياري)',
          'تضمين عنوان هذه الصفحة',
          'إرسال',
          'إلغاء',
        ],
      ],
    ];
    for (const [locale, expected] of LOCALES) {
      it(`${locale}: labels, buttons, counter and messages in that language`, async () => {
        const el = await fixture<TpFeedback>(html`<tp-feedback locale=${locale}></tp-feedback>`);
        const shown = [
          'category-label',
          'category',
          'message-label',
          'email-label',
          'page-option',
          'submit-button',
          'cancel-button',
        ].map((name) => text(part(el, name)));
        expect(shown).to.deep.equal(expected);
        expect(part(el, 'base')!.getAttribute('lang')).to.equal(locale);
        const nf = new Intl.NumberFormat(locale);
        expect(text(part(el, 'counter'))).to.contain(nf.format(2000).replace(/\s/g, ' '));
        await clickSubmit(el);
        expect(text(part(el, 'field-error'))).to.not.equal('Please enter your feedback.');
        el.value = 'ok';
        await clickSubmit(el);
        expect(text(part(el, 'thank-you'))).to.not.equal('Thank you for your feedback!');
      });
    }

    it('ar: right to left, mirrored layout, Arabic digits, accessible in each state', async () => {
      const el = await fixture<TpFeedback>(
        html`<tp-feedback locale="ar" style="width: 480px"></tp-feedback>`,
      );
      const base = part(el, 'base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(textarea(el)).direction).to.equal('rtl');
      const [first, second] = $$(el, '[part~="category"]');
      expect(first!.getBoundingClientRect().left).to.be.greaterThan(
        second!.getBoundingClientRect().left,
      );
      expect(text(part(el, 'counter'))).to.equal(
        `${new Intl.NumberFormat('ar').format(0)}/${new Intl.NumberFormat('ar').format(2000)} حرف`,
      );
      await expect(el).to.be.accessible();
      await clickSubmit(el);
      expect(text(part(el, 'field-error'))).to.equal('يرجى كتابة ملاحظاتك.');
      await expect(el).to.be.accessible();
      el.value = 'رائع';
      el.showError();
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal('تعذّر إرسال ملاحظاتك. يرجى المحاولة مرة أخرى.');
      await expect(el).to.be.accessible();
      await clickSubmit(el);
      await expect(el).to.be.accessible();
    });

    it('every visible label can be replaced per element', async () => {
      const el = await fixture<TpFeedback>(
        html`<tp-feedback
          locale="de"
          category-label="Thema"
          message-label="Was ist los?"
          email-label="Mail"
          page-label="URL mitschicken"
          submit-label="Ab damit"
          cancel-label="Lieber nicht"
          thank-you="Merci!"
        ></tp-feedback>`,
      );
      expect(
        [
          'category-label',
          'message-label',
          'email-label',
          'page-option',
          'submit-button',
          'cancel-button',
        ].map((name) => text(part(el, name))),
      ).to.deep.equal([
        'Thema',
        'Was ist los?',
        'Mail',
        'URL mitschicken',
        'Ab damit',
        'Lieber nicht',
      ]);
      el.value = 'x';
      await clickSubmit(el);
      expect(text(part(el, 'thank-you'))).to.equal('Merci!');
    });
  });
});
