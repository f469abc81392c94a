import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { AnswerElement, COMMENT_MAX_LENGTH } from './answer-element.js';
import { buildResponse, emit, emitValueChange } from './events.js';
import type { Strings } from './localize.js';
import { RatingGroupController } from './rating-group.js';
import { ratingLabels, ratingOption } from './rating-option.js';
import { parseScore, scoresOf, type ScoreRange } from './score.js';

/** The screens of a rating component, in order. */
export type RatingStep = 'score' | 'follow-up' | 'thank-you';

export { COMMENT_MAX_LENGTH, type Theme } from './answer-element.js';

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
export abstract class RatingSurvey extends AnswerElement {
  static override properties: PropertyDeclarations = {
    question: {},
    lowLabel: { attribute: 'low-label' },
    highLabel: { attribute: 'high-label' },
    followUp: { attribute: 'follow-up' },
    skipLabel: { attribute: 'skip-label' },
    nextLabel: { attribute: 'next-label' },
    closeLabel: { attribute: 'close-label' },
    noFollowUp: { type: Boolean, attribute: 'no-follow-up' },
    dismissible: { type: Boolean, reflect: true },
    step: { state: true },
    comment: { state: true },
  };

  /** The question. */
  declare question?: string;

  /** Label of the lowest score. */
  declare lowLabel?: string;

  /** Label of the highest score. */
  declare highLabel?: string;

  /** The comment question. */
  declare followUp?: string;

  /** Skips the comment step: choosing a score and confirming completes. */
  noFollowUp = false;

  /** BCP 47 language tag (built in: en, de, fr, es, ar). Default: the document's `lang`. */
  declare locale?: string;

  /** Label of the Skip button. */
  declare skipLabel?: string;

  /** Label of the Next button. */
  declare nextLabel?: string;

  /** Accessible name of the close button. */
  declare closeLabel?: string;

  /** Renders a close button; Escape inside the component dismisses. */
  dismissible = false;

  private step: RatingStep = 'score';
  private comment = '';

  /** Set once the answer was dispatched; cleared by a form reset (a new answer). */
  #answered = false;

  /**
   * The user picked a score here. Only then does leaving early record one: a `value` that came
   * from markup, code or form restore is not an answer given on this page view.
   */
  #chosenByUser = false;

  readonly #group = new RatingGroupController(this, {
    selectedIndex: () => (this.score === null ? -1 : this.score - this.range.min),
    select: (index) => this.#selectByUser(index + this.range.min),
    commit: () => this.#completeScore(),
    disabled: () => this.isDisabled || this.step !== 'score',
  });

  /** Built-in strings for the question and the comment question. */
  protected abstract readonly terms: RatingTerms;

  /** The scores offered now, lowest first. */
  protected abstract get range(): ScoreRange;

  /** Built-in label of a score ("Satisfied"), or undefined when the score has none. */
  protected abstract labelKey(score: number): keyof Strings | undefined;

  /** Which screen is showing. */
  get currentStep(): RatingStep {
    return this.step;
  }

  protected override closable(): boolean {
    return this.dismissible;
  }

  /** Focuses what the current step is about: the scale, the comment field or the thank-you. */
  override focus(options?: FocusOptions): void {
    if (this.step === 'score') this.#group.focus(options);
    else this.shadowRoot?.querySelector<HTMLElement>('textarea,[role="status"]')?.focus(options);
  }

  /** The chosen score, or null. */
  protected get score(): number | null {
    return this.value === '' ? null : Number(this.value);
  }

  /**
   * Scores a `value` may hold before the first render (default: {@link range}). Attributes arrive
   * in document order, so `value="6" scale="7"` must not be judged against the default scale;
   * {@link willUpdate} re-checks against {@link range} once every attribute is in.
   */
  protected readonly widestRange?: ScoreRange;

  /**
   * Text after the number in a score's accessible name ("4 – Satisfied"); `''` for none. The
   * `low-label` and `high-label` attributes win for the ends.
   */
  protected optionLabel(score: number): string {
    const { min, max } = this.range;
    const key = this.labelKey(score);
    return (
      (score === min && this.lowLabel) ||
      (score === max && this.highLabel) ||
      (key ? this.localize.term(key) : '')
    );
  }

  /** Visible content of a score button instead of its number (decorative, hidden from AT). */
  protected optionGlyph?(score: number): TemplateResult | undefined;

  /** Extra part names of a score button, after `score-button`. */
  protected optionParts?(score: number): string;

  /** Extra class names of the scale. */
  protected scaleClass?(): string;

  /** Whether the row with the low and high labels is shown under the scale (default: yes). */
  protected showLabels?(): boolean;

  /** Type-specific `data` of the response. */
  protected responseData?(): Record<string, unknown>;

  protected override normalizeValue(value: unknown): string | undefined {
    const range = (!this.hasUpdated && this.widestRange) || this.range;
    const parsed = parseScore(value, range);
    if (parsed.ok) return parsed.score === null ? '' : String(parsed.score);
    console.warn(
      `${this.localName}: ignoring value: ${parsed.reason}; expected an integer ${range.min}–${range.max}, or "" for none`,
    );
    return undefined;
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
    this.#answered = this.#chosenByUser = false;
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

  /** Shows `step`; with `focus`, moves focus to it once rendered (the user should land there). */
  #show(step: RatingStep, focus: boolean): void {
    this.step = step;
    if (focus) void this.updateComplete.then(() => this.focus());
  }

  #selectByUser(score: number): void {
    if (this.isDisabled || this.step !== 'score') return;
    this.#chosenByUser = true;
    if (this.score === score) return;
    this.value = score;
    emitValueChange(this);
  }

  /** Confirms the score: opens the follow-up step, or completes when there is none. */
  #completeScore(): void {
    if (this.isDisabled || this.step !== 'score' || this.score === null) return;
    if (this.noFollowUp) this.#complete();
    else this.#show('follow-up', true);
  }

  /** Dispatches the answer once, then shows the thank-you state. */
  #complete(comment?: string): void {
    const score = this.score;
    if (this.#answered || score === null) return;
    this.#answered = true;
    emit(
      this,
      'tp-submit',
      buildResponse({ ...this.identity(), score, comment, data: this.responseData?.() }),
    );
    // Move focus only if it was inside: a completion on page hide must not steal the page's focus.
    this.#show('thank-you', this.shadowRoot?.activeElement != null);
  }

  /** The user leaves before finishing: keep what was chosen (one record, nothing lost). */
  protected completeEarly(): void {
    if (this.#chosenByUser) this.#complete(this.step === 'follow-up' ? this.comment : undefined);
  }

  /** The scale, its labels and Next. */
  #scoreStep(): TemplateResult {
    const t = this.localize;
    const disabled = this.isDisabled;
    const { min, max } = this.range;
    return html`<div part="question" id="question" class="question">
        ${this.question || t.term(this.terms.question)}
      </div>
      <div class="rating">
        <div
          part="scale"
          class="scale ${this.scaleClass?.() ?? ''}"
          role="radiogroup"
          aria-labelledby="question"
          aria-required=${this.required}
          aria-disabled=${disabled}
        >
          ${scoresOf(this.range).map((score, index, scores) =>
            ratingOption(
              t.number(score),
              this.optionLabel(score),
              score === this.score,
              this.#group.tabIndexFor(index, scores.length),
              disabled,
              this.optionGlyph?.(score),
              this.optionParts?.(score),
            ),
          )}
        </div>
        ${
          this.showLabels?.() !== false
            ? ratingLabels(this.optionLabel(min), this.optionLabel(max))
            : nothing
        }
      </div>
      <div class="actions">
        <button
          part="next-button"
          class="primary"
          ?disabled=${disabled || this.score === null}
          @click=${this.#completeScore}
        >
          ${this.nextLabel || t.term('next')}
        </button>
      </div>`;
  }

  /** The comment field, its counter, Submit and Skip. */
  #followUpStep(): TemplateResult {
    const t = this.localize;
    const { comment } = this;
    const disabled = this.isDisabled;
    return html`<label part="follow-up" class="follow-up" for="comment"
        >${this.followUp || t.term(this.terms.followUp)}</label
      >
      <textarea
        part="textarea"
        id="comment"
        rows="3"
        maxlength=${COMMENT_MAX_LENGTH}
        aria-describedby="counter"
        .value=${comment}
        ?disabled=${disabled}
        @input=${(event: Event) => {
          // The textarea's native `input` is composed and would leave the shadow root looking like
          // a score change; `input` on the host means the score changed.
          event.stopPropagation();
          this.comment = (event.target as HTMLTextAreaElement).value;
        }}
      ></textarea>
      <div part="counter" id="counter" class="counter">
        ${t.term('characterCount', {
          count: t.number(comment.length),
          max: t.number(COMMENT_MAX_LENGTH),
        })}
      </div>
      <div class="actions">
        <button
          part="submit-button"
          class="primary"
          ?disabled=${disabled}
          @click=${() => this.#complete(comment)}
        >
          ${this.submitLabel || t.term('submit')}
        </button>
        <button
          part="skip-button"
          class="secondary"
          ?disabled=${disabled}
          @click=${() => this.#complete()}
        >
          ${this.skipLabel || t.term('skip')}
        </button>
      </div>`;
  }

  override render(): TemplateResult {
    const t = this.localize;
    const { step } = this;
    return html`<div
      part="base"
      class=${this.dismissible ? 'base dismissible' : 'base'}
      lang=${t.locale}
      dir=${t.dir()}
    >
      ${
        step === 'score'
          ? this.#scoreStep()
          : step === 'follow-up'
            ? this.#followUpStep()
            : this.thankYouMessage()
      }
      ${this.dismissible ? this.closeButton(this.closeLabel) : nothing}
    </div>`;
  }
}
