import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { buildResponse, emit, type ShowDetail } from '../internal/events.js';
import { FormControl, type ValidityReport } from '../internal/form-control.js';
import { LocalizeController, type Strings } from '../internal/localize.js';
import { PageExitController } from '../internal/page-exit.js';
import { ratingStyles } from '../internal/rating.styles.js';
import type { Theme } from '../nps/nps.js';
import {
  DEFAULT_CATEGORY_IDS,
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
  type FeedbackField,
  type FeedbackProblem,
  type ProblemKind,
} from './validation.js';

/** Where the message stands: being written, being stored by a host, stored, or failed. */
export type FeedbackStatus = 'idle' | 'submitting' | 'success' | 'error';

const STATUSES: readonly FeedbackStatus[] = ['idle', 'submitting', 'success', 'error'];

const CATEGORY_TERMS: Record<(typeof DEFAULT_CATEGORY_IDS)[number], keyof Strings> = {
  bug: 'feedbackCategoryBug',
  idea: 'feedbackCategoryIdea',
  question: 'feedbackCategoryQuestion',
  other: 'feedbackCategoryOther',
};

const VALIDITY_FLAG: Record<ProblemKind, keyof ValidityStateFlags> = {
  missing: 'valueMissing',
  invalid: 'typeMismatch',
  'too-long': 'tooLong',
};

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
 * @attr category-label - Legend of the category choice. Default (en): "Category".
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
 * @csspart category-label - Legend of the category group.
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
export class TpFeedback extends FormControl {
  static override styles = [ratingStyles, feedbackStyles];

  /** Categories: a comma-separated string, or `[{ id, label }]`. Default: Bug, Idea, Question, Other. */
  @property({ converter: { fromAttribute: (value: string | null) => value ?? undefined } })
  categories?: CategoriesInput;

  /** The email is required (it is optional otherwise). */
  @property({ type: Boolean, attribute: 'require-email' }) requireEmail = false;

  /** Longest message, 1–5000. Default: 2000. */
  @property({ attribute: 'max-length' }) maxLength?: number | string;

  /** Offers "Include this page's address", ticked. `false` removes the option. */
  @property({
    attribute: 'include-page',
    converter: { fromAttribute: (value: string | null) => value !== 'false' },
  })
  includePage = true;

  /** Survey id copied into the response (`surveyId`). */
  @property({ attribute: 'survey-id' }) surveyId?: string;

  /** BCP 47 language tag (built in: en, de, fr, es, ar). Default: the document's `lang`. */
  @property() locale?: string;

  /** Legend of the category choice. */
  @property({ attribute: 'category-label' }) categoryLabel?: string;

  /** Label of the message field. */
  @property({ attribute: 'message-label' }) messageLabel?: string;

  /** Label of the email field. */
  @property({ attribute: 'email-label' }) emailLabel?: string;

  /** Label of the page-address checkbox. */
  @property({ attribute: 'page-label' }) pageLabel?: string;

  /** Label of the Submit button. */
  @property({ attribute: 'submit-label' }) submitLabel?: string;

  /** Label of the Cancel button. */
  @property({ attribute: 'cancel-label' }) cancelLabel?: string;

  /** Text of the success state. */
  @property({ attribute: 'thank-you' }) thankYou?: string;

  /** `light` (default), `dark` or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme?: Theme;

  @state() private category = '';
  @state() private email = '';
  @state() private pageChecked = true;
  @state() private currentStatus: FeedbackStatus = 'idle';
  @state() private failureText = '';
  /** Field problems are shown after a submit attempt (or a host form's validation). */
  @state() private showProblems = false;
  /** The message counts as required in what is shown (false for an optional control in a form). */
  @state() private shownMessageRequired = true;
  /** The user left the email field with something in it: a malformed address shows at once. */
  @state() private emailVisited = false;

  /** Set once the message was dispatched; cleared by an error, `status = 'idle'` or a reset. */
  private answered = false;
  /** The user typed here since the last submit: only then does leaving submit on its own. */
  private typedByUser = false;
  /** Bumped on every status change, to see whether a `tp-submit` listener took over. */
  private statusChanges = 0;

  private readonly localize = new LocalizeController(this, [feedbackStrings]);

  constructor() {
    super();
    new PageExitController(this, () => this.completeEarly());
    // A host form's requestSubmit()/reportValidity() found it invalid: show why, inline too.
    this.addEventListener('invalid', () => {
      this.shownMessageRequired = this.required;
      this.showProblems = true;
    });
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }

  /** Where the message stands. Hosts that store it set `submitting`, then `success` (or call {@link showError}). */
  get status(): FeedbackStatus {
    return this.currentStatus;
  }
  set status(next: FeedbackStatus) {
    if (!STATUSES.includes(next)) {
      console.warn(`tp-feedback: ignoring status ${JSON.stringify(next)}; expected ${STATUSES}`);
      return;
    }
    if (next === 'error') this.showError();
    else this.setStatus(next);
  }

  /**
   * Reports a failed submit: the form comes back, filled, with `message` (default, localized:
   * "Your feedback could not be sent. Please try again.") as an alert. Submitting again
   * dispatches a new `tp-submit`; leaving before that submits what is there.
   */
  showError(message?: string): void {
    this.failureText = message ?? '';
    this.answered = false;
    this.typedByUser = this.value.trim() !== '';
    this.setStatus('error');
  }

  /** Clears every field and returns to a blank form (as a form reset does). */
  reset(): void {
    this.formResetCallback();
  }

  /** Focuses the message field, or the thank-you in the success state. */
  override focus(options?: FocusOptions): void {
    this.query(this.currentStatus === 'success' ? '.thank-you' : 'textarea')?.focus(options);
  }

  private query<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.shadowRoot?.querySelector<T>(selector) ?? null;
  }

  private get identity(): ShowDetail {
    return this.surveyId ? { type: 'feedback', surveyId: this.surveyId } : { type: 'feedback' };
  }

  private get maxLengthInEffect(): number {
    return resolveMaxLength(this.maxLength).maxLength;
  }

  private get categoryList(): FeedbackCategory[] {
    const defaults = DEFAULT_CATEGORY_IDS.map((id) => ({
      id,
      label: this.localize.term(CATEGORY_TERMS[id]),
    }));
    return resolveCategories(this.categories, defaults).categories;
  }

  /** The chosen category id: the user's choice if still offered, else the first. */
  private get categoryId(): string {
    const list = this.categoryList;
    return list.some((c) => c.id === this.category) ? this.category : (list[0]?.id ?? '');
  }

  private problems(messageRequired: boolean): FeedbackProblem[] {
    return feedbackProblems({
      message: this.value,
      email: this.email,
      maxLength: this.maxLengthInEffect,
      messageRequired,
      emailRequired: this.requireEmail,
    });
  }

  private problemText(problem: FeedbackProblem): string {
    const t = this.localize;
    if (problem.field === 'message') {
      return problem.kind === 'too-long'
        ? t.term('feedbackMessageTooLong', { max: t.number(this.maxLengthInEffect) })
        : t.term('feedbackMessageMissing');
    }
    return t.term(problem.kind === 'missing' ? 'feedbackEmailMissing' : 'feedbackEmailInvalid');
  }

  private fieldElement(field: FeedbackField): HTMLElement | null {
    return this.query(field === 'message' ? 'textarea' : 'input[type="email"]');
  }

  protected override valueMissingMessage(): string {
    return this.localize.term('feedbackMessageMissing');
  }

  protected override validate(): ValidityReport | null {
    const problem = this.problems(this.required)[0];
    if (!problem) return null;
    return { flags: { [VALIDITY_FLAG[problem.kind]]: true }, message: this.problemText(problem) };
  }

  protected override validationAnchor(): HTMLElement | undefined {
    const problem = this.problems(this.required)[0];
    return (problem && this.fieldElement(problem.field)) || undefined;
  }

  protected override formValue(): FormData | null {
    const name = this.name;
    if (!name || !this.value.trim()) return null;
    const data = new FormData();
    data.append(name, this.value);
    data.append(`${name}-category`, this.categoryId);
    if (this.email.trim()) data.append(`${name}-email`, this.email.trim());
    return data;
  }

  protected override formState(): FormData {
    const data = new FormData();
    data.append('message', this.value);
    data.append('category', this.category);
    data.append('email', this.email);
    data.append('page', this.pageChecked ? 'on' : 'off');
    return data;
  }

  override formStateRestoreCallback(
    state: string | File | FormData | null,
    mode: 'restore' | 'autocomplete',
  ): void {
    if (!(state instanceof FormData)) {
      super.formStateRestoreCallback(state, mode);
      return;
    }
    const text = (key: string) => {
      const entry = state.get(key);
      return typeof entry === 'string' ? entry : '';
    };
    this.category = text('category');
    this.email = text('email');
    this.pageChecked = text('page') !== 'off';
    this.value = text('message');
  }

  protected override onFormReset(): void {
    this.category = '';
    this.email = '';
    this.pageChecked = true;
    this.showProblems = false;
    this.emailVisited = false;
    this.failureText = '';
    this.answered = false;
    this.typedByUser = false;
    this.setStatus('idle');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('categories') && this.categories !== undefined) {
      for (const problem of resolveCategories(this.categories, []).problems) {
        console.warn(`tp-feedback: ignoring category: ${problem}`);
      }
    }
    if (changed.has('maxLength')) {
      const { problem } = resolveMaxLength(this.maxLength);
      if (problem) console.warn(`tp-feedback: max-length ${problem}`);
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    emit(this, 'tp-show', this.identity);
  }

  /** Moves to `next`; focus follows to the new state's message if it was inside. */
  private setStatus(next: FeedbackStatus): void {
    this.statusChanges++;
    if (next === this.currentStatus) return;
    // A completion on page hide must not steal the page's focus.
    const hadFocus = this.shadowRoot?.activeElement != null;
    this.currentStatus = next;
    if (next === 'idle') this.answered = false;
    if (next === 'success') this.typedByUser = false;
    if (!hadFocus || next === 'submitting') return;
    void this.updateComplete.then(() =>
      this.query(
        next === 'success' ? '.thank-you' : next === 'error' ? '.failure' : 'textarea',
      )?.focus(),
    );
  }

  /** The Submit button or Ctrl/Cmd+Enter: validate, then send or point at the first problem. */
  private async submit(): Promise<void> {
    if (this.isDisabled || this.currentStatus === 'submitting' || this.currentStatus === 'success')
      return;
    const problem = this.problems(true)[0];
    if (problem) {
      this.shownMessageRequired = true;
      this.showProblems = true;
      await this.updateComplete;
      this.fieldElement(problem.field)?.focus();
      return;
    }
    this.showProblems = false;
    this.send(this.email.trim());
  }

  /** Dispatches the message once; standalone, the success state follows at once. */
  private send(email: string): void {
    if (this.answered) return;
    this.answered = true;
    this.typedByUser = false;
    const page = this.includePage && this.pageChecked ? pageAddress(location.href) : undefined;
    const data: Record<string, unknown> = { category: this.categoryId };
    if (email) data.email = email;
    if (page) data.page = page;
    const before = this.statusChanges;
    emit(this, 'tp-submit', buildResponse({ ...this.identity, comment: this.value, data }));
    // A listener that stores the message itself took over by setting `status` (or showError()).
    if (this.statusChanges === before) this.setStatus('success');
  }

  /** The user leaves with a typed, unsent message: send what is there (nothing lost). */
  private completeEarly(): void {
    if (!this.typedByUser || this.answered || !this.value.trim()) return;
    const email = this.email.trim();
    this.send(isEmail(email) ? email : '');
  }

  private cancel(): void {
    // Cancel means "don't send": the typed text must not go out when the host then removes us.
    this.typedByUser = false;
    emit(this, 'tp-dismiss', { ...this.identity, reason: 'cancel' });
  }

  private readonly onMessageInput = (event: Event): void => {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.typedByUser = true;
  };

  private readonly onMessageKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.submit();
    }
  };

  private readonly onEmailInput = (event: Event): void => {
    this.email = (event.target as HTMLInputElement).value;
    this.syncFormState();
  };

  private readonly onEmailBlur = (): void => {
    // Chromium also blurs the focused field while the success state's render removes it: that
    // is no visit, and setting state mid-render would schedule a needless second render.
    if (this.currentStatus !== 'success') this.emailVisited = this.email.trim() !== '';
  };

  /** `change` is not composed: re-dispatch it from the host, where the page listens. */
  private readonly onChange = (): void => {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  override render(): TemplateResult {
    return html`<div
      part="base"
      class="base"
      lang=${this.localize.locale}
      dir=${this.localize.dir()}
      aria-busy=${this.currentStatus === 'submitting' ? 'true' : 'false'}
      @change=${this.onChange}
    >
      ${
        this.currentStatus === 'success'
          ? html`<p part="thank-you" class="thank-you" role="status" tabindex="-1">
              ${this.thankYou || this.localize.term('thankYou')}
            </p>`
          : this.renderForm()
      }
    </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.localize;
    const disabled = this.isDisabled;
    const shown = this.showProblems ? this.problems(this.shownMessageRequired) : [];
    const emailProblem =
      shown.find((p) => p.field === 'email') ??
      (this.emailVisited
        ? this.problems(false).find((p) => p.field === 'email' && p.kind === 'invalid')
        : undefined);
    const messageProblem = shown.find((p) => p.field === 'message');
    const chosen = this.categoryId;
    const max = this.maxLengthInEffect;
    const length = this.value.length;
    const left = charactersLeftToAnnounce(length, max);
    const emailLabel =
      this.emailLabel ||
      t.term(this.requireEmail ? 'feedbackEmailLabel' : 'feedbackEmailOptionalLabel');
    return html`
      ${
        shown.length > 0
          ? html`<div part="error-summary" class="summary">
              ${t.term('feedbackErrorSummary')}
              <ul>
                ${shown.map((p) => html`<li>${this.problemText(p)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <fieldset part="categories" ?disabled=${disabled}>
        <legend part="category-label">
          ${this.categoryLabel || t.term('feedbackCategoryLabel')}
        </legend>
        ${this.categoryList.map(
          (c) =>
            html`<label part=${c.id === chosen ? 'category selected' : 'category'} class="chip">
              <input
                type="radio"
                name="category"
                .value=${c.id}
                .checked=${c.id === chosen}
                @change=${() => {
                  this.category = c.id;
                  this.syncFormState();
                }}
              />${c.label}
            </label>`,
        )}
      </fieldset>
      <div class="field">
        <label part="message-label" class="label" for="message">
          ${this.messageLabel || t.term('feedbackMessageLabel')}
        </label>
        <textarea
          part="textarea"
          id="message"
          rows="4"
          maxlength=${max}
          aria-required="true"
          aria-invalid=${messageProblem ? 'true' : 'false'}
          aria-describedby=${messageProblem ? 'message-error counter' : 'counter'}
          .value=${this.value}
          ?disabled=${disabled}
          @input=${this.onMessageInput}
          @keydown=${this.onMessageKeydown}
        ></textarea>
        ${
          messageProblem
            ? html`<p part="field-error" id="message-error" class="field-error">
                ${this.problemText(messageProblem)}
              </p>`
            : nothing
        }
        <div part="counter" id="counter" class=${left === null ? 'counter' : 'counter near-limit'}>
          ${t.term('characterCount', { count: t.number(length), max: t.number(max) })}
        </div>
        <div class="visually-hidden" aria-live="polite">
          ${left === null ? '' : t.term('feedbackCharactersLeft', { count: t.number(left) })}
        </div>
      </div>
      <div class="field">
        <label part="email-label" class="label" for="email">${emailLabel}</label>
        <input
          part="email-input"
          id="email"
          type="email"
          autocomplete="email"
          spellcheck="false"
          aria-required=${this.requireEmail ? 'true' : 'false'}
          aria-invalid=${emailProblem ? 'true' : 'false'}
          aria-describedby=${emailProblem ? 'email-error' : nothing}
          .value=${this.email}
          ?disabled=${disabled}
          @input=${this.onEmailInput}
          @blur=${this.onEmailBlur}
        />
        ${
          emailProblem
            ? html`<p part="field-error" id="email-error" class="field-error">
                ${this.problemText(emailProblem)}
              </p>`
            : nothing
        }
      </div>
      ${
        this.includePage
          ? html`<label part="page-option" class="check">
              <input
                type="checkbox"
                .checked=${this.pageChecked}
                ?disabled=${disabled}
                @change=${(event: Event) =>
                  (this.pageChecked = (event.target as HTMLInputElement).checked)}
              />${this.pageLabel || t.term('feedbackIncludePage')}
            </label>`
          : nothing
      }
      ${
        this.currentStatus === 'error'
          ? html`<p part="error" class="failure" role="alert" tabindex="-1">
              ${this.failureText || t.term('feedbackSendFailed')}
            </p>`
          : nothing
      }
      <div class="actions">
        <button
          part="submit-button"
          class="primary"
          type="button"
          aria-disabled=${this.currentStatus === 'submitting' ? 'true' : 'false'}
          ?disabled=${disabled}
          @click=${() => void this.submit()}
        >
          ${
            this.currentStatus === 'submitting'
              ? t.term('feedbackSending')
              : this.submitLabel || t.term('submit')
          }
        </button>
        <button
          part="cancel-button"
          class="secondary"
          type="button"
          ?disabled=${disabled}
          @click=${() => this.cancel()}
        >
          ${this.cancelLabel || t.term('feedbackCancel')}
        </button>
      </div>
    `;
  }
}
