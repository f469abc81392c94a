/// <reference types="mocha" />
/**
 * The behaviour every form-associated tp-* control shares (SPEC §2 "Form-associated"), as one mocha
 * suite each control's test file runs against itself — Material Web's habit of a shared harness
 * per behaviour, so no control re-writes (or forgets) these checks.
 *
 * Test-only: not exported from the package.
 */
import { expect, fixture } from '@open-wc/testing';
import type { FormControl } from './form-control.js';

export interface FormControlSuiteOptions<T extends FormControl> {
  /**
   * Makes the control hold `value` the way a user would (a click on an option, typing). It runs on
   * an enabled, connected, rendered element.
   */
  pick(el: T, value: string): void | Promise<void>;
  /** A value the user can give; also what the form must submit under the control's `name`. */
  validValue: string;
  /** Extra attributes for every element the suite creates, e.g. `'no-follow-up'`. */
  attributes?: string;
  /** State handed to `formStateRestoreCallback` (default: `validValue`). */
  restoreState?: string | FormData;
}

/** Field name the suite gives each control. */
const NAME = 'field';

/** Records every event of the given types dispatched on `target`, in order. */
function record(target: EventTarget, ...types: string[]): Event[] {
  const events: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => events.push(event));
  return events;
}

/**
 * Registers the shared form tests for `tag` (call it inside the component's "works in a form"
 * block): FormData under `name`, `required` validity, custom validity, reset, disabled fieldset
 * and own `disabled`, `form.requestSubmit()`, and state restore.
 */
export function formControlSuite<T extends FormControl>(
  tag: string,
  options: FormControlSuiteOptions<T>,
): void {
  const { pick, validValue } = options;

  async function inForm(attributes = '', wrap = (control: string) => control) {
    const control = `<${tag} name="${NAME}" ${options.attributes ?? ''} ${attributes}></${tag}>`;
    const form = await fixture<HTMLFormElement>(`<form>${wrap(control)}</form>`);
    const el = form.querySelector(tag) as T;
    await el.updateComplete;
    return { form, el };
  }

  const submitted = (form: HTMLFormElement) => new FormData(form).getAll(NAME);

  describe(`shared form-control suite (<${tag}>)`, () => {
    it('is form-associated: submits the value under its name, nothing before', async () => {
      const { form, el } = await inForm();
      expect((el.constructor as typeof FormControl).formAssociated).to.equal(true);
      expect(el.form === form, 'el.form is its form').to.equal(true);
      expect(submitted(form)).to.deep.equal([]);
      await pick(el, validValue);
      expect(submitted(form)).to.deep.equal([validValue]);
    });

    it('required: valueMissing with a message, the form invalid, until the user answers', async () => {
      const { form, el } = await inForm('required');
      expect(el.required).to.equal(true);
      expect(el.willValidate).to.equal(true);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.be.a('string').and.not.equal('');
      expect(form.checkValidity()).to.equal(false);
      const invalids = record(el, 'invalid');
      expect(el.reportValidity()).to.equal(false);
      expect(invalids).to.have.length(1);
      expect(document.activeElement === el, 'reportValidity focuses inside the control').to.equal(
        true,
      );
      await pick(el, validValue);
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('setCustomValidity makes it invalid with that message; an empty message clears it', async () => {
      const { form, el } = await inForm();
      el.setCustomValidity('Not now');
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Not now');
      expect(form.checkValidity()).to.equal(false);
      el.setCustomValidity('');
      expect(form.checkValidity()).to.equal(true);
    });

    it('form reset clears the value, fires no input/change', async () => {
      const { form, el } = await inForm();
      await pick(el, validValue);
      const events = record(el, 'input', 'change');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(submitted(form)).to.deep.equal([]);
      expect(events).to.have.length(0);
      await pick(el, validValue);
      expect(submitted(form), 'usable again after a reset').to.deep.equal([validValue]);
    });

    it('a disabled fieldset disables it and leaves it out of the form data', async () => {
      const { form, el } = await inForm('required', (control) => `<fieldset>${control}</fieldset>`);
      await pick(el, validValue);
      const fieldset = form.querySelector('fieldset')!;
      fieldset.disabled = true;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(true);
      expect(submitted(form)).to.deep.equal([]);
      expect(el.willValidate, 'a disabled control is barred from validation').to.equal(false);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(false);
      expect(submitted(form)).to.deep.equal([validValue]);
    });

    it('its own disabled attribute does the same, set as attribute or property', async () => {
      const { form, el } = await inForm();
      await pick(el, validValue);
      el.disabled = true;
      expect(el.hasAttribute('disabled')).to.equal(true);
      expect(el.matches(':disabled')).to.equal(true);
      expect(submitted(form)).to.deep.equal([]);
      el.removeAttribute('disabled');
      await el.updateComplete;
      expect(el.disabled).to.equal(false);
      expect(submitted(form)).to.deep.equal([validValue]);
    });

    it('form.requestSubmit() submits the value, and is blocked while a required one is missing', async () => {
      const { form, el } = await inForm('required');
      const sent: unknown[][] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        sent.push(submitted(form));
      });
      form.requestSubmit();
      expect(sent).to.deep.equal([]);
      await pick(el, validValue);
      form.requestSubmit();
      expect(sent).to.deep.equal([[validValue]]);
    });

    it('restores its state (history navigation, autofill) without input/change', async () => {
      const { form, el } = await inForm();
      const events = record(el, 'input', 'change');
      el.formStateRestoreCallback(options.restoreState ?? validValue, 'restore');
      await el.updateComplete;
      expect(submitted(form)).to.deep.equal([validValue]);
      expect(events).to.have.length(0);
    });
  });
}
