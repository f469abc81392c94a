import { LitElement, type PropertyDeclarations } from 'lit';

/** What a control reports to its form's constraint validation. */
export interface ValidityReport {
  flags: ValidityStateFlags;
  message: string;
}

/**
 * Base class of form-associated controls (ElementInternals): inside a `<form>` the `value` is
 * submitted under `name`, `required` takes part in constraint validation, form reset and
 * history/autofill restore work, and a disabled `<fieldset>` disables the control.
 *
 * Form state is pushed to ElementInternals synchronously on every value or `required` change, so
 * `el.value = '7'; form.requestSubmit()` in one task submits 7; it is pushed again after each render
 * so the validation anchor (inside the shadow root) and localized messages stay current.
 *
 * Subclasses implement {@link valueMissingMessage}, and may override {@link normalizeValue},
 * {@link validationAnchor}, {@link validate}, {@link onFormReset}, {@link formValue} and
 * {@link formState}.
 */
export abstract class FormControl extends LitElement {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    value: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean },
    formDisabled: { state: true, attribute: false },
  };

  protected readonly internals: ElementInternals = this.attachInternals();

  #value = '';
  #required = false;
  #disabled = false;
  #customValidity = '';

  /** Disabled state as the browser last reported it (own attribute or a disabled fieldset). */
  protected formDisabled = false;

  /** The value submitted with the form; `''` means none. */
  get value(): string {
    return this.#value;
  }
  set value(value: string | number | null | undefined) {
    const next = this.normalizeValue(value);
    if (next === undefined) return;
    this.#value = next;
    this.syncFormState();
  }

  /** Name the value is submitted under (read from the `name` attribute, like native controls). */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }
  set name(name: string) {
    this.setAttribute('name', name);
  }

  /** The form is invalid (`valueMissing`) while this has no value. */
  get required(): boolean {
    return this.#required;
  }
  set required(required: boolean) {
    this.#required = Boolean(required);
    this.syncFormState();
  }

  /** Disables the control; its value is then not submitted. */
  get disabled(): boolean {
    return this.#disabled;
  }
  set disabled(disabled: boolean) {
    // The browser reads the attribute itself (form submission, :disabled), so set it now, not at
    // the next render.
    this.toggleAttribute('disabled', (this.#disabled = Boolean(disabled)));
  }

  /** True when disabled by its own attribute or by a disabled `<fieldset>`. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Like `HTMLInputElement.setCustomValidity`: a non-empty message makes the control invalid. */
  setCustomValidity(message: string): void {
    this.#customValidity = String(message ?? '');
    this.syncFormState();
  }

  /** Message for `valueMissing`, in the control's locale. */
  protected abstract valueMissingMessage(): string;

  /**
   * Turns an assigned value into the stored string, or `undefined` to reject it (the current
   * value is kept; the subclass should say why, e.g. with `console.warn`).
   */
  protected normalizeValue(value: unknown): string | undefined {
    return value === null || value === undefined ? '' : String(value);
  }

  /** Element the browser points at when reporting a validation error (focused by reportValidity). */
  protected validationAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** Validity of the current state; the default checks `required`. */
  protected validate(): ValidityReport | null {
    if (this.required && this.value === '') {
      return { flags: { valueMissing: true }, message: this.valueMissingMessage() };
    }
    return null;
  }

  /** Called after a form reset cleared the value: return to the initial state. */
  protected onFormReset(): void {}

  /**
   * What the form submits: by default `value` under `name` (nothing when empty). A control with
   * several fields returns a FormData; each of its entries is submitted under its own name.
   */
  protected formValue(): string | FormData | null {
    return this.value === '' ? null : this.value;
  }

  /** State handed back to {@link formStateRestoreCallback} on history navigation or autofill. */
  protected formState(): string | FormData {
    return this.value;
  }

  /** Pushes value and validity to the form. Idempotent. */
  protected syncFormState(): void {
    const { internals } = this;
    internals.setFormValue(this.formValue(), this.formState());
    const report: ValidityReport | null = this.#customValidity
      ? { flags: { customError: true }, message: this.#customValidity }
      : this.validate();
    // No flags: valid (message and anchor are then ignored, so the anchor is only looked up for
    // an invalid state: it may query the shadow DOM).
    internals.setValidity(
      report?.flags ?? {},
      report?.message,
      report ? this.validationAnchor() : undefined,
    );
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.syncFormState();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    this.#value = '';
    this.onFormReset();
    this.syncFormState();
    this.requestUpdate();
  }

  formStateRestoreCallback(
    state: string | File | FormData | null,
    _mode: 'restore' | 'autocomplete',
  ): void {
    if (typeof state === 'string') this.value = state;
  }
}
