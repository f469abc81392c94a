import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import {
  buildResponse,
  emit,
  emitValueChange,
  type DismissReason,
  type ShowDetail,
} from '../internal/events.js';
import { FormControl } from '../internal/form-control.js';
import { LocalizeController } from '../internal/localize.js';
import { PageExitController } from '../internal/page-exit.js';
import { RatingGroupController } from '../internal/rating-group.js';
import { NPS_RANGE, npsCategory, parseScore, scoresOf } from '../internal/score.js';
import { npsStyles } from './nps.styles.js';

/** The screens of tp-nps, in order. */
export type NpsStep = 'score' | 'follow-up' | 'thank-you';

/** Colour scheme: `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** Longest comment accepted (the wire format's limit). */
export const COMMENT_MAX_LENGTH = 5000;

const SCORES = scoresOf(NPS_RANGE);

/**
 * Net Promoter Score question: a 0–10 scale, then an optional follow-up comment, then a thank-you.
 *
 * One answer produces exactly one `tp-submit`: when the user submits or skips the comment, or —
 * if the user picked a score — when the page is hidden, the element is removed, or it is
 * dismissed before that (the score and any comment typed so far are kept). A `value` set by
 * markup or code alone is not recorded on leaving. On removal the event is
 * dispatched on the detached element, so it reaches listeners on the element itself only.
 *
 * @summary Asks "How likely are you to recommend us?" on a 0–10 scale, then why.
 *
 * @attr question - The question. Default (en): "How likely are you to recommend us to a friend or colleague?"
 * @attr low-label - Label of 0. Default (en): "Not at all likely".
 * @attr high-label - Label of 10. Default (en): "Extremely likely".
 * @attr follow-up - The comment question. Default (en): "What is the main reason for your score?"
 * @attr no-follow-up - Skips the comment step: choosing a score and confirming completes.
 * @attr survey-id - Survey id copied into the response (`surveyId`).
 * @attr name - Form field name the score is submitted under.
 * @attr value - The score, `0`–`10`; empty for none. Setting it never fires `input`/`change`.
 * @attr required - A form containing it is invalid until a score is chosen.
 * @attr disabled - Disables the component; its value is then not submitted.
 * @attr locale - BCP 47 language tag (built in: en, de, fr, es, ar). Default: the document's `lang`.
 * @attr thank-you - Text of the thank-you state. Default (en): "Thank you for your feedback!"
 * @attr submit-label - Label of the Submit button.
 * @attr skip-label - Label of the Skip button.
 * @attr next-label - Label of the Next button.
 * @attr close-label - Accessible name of the close button.
 * @attr dismissible - Renders a close button; Escape inside the component dismisses.
 * @attr theme - `light` (default), `dark` or `auto` (follows `prefers-color-scheme`).
 *
 * @fires input - The user chose a score (not fired when `value` is set from code).
 * @fires change - The user chose a score (not fired when `value` is set from code).
 * @fires {TpSubmitEvent} tp-submit - The answer is complete. Detail: `{ type: 'nps', surveyId?, score, comment? }`.
 * @fires {TpShowEvent} tp-show - First rendered while connected (once). Detail: `{ type: 'nps', surveyId? }`.
 * @fires {TpDismissEvent} tp-dismiss - Close button or Escape (with `dismissible`). Detail: `{ type, surveyId?, reason }`.
 *
 * @csspart base - Outer wrapper (the card).
 * @csspart question - The question text.
 * @csspart scale - The radio group holding the 11 score buttons.
 * @csspart score-button - Each score button; also carries `detractor`, `passive` or `promoter`.
 * @csspart selected - The chosen score button (`::part(score-button selected)`).
 * @csspart detractor - Score buttons 0–6.
 * @csspart passive - Score buttons 7–8.
 * @csspart promoter - Score buttons 9–10.
 * @csspart labels - Row holding the low and high labels.
 * @csspart low-label - Label under 0.
 * @csspart high-label - Label under 10.
 * @csspart next-button - Button completing the score step.
 * @csspart follow-up - Label of the comment field.
 * @csspart textarea - The comment field.
 * @csspart counter - Character counter under the comment field.
 * @csspart submit-button - Submits the comment.
 * @csspart skip-button - Completes without a comment.
 * @csspart thank-you - Thank-you message.
 * @csspart close-button - Close button (with `dismissible`).
 *
 * @cssprop [--tp-color-primary=#1d4ed8] - Accent: selected score, primary buttons (dark theme: #7cb4ff).
 * @cssprop [--tp-color-surface=#ffffff] - Card background (dark theme: #1c2128).
 * @cssprop [--tp-color-text=#1f2328] - Text colour (dark theme: #e6edf3).
 * @cssprop [--tp-color-muted=#59636e] - Secondary text: scale labels, counter (dark theme: #a5b0bc).
 * @cssprop [--tp-color-border=#6e7781] - Borders of the card, buttons and field (dark theme: #7d8894).
 * @cssprop [--tp-color-focus=#1d4ed8] - Focus ring (dark theme: #9ecbff).
 * @cssprop [--tp-radius=0.5rem] - Corner radius of the card (controls use 3/4 of it).
 * @cssprop [--tp-font-family=system-ui] - Font stack.
 * @cssprop [--tp-font-size=1rem] - Base font size.
 * @cssprop [--tp-space=1rem] - Padding and spacing unit.
 * @cssprop --tp-shadow - Card shadow.
 * @cssprop [--tp-z-index=auto] - Stacking order of the card.
 */
export class TpNps extends FormControl {
  static override styles = npsStyles;

  /** The question. Default (en): "How likely are you to recommend us to a friend or colleague?" */
  @property() question?: string;

  /** Label of 0. Default (en): "Not at all likely". */
  @property({ attribute: 'low-label' }) lowLabel?: string;

  /** Label of 10. Default (en): "Extremely likely". */
  @property({ attribute: 'high-label' }) highLabel?: string;

  /** The comment question. Default (en): "What is the main reason for your score?" */
  @property({ attribute: 'follow-up' }) followUp?: string;

  /** Skips the comment step: choosing a score and confirming completes. */
  @property({ type: Boolean, attribute: 'no-follow-up' }) noFollowUp = false;

  /** Survey id copied into the response (`surveyId`). */
  @property({ attribute: 'survey-id' }) surveyId?: string;

  /** BCP 47 language tag (built in: en, de, fr, es, ar). Default: the document's `lang`. */
  @property() locale?: string;

  /** Text of the thank-you state. Default (en): "Thank you for your feedback!" */
  @property({ attribute: 'thank-you' }) thankYou?: string;

  /** Label of the Submit button. */
  @property({ attribute: 'submit-label' }) submitLabel?: string;

  /** Label of the Skip button. */
  @property({ attribute: 'skip-label' }) skipLabel?: string;

  /** Label of the Next button. */
  @property({ attribute: 'next-label' }) nextLabel?: string;

  /** Accessible name of the close button. */
  @property({ attribute: 'close-label' }) closeLabel?: string;

  /** Renders a close button; Escape inside the component dismisses. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** `light` (default), `dark` or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme?: Theme;

  @state() private step: NpsStep = 'score';
  @state() private comment = '';

  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('[part="thank-you"]') private thankYouMessage?: HTMLElement;

  /** Set once the answer was dispatched; cleared by a form reset (a new answer). */
  private answered = false;

  /**
   * The user picked a score here. Only then does leaving early record one: a `value` that came
   * from markup, code or form restore is not an answer given on this page view.
   */
  private chosenByUser = false;

  private readonly localize = new LocalizeController(this);

  private readonly group = new RatingGroupController(this, {
    radios: () =>
      Array.from(this.shadowRoot?.querySelectorAll<HTMLElement>('[role="radio"]') ?? []),
    selectedIndex: () => (this.score === null ? -1 : this.score - NPS_RANGE.min),
    select: (index) => this.selectByUser(index + NPS_RANGE.min),
    commit: () => void this.completeScore(),
    disabled: () => this.isDisabled || this.step !== 'score',
  });

  constructor() {
    super();
    new PageExitController(this, () => this.completeEarly());
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.dismissible) {
        event.preventDefault();
        this.dismiss('escape');
      }
    });
  }

  /** Which screen is showing. */
  get currentStep(): NpsStep {
    return this.step;
  }

  /** Focuses what the current step is about: the scale, the comment field or the thank-you. */
  override focus(options?: FocusOptions): void {
    if (this.step === 'score') this.group.focus(options);
    else if (this.step === 'follow-up') this.textarea?.focus(options);
    else this.thankYouMessage?.focus(options);
  }

  private get score(): number | null {
    return this.value === '' ? null : Number(this.value);
  }

  private get identity(): ShowDetail {
    return this.surveyId ? { type: 'nps', surveyId: this.surveyId } : { type: 'nps' };
  }

  protected override normalizeValue(value: unknown): string | undefined {
    const parsed = parseScore(value, NPS_RANGE);
    if (!parsed.ok) {
      console.warn(
        `tp-nps: ignoring value: ${parsed.reason}; expected an integer 0–10, or "" for none`,
      );
      return undefined;
    }
    return parsed.score === null ? '' : String(parsed.score);
  }

  protected override valueMissingMessage(): string {
    return this.localize.term('valueMissing');
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('[role="radio"]') ?? undefined;
  }

  protected override onFormReset(): void {
    this.step = 'score';
    this.comment = '';
    this.answered = false;
    this.chosenByUser = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A score cleared from code while the comment is open: there is nothing to submit, go back.
    if (this.step === 'follow-up' && this.score === null) this.step = 'score';
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    emit(this, 'tp-show', this.identity);
  }

  private selectByUser(score: number): void {
    if (this.isDisabled || this.step !== 'score') return;
    this.chosenByUser = true;
    if (this.score === score) return;
    this.value = score;
    emitValueChange(this);
  }

  /** Confirms the score: opens the follow-up step, or completes without one. */
  private async completeScore(): Promise<void> {
    if (this.isDisabled || this.step !== 'score' || this.score === null) return;
    if (this.noFollowUp) {
      this.complete(undefined);
      return;
    }
    this.step = 'follow-up';
    await this.updateComplete;
    this.textarea?.focus();
  }

  /** Dispatches the answer once, then shows the thank-you state. */
  private complete(comment: string | undefined): void {
    const score = this.score;
    if (this.answered || score === null) return;
    this.answered = true;
    // Move focus only if it was inside: a completion on page hide must not steal the page's focus.
    const hadFocus = this.shadowRoot?.activeElement != null;
    emit(this, 'tp-submit', buildResponse({ ...this.identity, score, comment }));
    this.step = 'thank-you';
    if (hadFocus) void this.updateComplete.then(() => this.thankYouMessage?.focus());
  }

  /** The user leaves before finishing: keep what was chosen (one record, nothing lost). */
  private completeEarly(): void {
    if (!this.chosenByUser) return;
    this.complete(this.step === 'follow-up' ? this.comment : undefined);
  }

  private dismiss(reason: DismissReason): void {
    this.completeEarly();
    emit(this, 'tp-dismiss', { ...this.identity, reason });
  }

  private readonly onCommentInput = (event: Event): void => {
    // The textarea's native `input` is composed and would leave the shadow root looking like a
    // score change; `input` on tp-nps means the score changed.
    event.stopPropagation();
    this.comment = (event.target as HTMLTextAreaElement).value;
  };

  override render(): TemplateResult {
    return html`<div
      part="base"
      class=${classMap({ base: true, dismissible: this.dismissible })}
      lang=${this.localize.locale}
      dir=${this.localize.dir()}
    >
      ${
        this.step === 'score'
          ? this.renderScore()
          : this.step === 'follow-up'
            ? this.renderFollowUp()
            : this.renderThankYou()
      }
      ${this.dismissible ? this.renderClose() : nothing}
    </div>`;
  }

  private renderScore(): TemplateResult {
    const t = this.localize;
    const low = this.lowLabel || t.term('npsLowLabel');
    const high = this.highLabel || t.term('npsHighLabel');
    const disabled = this.isDisabled;
    return html`
      <div part="question" id="question" class="question">
        ${this.question || t.term('npsQuestion')}
      </div>
      <div
        part="scale"
        class="scale"
        role="radiogroup"
        aria-labelledby="question"
        aria-required=${this.required ? 'true' : 'false'}
        aria-disabled=${disabled ? 'true' : 'false'}
      >
        ${SCORES.map((score, index) => {
          const checked = score === this.score;
          const end = score === NPS_RANGE.min ? low : score === NPS_RANGE.max ? high : '';
          return html`<button
            type="button"
            role="radio"
            class="score"
            part=${`score-button ${npsCategory(score)}${checked ? ' selected' : ''}`}
            aria-checked=${checked ? 'true' : 'false'}
            tabindex=${this.group.tabIndexFor(index)}
            ?disabled=${disabled}
          >
            ${t.number(score)}${end ? html`<span class="visually-hidden"> – ${end}</span>` : nothing}
          </button>`;
        })}
      </div>
      <div part="labels" class="labels" aria-hidden="true">
        <span part="low-label">${low}</span>
        <span part="high-label" class="high-label">${high}</span>
      </div>
      <div class="actions">
        <button
          part="next-button"
          class="primary"
          type="button"
          ?disabled=${disabled || this.score === null}
          @click=${() => void this.completeScore()}
        >
          ${this.nextLabel || t.term('next')}
        </button>
      </div>
    `;
  }

  private renderFollowUp(): TemplateResult {
    const t = this.localize;
    const disabled = this.isDisabled;
    return html`
      <label part="follow-up" class="follow-up" for="comment">
        ${this.followUp || t.term('npsFollowUp')}
      </label>
      <textarea
        part="textarea"
        id="comment"
        rows="3"
        maxlength=${COMMENT_MAX_LENGTH}
        aria-describedby="counter"
        .value=${this.comment}
        ?disabled=${disabled}
        @input=${this.onCommentInput}
      ></textarea>
      <div part="counter" id="counter" class="counter">
        ${t.term('characterCount', {
          count: t.number(this.comment.length),
          max: t.number(COMMENT_MAX_LENGTH),
        })}
      </div>
      <div class="actions">
        <button
          part="submit-button"
          class="primary"
          type="button"
          ?disabled=${disabled}
          @click=${() => this.complete(this.comment)}
        >
          ${this.submitLabel || t.term('submit')}
        </button>
        <button
          part="skip-button"
          class="secondary"
          type="button"
          ?disabled=${disabled}
          @click=${() => this.complete(undefined)}
        >
          ${this.skipLabel || t.term('skip')}
        </button>
      </div>
    `;
  }

  private renderThankYou(): TemplateResult {
    return html`<p part="thank-you" class="thank-you" role="status" tabindex="-1">
      ${this.thankYou || this.localize.term('thankYou')}
    </p>`;
  }

  private renderClose(): TemplateResult {
    return html`<button
      part="close-button"
      class="close"
      type="button"
      aria-label=${this.closeLabel || this.localize.term('close')}
      @click=${() => this.dismiss('close-button')}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M3.5 3.5l9 9m0-9l-9 9"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
          fill="none"
        />
      </svg>
    </button>`;
  }
}
