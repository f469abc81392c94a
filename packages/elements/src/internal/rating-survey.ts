import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { closeButton } from './close-button.js';
import {
  buildResponse,
  emit,
  emitValueChange,
  type DismissReason,
  type ResponseType,
  type ShowDetail,
} from './events.js';
import { FormControl } from './form-control.js';
import type { LocalizeController } from './localize.js';
import { type Strings } from './localize.js';
import { PageExitController } from './page-exit.js';
import { RatingGroupController } from './rating-group.js';
import { ratingLabels, ratingOption } from './rating-option.js';
import { parseScore, scoresOf, type ScoreRange } from './score.js';

/** The screens of a rating component, in order. */
export type RatingStep = 'score' | 'follow-up' | 'thank-you';

/** Colour scheme: `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** Longest comment accepted (the wire format's limit). */
export const COMMENT_MAX_LENGTH = 5000;

/** Built-in strings a rating component falls back to when its attributes are not set. */
export interface RatingTerms {
  question: keyof Strings;
  followUp: keyof Strings;
}

/**
 * Base class of the rating components (tp-nps, tp-csat, tp-ces): a scale rendered as a radio group,
 * then an optional follow-up comment, then a thank-you — one answer, one `tp-submit`.
 *
 * The answer completes when the user submits or skips the comment, or — if the user picked a score
 * — when the page is hidden, the element is removed, or it is dismissed before that (the score and
 * any comment typed so far are kept). A `value` set by markup, code or form restore alone is not
 * recorded on leaving. On removal the event is dispatched on the detached element.
 *
 * Subclasses say what they ask ({@link responseType}, {@link terms}, {@link range},
 * {@link labelKey}) and may draw options differently ({@link optionGlyph}, {@link optionParts},
 * {@link scaleClass}, {@link showLabels}) or add fields to the response ({@link responseData}).
 */
export abstract class RatingSurvey extends FormControl {
  /** The question. */
  @property() question?: string;

  /** Label of the lowest score. */
  @property({ attribute: 'low-label' }) lowLabel?: string;

  /** Label of the highest score. */
  @property({ attribute: 'high-label' }) highLabel?: string;

  /** The comment question. */
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

  @state() private step: RatingStep = 'score';
  @state() private comment = '';

  // Plain queries rather than @query: the decorator's code would ship in the main chunk.
  private get textarea(): HTMLTextAreaElement | null {
    return this.shadowRoot?.querySelector('textarea') ?? null;
  }
  private get thankYouMessage(): HTMLElement | null {
    return this.shadowRoot?.querySelector('[part="thank-you"]') ?? null;
  }

  /** Set once the answer was dispatched; cleared by a form reset (a new answer). */
  private answered = false;

  /**
   * The user picked a score here. Only then does leaving early record one: a `value` that came
   * from markup, code or form restore is not an answer given on this page view.
   */
  private chosenByUser = false;

  /** Strings of the component: its own catalogue, e.g. `new LocalizeController(this, [npsStrings])`. */
  protected abstract readonly localize: LocalizeController;

  private readonly group = new RatingGroupController(this, {
    radios: () =>
      Array.from(this.shadowRoot?.querySelectorAll<HTMLElement>('[role="radio"]') ?? []),
    selectedIndex: () => (this.score === null ? -1 : this.score - this.range.min),
    select: (index) => this.selectByUser(index + this.range.min),
    commit: () => void this.completeScore(),
    disabled: () => this.isDisabled || this.step !== 'score',
  });

  /** The response `type` (SPEC §5). */
  protected abstract readonly responseType: ResponseType;

  /** Built-in strings for the question and the comment question. */
  protected abstract readonly terms: RatingTerms;

  /** The scores offered now, lowest first. */
  protected abstract get range(): ScoreRange;

  /** Built-in label of a score ("Satisfied"), or undefined when the score has none. */
  protected abstract labelKey(score: number): keyof Strings | undefined;

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
  get currentStep(): RatingStep {
    return this.step;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }

  /** Focuses what the current step is about: the scale, the comment field or the thank-you. */
  override focus(options?: FocusOptions): void {
    if (this.step === 'score') this.group.focus(options);
    else if (this.step === 'follow-up') this.textarea?.focus(options);
    else this.thankYouMessage?.focus(options);
  }

  /** The chosen score, or null. */
  protected get score(): number | null {
    return this.value === '' ? null : Number(this.value);
  }

  /**
   * Scores a `value` may hold before the first render. Attributes arrive in document order, so
   * `value="6" scale="7"` must not be judged against the default scale; {@link willUpdate}
   * re-checks against {@link range} once every attribute is in.
   */
  protected get widestRange(): ScoreRange {
    return this.range;
  }

  /**
   * Text after the number in a score's accessible name ("4 – Satisfied"); `''` for none. The
   * `low-label` and `high-label` attributes win for the ends.
   */
  protected optionLabel(score: number): string {
    const { min, max } = this.range;
    if (score === min && this.lowLabel) return this.lowLabel;
    if (score === max && this.highLabel) return this.highLabel;
    const key = this.labelKey(score);
    return key ? this.localize.term(key) : '';
  }

  /** Visible content of a score button instead of its number (decorative, hidden from AT). */
  protected optionGlyph(_score: number): TemplateResult | undefined {
    return undefined;
  }

  /** Extra part names of a score button, after `score-button`. */
  protected optionParts(_score: number): string {
    return '';
  }

  /** Extra class names of the scale. */
  protected scaleClass(): string {
    return '';
  }

  /** Whether the row with the low and high labels is shown under the scale. */
  protected showLabels(): boolean {
    return true;
  }

  /** Type-specific `data` of the response. */
  protected responseData(): Record<string, unknown> | undefined {
    return undefined;
  }

  private get identity(): ShowDetail {
    return this.surveyId
      ? { type: this.responseType, surveyId: this.surveyId }
      : { type: this.responseType };
  }

  protected override normalizeValue(value: unknown): string | undefined {
    const range = this.hasUpdated ? this.range : this.widestRange;
    const parsed = parseScore(value, range);
    if (!parsed.ok) {
      console.warn(
        `${this.localName}: ignoring value: ${parsed.reason}; expected an integer ${range.min}–${range.max}, or "" for none`,
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
    const { min, max } = this.range;
    const score = this.score;
    if (score !== null && (score < min || score > max)) {
      console.warn(`${this.localName}: clearing value ${score}: the scale is now ${min}–${max}`);
      this.value = '';
    }
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
    emit(
      this,
      'tp-submit',
      buildResponse({ ...this.identity, score, comment, data: this.responseData() }),
    );
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
    // score change; `input` on the host means the score changed.
    event.stopPropagation();
    this.comment = (event.target as HTMLTextAreaElement).value;
  };

  override render(): TemplateResult {
    return html`<div
      part="base"
      class=${this.dismissible ? 'base dismissible' : 'base'}
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
      ${
        this.dismissible
          ? closeButton(this.closeLabel || this.localize.term('close'), () =>
              this.dismiss('close-button'),
            )
          : nothing
      }
    </div>`;
  }

  private renderScore(): TemplateResult {
    const t = this.localize;
    const { min, max } = this.range;
    const disabled = this.isDisabled;
    return html`
      <div part="question" id="question" class="question">
        ${this.question || t.term(this.terms.question)}
      </div>
      <div class="rating">
        <div
          part="scale"
          class="scale ${this.scaleClass()}"
          role="radiogroup"
          aria-labelledby="question"
          aria-required=${this.required ? 'true' : 'false'}
          aria-disabled=${disabled ? 'true' : 'false'}
        >
          ${scoresOf(this.range).map((score, index) =>
            ratingOption({
              number: t.number(score),
              label: this.optionLabel(score),
              checked: score === this.score,
              tabIndex: this.group.tabIndexFor(index),
              disabled,
              glyph: this.optionGlyph(score),
              parts: this.optionParts(score),
            }),
          )}
        </div>
        ${this.showLabels() ? ratingLabels(this.optionLabel(min), this.optionLabel(max)) : nothing}
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
        ${this.followUp || t.term(this.terms.followUp)}
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
}
