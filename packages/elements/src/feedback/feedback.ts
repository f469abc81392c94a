import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { AnswerElement } from '../internal/answer-element.js';
import { buildResponse, emit, emitValueChange } from '../internal/events.js';
import type { ValidityReport } from '../internal/form-control.js';
import { LocalizeController } from '../internal/localize.js';
import { RatingGroupController } from '../internal/rating-group.js';
import { cardStyles } from '../internal/card.styles.js';
import {
  DEFAULT_CATEGORIES,
  resolveCategories,
  type CategoriesInput,
  type FeedbackCategory,
} from './categories.js';
import { feedbackStrings } from './feedback.strings.js';
import { feedbackStyles } from './feedback.styles.js';
import { charactersLeftToAnnounce, resolveMaxLength } from './message-length.js';
import { pageAddress } from './page-address.js';
import {
  feedbackProblems,
  isEmail,
  validityFlag,
  type FeedbackProblem,
  type FeedbackProblems,
} from './validation.js';

/** Where the message stands: being written, being stored by a host, stored, or failed. */
export type FeedbackStatus = 'idle' | 'submitting' | 'success' | 'error';

const STATUSES: readonly FeedbackStatus[] = ['idle', 'submitting', 'success', 'error'];

/** A FormData of the non-empty entries (absent entries read back as empty). */
function formData(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const key in entries) if (entries[key]) data.append(key, entries[key]);
  return data;
}

/**
 * Free-form feedback form: a category, a message (with a live character counter), an optional or
 * required email, and the page's address (the user can untick it).
 *
 * Submit (or Ctrl/Cmd+Enter in the message) validates: problems are listed above the form, shown
 * under each field (`aria-invalid`, `aria-describedby`) and focus moves to the first invalid field.
 * A valid form dispatches one `tp-submit`, then shows the thank-you state. A host that stores the
 * message asynchronously sets `status = 'submitting'` inside its `tp-submit` listener, then
 * `status = 'success'` or calls `showError()`, which shows the form again, filled, with an alert.
 *
 * If the user typed a message and the page is hidden, unloaded or the element removed before
 * submitting, it is submitted then with what was typed (a malformed email is left out): nothing
 * is lost. Cancel never submits.
 *
 * Inside a `<form>` it submits the message under `name`, the category id under `{name}-category`
 * and the email (if any) under `{name}-email`; nothing while the message is blank.
 *
 * @summary A feedback form: category, message, optional email, page address.
 *
 * @attr categories - Comma-separated categories, each both id and label ("Bug, Billing, Other"). The property also takes `[{ id, label }]`. Default: localized Bug, Idea, Question, Other (ids `bug`, `idea`, `question`, `other`).
 * @attr require-email - The email is required (it is optional otherwise).
 * @attr max-length - Longest message, 1–5000. Default: 2000.
 * @attr include-page - Offers "Include this page's address" (ticked; the user may untick it). Default on; `include-page="false"` removes the option and sends no page.
 * @attr survey-id - Survey id copied into the response (`surveyId`).
 * @attr name - Form field name: the message goes under it, category and email under `{name}-category`, `{name}-email`.
 * @attr value - The message. Setting it never fires `input`/`change`.
 * @attr required - A form containing it is invalid until a message is written.
 * @attr disabled - Disables the component; nothing is then submitted with the form.
 * @attr locale - BCP 47 language tag (built in: en, de, fr, es, ar). Default: the document's `lang`.
 * @attr category-label - Label of the category choice. Default (en): "Category".
 * @attr message-label - Label of the message field. Default (en): "Your feedback".
 * @attr email-label - Label of the email field. Default (en): "Email (optional)", or "Email" with `require-email`.
 * @attr page-label - Label of the page-address checkbox. Default (en): "Include this page's address".
 * @attr submit-label - Label of the Submit button. Default (en): "Submit".
 * @attr cancel-label - Label of the Cancel button. Default (en): "Cancel".
 * @attr thank-you - Text of the success state. Default (en): "Thank you for your feedback!"
 * @attr theme - `light` (default), `dark` or `auto` (follows `prefers-color-scheme`).
 *
 * @fires input - The user edited a field (the native event of the field, retargeted).
 * @fires change - The user changed a field (committed, as a native `change`).
 * @fires {TpSubmitEvent} tp-submit - The message is complete. Detail: `{ type: 'feedback', surveyId?, comment, data: { category, email?, page? } }`.
 * @fires {TpShowEvent} tp-show - First rendered while connected (once). Detail: `{ type: 'feedback', surveyId? }`.
 * @fires {TpDismissEvent} tp-dismiss - The Cancel button. Detail: `{ type: 'feedback', surveyId?, reason: 'cancel' }`.
 *
 * @csspart base - Outer wrapper (the card).
 * @csspart error-summary - List of problems shown after a submit attempt.
 * @csspart categories - The group of category chips.
 * @csspart category-label - Label of the category group.
 * @csspart category - Each category chip; the chosen one also has `selected`.
 * @csspart selected - The chosen category chip (`::part(category selected)`).
 * @csspart message-label - Label of the message field.
 * @csspart textarea - The message field.
 * @csspart counter - Character counter under the message.
 * @csspart email-label - Label of the email field.
 * @csspart email-input - The email field.
 * @csspart field-error - Inline error under a field.
 * @csspart page-option - The "Include this page's address" checkbox and its label.
 * @csspart error - Alert shown when the host reports a failed submit (`showError()`).
 * @csspart submit-button - Validates and submits.
 * @csspart cancel-button - Dismisses without submitting.
 * @csspart thank-you - Success message.
 *
 * @cssprop [--tp-color-primary=#1d4ed8] - Accent: chosen category, Submit (dark theme: #7cb4ff).
 * @cssprop [--tp-color-surface=#ffffff] - Card and field background (dark theme: #1c2128).
 * @cssprop [--tp-color-text=#1f2328] - Text colour (dark theme: #e6edf3).
 * @cssprop [--tp-color-muted=#59636e] - Counter (dark theme: #a5b0bc).
 * @cssprop [--tp-color-border=#6e7781] - Borders of card, chips and fields (dark theme: #7d8894).
 * @cssprop [--tp-color-focus=#1d4ed8] - Focus ring (dark theme: #9ecbff).
 * @cssprop [--tp-color-danger=#b42318] - Errors (dark theme: #ff9d94).
 * @cssprop [--tp-radius=0.5rem] - Corner radius of the card (controls use 3/4 of it).
 * @cssprop [--tp-font-family=system-ui] - Font stack.
 * @cssprop [--tp-font-size=1rem] - Base font size.
 * @cssprop [--tp-space=1rem] - Padding and spacing unit.
 * @cssprop --tp-shadow - Card shadow.
 * @cssprop [--tp-z-index=auto] - Stacking order of the card.
 */
export class TpFeedback extends AnswerElement {
  // The shared styles (cardStyles) give the message field its look, and --_tp-danger.
  static override styles = [cardStyles, feedbackStyles];

  // A static map rather than decorators: each decorator call ships in the bundle. `state`
  // alone also stops an attribute.
  static override properties = {
    categories: {},
    maxLength: { attribute: 'max-length' },
    categoryLabel: { attribute: 'category-label' },
    messageLabel: { attribute: 'message-label' },
    emailLabel: { attribute: 'email-label' },
    pageLabel: { attribute: 'page-label' },
    cancelLabel: { attribute: 'cancel-label' },
    category: { state: true },
    email: { state: true },
    pageChecked: { state: true },
    currentStatus: { state: true },
    failureText: { state: true },
    shownRequired: { state: true },
    emailVisited: { state: true },
    requireEmail: { type: Boolean, attribute: 'require-email' },
    includePage: {
      attribute: 'include-page',
      converter: (value: string | null) => value != 'false',
    },
  };

  /** Categories: a comma-separated string, or `[{ id, label }]`. Default: Bug, Idea, Question, Other. */
  declare categories?: CategoriesInput;
  /** The email is required (it is optional otherwise). */
  requireEmail = false;
  /** Longest message, 1–5000. Default: 2000. */
  declare maxLength?: number | string;
  /** Offers "Include this page's address", ticked. `false` removes the option. */
  includePage = true;
  /** BCP 47 language tag (built in: en, de, fr, es, ar). Default: the document's `lang`. */
  declare locale?: string;
  /** Label of the category choice. */
  declare categoryLabel?: string;
  /** Label of the message field. */
  declare messageLabel?: string;
  /** Label of the email field. */
  declare emailLabel?: string;
  /** Label of the page-address checkbox. */
  declare pageLabel?: string;
  /** Label of the Cancel button. */
  declare cancelLabel?: string;

  /** The chosen category id; `''` (or one no longer offered) means the first. */
  private category = '';
  private email = '';
  private pageChecked = true;
  private currentStatus: FeedbackStatus = 'idle';
  /** The message of the last `showError()`; empty: the built-in one. */
  private failureText?: string;
  /**
   * Field problems are shown after a submit attempt (or a host form's validation); the value says
   * whether the message then counts as required (false for an optional control in a form).
   */
  private shownRequired?: boolean;
  /** The user left the email field with something in it: a malformed address shows at once. */
  private emailVisited = false;

  /** The user typed here since the last submit: only then does leaving submit on its own. */
  #typed = false;
  /** Bumped on every status change, to see whether a `tp-submit` listener took over. */
  #statusChanges = 0;

  protected readonly responseType = 'feedback';
  protected readonly localize = new LocalizeController(this, [feedbackStrings]);

  constructor() {
    super();
    // The category chips are a radio group (roving tabindex, arrows, Home/End), like the scales.
    new RatingGroupController(this, {
      select: (index) => {
        const { id } = this.#categories[index]!;
        if (id != this.#categoryId) {
          this.category = id;
          this.syncFormState();
          emitValueChange(this);
        }
      },
    });
    // A host form's requestSubmit()/reportValidity() found it invalid: show why, inline too.
    this.addEventListener('invalid', () => (this.shownRequired = this.required));
  }

  /** The user leaves with a typed, unsent message: send what is there (nothing lost). */
  protected completeEarly(): void {
    if (this.#typed && !this.#sent && this.value.trim()) this.#send();
  }

  /** Where the message stands. Hosts that store it set `submitting`, then `success` (or call {@link showError}). */
  get status(): FeedbackStatus {
    return this.currentStatus;
  }
  set status(next: FeedbackStatus) {
    if (next == 'error') this.showError();
    else if (STATUSES.includes(next)) this.#setStatus(next);
    else console.warn(`tp-feedback: ignoring status ${JSON.stringify(next)}; expected ${STATUSES}`);
  }

  /**
   * Reports a failed submit: the form comes back, filled, with `message` (default, localized:
   * "Your feedback could not be sent. Please try again.") as an alert. Submitting again
   * dispatches a new `tp-submit`; leaving before that submits what is there.
   */
  showError(message?: string): void {
    this.failureText = message;
    this.#typed = !!this.value.trim();
    this.#setStatus('error');
  }

  /** Clears every field and returns to a blank form (as a form reset does). */
  reset(): void {
    this.formResetCallback();
  }

  /** Focuses the message field, or the thank-you in the success state. */
  override focus(options?: FocusOptions): void {
    this.#query(this.currentStatus == 'success' ? '.thank-you' : '#message')?.focus(options);
  }

  #query(selector: string): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>(selector);
  }

  /** Sent (stored, or being stored by a host): neither Submit nor leaving sends it again. */
  get #sent(): boolean {
    return this.currentStatus == 'submitting' || this.currentStatus == 'success';
  }

  get #maxLength(): number {
    return resolveMaxLength(this.maxLength).maxLength;
  }

  get #categories(): FeedbackCategory[] {
    const defaults = Object.entries(DEFAULT_CATEGORIES).map(([id, key]) => ({
      id,
      label: this.localize.term(key),
    }));
    return resolveCategories(this.categories, defaults).categories;
  }

  /** The chosen category id: the user's choice if still offered, else the first. */
  get #categoryId(): string {
    const list = this.#categories;
    return (list.find((c) => c.id == this.category) ?? list[0]!).id;
  }

  /** The first problem of each field, in form order (message first). */
  #problems(messageRequired: boolean): FeedbackProblems {
    return feedbackProblems({
      message: this.value,
      email: this.email,
      maxLength: this.#maxLength,
      messageRequired,
      emailRequired: this.requireEmail,
    });
  }

  #problemText(problem: FeedbackProblem): string {
    return this.localize.term(problem, { max: this.localize.number(this.#maxLength) });
  }

  protected override valueMissingMessage(): string {
    return this.#problemText('feedbackMessageMissing');
  }

  protected override validate(): ValidityReport | null {
    const [problem] = Object.values(this.#problems(this.required)) as FeedbackProblem[];
    return problem
      ? { flags: { [validityFlag(problem)]: true }, message: this.#problemText(problem) }
      : null;
  }

  /** The first invalid field (its id is the field's name). */
  protected override validationAnchor(): HTMLElement | undefined {
    const [field] = Object.keys(this.#problems(this.required));
    return (field && this.#query('#' + field)) || undefined;
  }

  protected override formValue(): FormData | null {
    const name = this.name;
    return name && this.value.trim()
      ? formData({
          [name]: this.value,
          [name + '-category']: this.#categoryId,
          [name + '-email']: this.email.trim(),
        })
      : null;
  }

  protected override formState(): FormData {
    return formData({
      message: this.value,
      category: this.category,
      email: this.email,
      page: this.pageChecked ? '' : 'off',
    });
  }

  override formStateRestoreCallback(
    state: string | File | FormData | null,
    mode: 'restore' | 'autocomplete',
  ): void {
    if (!(state instanceof FormData)) return super.formStateRestoreCallback(state, mode);
    // Our own formState(): every entry is a string.
    const text = (key: string) => (state.get(key) as string | null) ?? '';
    this.category = text('category');
    this.email = text('email');
    this.pageChecked = text('page') != 'off';
    this.value = text('message');
  }

  protected override onFormReset(): void {
    this.category = this.email = '';
    this.pageChecked = true;
    this.shownRequired = undefined;
    this.emailVisited = this.#typed = false;
    this.#setStatus('idle');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('categories')) {
      for (const problem of resolveCategories(this.categories, []).problems)
        console.warn('tp-feedback: ignoring category: ' + problem);
    }
    const problem = changed.has('maxLength') && resolveMaxLength(this.maxLength).problem;
    if (problem) console.warn('tp-feedback: max-length ' + problem);
  }

  /** Moves to `next`; focus follows to the new state's message if it was inside. */
  #setStatus(next: FeedbackStatus): void {
    this.#statusChanges++;
    if (next == this.currentStatus) return;
    // A completion on page hide must not steal the page's focus.
    const hadFocus = this.shadowRoot?.activeElement;
    this.currentStatus = next;
    if (hadFocus && next != 'submitting') {
      void this.updateComplete.then(() =>
        next == 'error' ? this.#query('.failure')?.focus() : this.focus(),
      );
    }
  }

  /** The Submit button or Ctrl/Cmd+Enter: validate, then send or point at the first problem. */
  async #submit(): Promise<void> {
    if (this.isDisabled || this.#sent) return;
    const [field] = Object.keys(this.#problems(true));
    this.shownRequired = field ? true : undefined;
    if (!field) return this.#send();
    await this.updateComplete;
    this.#query('#' + field)?.focus();
  }

  /**
   * Dispatches the message (a malformed email, possible only when leaving early, is left out);
   * standalone, the success state follows at once.
   */
  #send(): void {
    this.#typed = false;
    const email = this.email.trim();
    const page = this.includePage && this.pageChecked && pageAddress(location.href);
    const data: Record<string, unknown> = { category: this.#categoryId };
    if (isEmail(email)) data.email = email;
    if (page) data.page = page;
    const before = this.#statusChanges;
    emit(this, 'tp-submit', buildResponse({ ...this.identity(), comment: this.value, data }));
    // A listener that stores the message itself took over by setting `status` (or showError()).
    if (this.#statusChanges == before) this.#setStatus('success');
  }

  #cancel(): void {
    // Cancel means "don't send": the typed text must not go out when the host then removes us.
    this.#typed = false;
    this.dismiss('cancel');
  }

  /** The message and email fields (the checkbox reports through {@link #onChange}). */
  #onInput({ target }: Event): void {
    const field = target as HTMLInputElement;
    if (field.type == 'email') {
      this.email = field.value;
      this.syncFormState();
    } else {
      // The `value` setter syncs the form state.
      this.value = field.value;
      this.#typed = true;
    }
  }

  /**
   * The page checkbox commits here (`change` bubbles from each field). `change` is not composed:
   * re-dispatch it from the host, where the page listens.
   */
  #onChange({ target }: Event): void {
    const field = target as HTMLInputElement;
    if (field.type == 'checkbox') this.pageChecked = field.checked;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #onMessageKeydown(event: KeyboardEvent): void {
    if (event.key == 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.#submit();
    }
  }

  #onEmailBlur(): void {
    // Chromium also blurs the focused field while the success state's render removes it: that
    // is no visit, and setting state mid-render would schedule a needless second render.
    if (this.currentStatus != 'success') this.emailVisited = !!this.email.trim();
  }

  override render(): TemplateResult {
    const t = this.localize;
    const status = this.currentStatus;
    const busy = status == 'submitting';
    const disabled = this.isDisabled;
    const shown: FeedbackProblems =
      this.shownRequired == undefined ? {} : this.#problems(this.shownRequired);
    const email = this.email.trim();
    // Before a submit attempt, only a malformed address the user left behind is pointed out.
    const emailProblem =
      shown.email ??
      (this.emailVisited && email && !isEmail(email) ? 'feedbackEmailInvalid' : undefined);
    const chosen = this.#categoryId;
    const max = this.#maxLength;
    const length = this.value.length;
    const left = charactersLeftToAnnounce(length, max);
    const fieldError = (field: string, problem?: FeedbackProblem) =>
      problem
        ? html`<p part="field-error" id="${field}-error" class="field-error">
            ${this.#problemText(problem)}
          </p>`
        : nothing;
    const summary = Object.values(shown) as FeedbackProblem[];
    return html`<div
      part="base"
      class="base"
      lang=${t.locale}
      dir=${t.dir()}
      aria-busy=${busy}
      @change=${this.#onChange}
    >
      ${
        status == 'success'
          ? this.thankYouMessage()
          : html`
              ${
                summary.length
                  ? html`<div part="error-summary" class="summary">
                      ${t.term('feedbackErrorSummary')}
                      <ul>
                        ${summary.map((problem) => html`<li>${this.#problemText(problem)}</li>`)}
                      </ul>
                    </div>`
                  : nothing
              }
              <span part="category-label" id="category-label" class="label">
                ${this.categoryLabel || t.term('feedbackCategoryLabel')}
              </span>
              <div
                part="categories"
                class="actions"
                role="radiogroup"
                aria-labelledby="category-label"
              >
                ${this.#categories.map(
                  (c) =>
                    html`<button
                      part="category ${c.id == chosen ? 'selected' : ''}"
                      class="score chip"
                      role="radio"
                      aria-checked=${c.id == chosen}
                      tabindex=${c.id == chosen ? 0 : -1}
                      ?disabled=${disabled}
                    >
                      ${c.label}
                    </button>`,
                )}
              </div>
              <label part="message-label" class="label" for="message">
                ${this.messageLabel || t.term('feedbackMessageLabel')}
              </label>
              <textarea
                part="textarea"
                id="message"
                rows="4"
                maxlength=${max}
                aria-required="true"
                aria-invalid=${!!shown.message}
                aria-describedby="${shown.message ? 'message-error' : ''} counter"
                .value=${this.value}
                ?disabled=${disabled}
                @input=${this.#onInput}
                @keydown=${this.#onMessageKeydown}
              ></textarea>
              ${fieldError('message', shown.message)}
              <div part="counter" id="counter" class="counter ${left == null ? '' : 'near-limit'}">
                ${t.term('characterCount', { count: t.number(length), max: t.number(max) })}
              </div>
              <div class="visually-hidden" aria-live="polite">
                ${left == null ? '' : t.term('feedbackCharactersLeft', { count: t.number(left) })}
              </div>
              <label part="email-label" class="label" for="email">
                ${
                  this.emailLabel ||
                  t.term(this.requireEmail ? 'feedbackEmailLabel' : 'feedbackEmailOptionalLabel')
                }
              </label>
              <input
                part="email-input"
                id="email"
                class="secondary"
                type="email"
                autocomplete="email"
                spellcheck="false"
                aria-required=${this.requireEmail}
                aria-invalid=${!!emailProblem}
                aria-describedby=${emailProblem ? 'email-error' : nothing}
                .value=${this.email}
                ?disabled=${disabled}
                @input=${this.#onInput}
                @blur=${this.#onEmailBlur}
              />
              ${fieldError('email', emailProblem)}
              ${
                this.includePage
                  ? html`<label part="page-option" class="check">
                      <input type="checkbox" .checked=${this.pageChecked} ?disabled=${disabled} />${
                        this.pageLabel || t.term('feedbackIncludePage')
                      }
                    </label>`
                  : nothing
              }
              ${
                status == 'error'
                  ? html`<p part="error" class="failure" role="alert" tabindex="-1">
                      ${this.failureText || t.term('feedbackSendFailed')}
                    </p>`
                  : nothing
              }
              <div class="actions">
                <button
                  part="submit-button"
                  class="primary"
                  aria-disabled=${busy}
                  ?disabled=${disabled}
                  @click=${this.#submit}
                >
                  ${busy ? t.term('feedbackSending') : this.submitLabel || t.term('submit')}
                </button>
                <button
                  part="cancel-button"
                  class="secondary"
                  ?disabled=${disabled}
                  @click=${this.#cancel}
                >
                  ${this.cancelLabel || t.term('feedbackCancel')}
                </button>
              </div>
            `
      }
    </div>`;
  }
}
