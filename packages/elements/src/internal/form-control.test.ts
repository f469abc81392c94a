import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { FormControl } from './form-control.js';

/**
 * Asserts node identity. A failing chai `equal` on DOM nodes makes the runner serialize whole
 * subtrees and lose the browser, so compare first and describe the nodes briefly.
 */
function expectSame(actual: unknown, expected: unknown, what = 'node'): void {
  const label = (node: unknown) =>
    node instanceof Element
      ? `<${node.localName}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}>${(node.textContent ?? '').trim().slice(0, 30)}`
      : String(node);
  if (actual !== expected)
    expect.fail(`${what}: expected ${label(expected)}, got ${label(actual)}`);
}

/** A minimal text-valued control: the base class works without any rating logic. */
class TestControl extends FormControl {
  resets = 0;
  protected override valueMissingMessage(): string {
    return 'Fill me';
  }
  protected override normalizeValue(value: unknown): string | undefined {
    if (value === 'reject') return undefined;
    return super.normalizeValue(value);
  }
  protected override validationAnchor(): HTMLElement | undefined {
    return this.shadowRoot?.querySelector('button') ?? undefined;
  }
  protected override onFormReset(): void {
    this.resets += 1;
  }
  override render() {
    return litHtml`<button ?disabled=${this.isDisabled}>${this.value || 'empty'}</button>`;
  }
}
customElements.define('test-form-control', TestControl);

async function setup(template = html`<test-form-control name="f"></test-form-control>`) {
  const form = await fixture<HTMLFormElement>(html`<form>${template}</form>`);
  const el = form.querySelector<TestControl>('test-form-control')!;
  await el.updateComplete;
  return { form, el };
}

describe('FormControl', () => {
  it('is form-associated: value under name, null value left out', async () => {
    const { form, el } = await setup();
    expect((el.constructor as typeof FormControl).formAssociated).to.equal(true);
    expectSame(el.form, form);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    el.value = 'a b';
    expect(new FormData(form).get('f')).to.equal('a b');
    el.name = 'g';
    expect(el.getAttribute('name')).to.equal('g');
    expect(new FormData(form).get('g')).to.equal('a b');
    el.value = null;
    expect(el.value).to.equal('');
    expect(new FormData(form).has('g')).to.equal(false);
  });

  it('keeps the current value when normalizeValue rejects', async () => {
    const { el } = await setup();
    el.value = 'kept';
    el.value = 'reject';
    expect(el.value).to.equal('kept');
  });

  it('required → valueMissing anchored inside the shadow root, synchronously', async () => {
    const { form, el } = await setup(
      html`<test-form-control name="f" required></test-form-control>`,
    );
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Fill me');
    expect(el.willValidate).to.equal(true);
    expect(el.checkValidity()).to.equal(false);
    el.reportValidity();
    expectSame(el.shadowRoot!.activeElement, el.shadowRoot!.querySelector('button'));
    el.value = 'x';
    expect(form.checkValidity()).to.equal(true);
    el.value = '';
    el.required = false;
    expect(form.checkValidity()).to.equal(true);
  });

  it('custom validity wins over required and clears with an empty message', async () => {
    const { el } = await setup(html`<test-form-control required value="v"></test-form-control>`);
    el.setCustomValidity('Server says no');
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Server says no');
    el.setCustomValidity('');
    expect(el.validity.valid).to.equal(true);
  });

  it('reset clears the value and calls onFormReset; restore sets it', async () => {
    const { form, el } = await setup();
    el.value = 'typed';
    form.reset();
    expect(el.value).to.equal('');
    expect(el.resets).to.equal(1);
    el.formStateRestoreCallback('restored', 'restore');
    expect(el.value).to.equal('restored');
    expect(new FormData(form).get('f')).to.equal('restored');
    el.formStateRestoreCallback(null, 'autocomplete');
    expect(el.value).to.equal('restored');
  });

  it('disabled: attribute set synchronously, excluded from the form, re-rendered', async () => {
    const { form, el } = await setup(
      html`<test-form-control name="f" value="v"></test-form-control>`,
    );
    el.disabled = true;
    expect(el.hasAttribute('disabled')).to.equal(true);
    expect(new FormData(form).has('f')).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.disabled).to.equal(true);
    el.disabled = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.disabled).to.equal(false);
    expect(new FormData(form).get('f')).to.equal('v');
  });

  it('labels come from ElementInternals', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><label for="c">Comment</label><test-form-control id="c"></test-form-control></div>`,
    );
    const el = wrapper.querySelector<TestControl>('test-form-control')!;
    expect(Array.from(el.labels).map((l) => l.textContent)).to.deep.equal(['Comment']);
  });
});
