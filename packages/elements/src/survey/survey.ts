import type { Question, SurveyDefinition } from '@touchpoint/core/survey';
import {
  adoptStyles,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { AnswerElement } from '../internal/answer-element.js';
import {
  emit,
  emitValueChange,
  type DismissReason,
  type ResponseType,
  type ShowDetail,
} from '../internal/events.js';
import { LocalizeController } from '../internal/localize.js';
import { cardStyles } from '../internal/card.styles.js';
import { parseScore } from '../internal/score.js';
import { resolveDisplay, type SurveyMode, type SurveyPosition } from './display.js';
import { trapTab } from './focus-trap.js';
import { definitionProblem } from './guard.js';
import type { QuestionKind } from './question-kind.js';
import { loadedKind, loadKinds } from './kinds.js';
import { blocksNext, isAnswered, ratingRange, type Answer } from './question.js';
import { givenAnswers, responseType, scoreQuestion, surveyResponse } from './response.js';
import { surveyStrings } from './survey.strings.js';
import { surveyStyles } from './survey.styles.js';

/** How long the thank-you of a popover stays before it closes, in ms. */
export const DEFAULT_CLOSE_DELAY = 4000;

/** The deepest focused element, through open shadow roots; null when nothing but the body is. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * A survey (SPEC §4 definition) as a popover or an inline card: one question per step, with
 * progress, Back, Next, a close button and a thank-you step. Question kinds: `nps` (0–10), `csat`
 * (1–`scale`; thumbs 1–2), `ces` (1–7), `rating` (1–`scale`, default 5), `single` (radio list),
 * `multi` (checkbox list), `text` (text area, `maxLength`, default 5000). Required questions
 * (those without `optional: true`) block Next with a visible, announced error; optional ones may
 * be skipped; Back keeps the answers.
 *
 * **One survey, one `tp-submit`**, when the user presses Submit on the last step — or, if anything
 * was answered, when the survey is dismissed, the page is hidden or unloaded, or the element is
 * removed before that (with what was answered; on removal it is dispatched on the detached
 * element). The detail:
 * - `type`: the definition's `type`; for `multi`, the type of its first rating question (nps →
 *   `nps`, ces → `ces`, csat and rating → `csat` on scales up to 7, else `feedback`), and
 *   `feedback` when it has none;
 * - `surveyId`: the `survey-id` attribute, else the definition's `id`;
 * - `score`: the answer to the first rating question of that type (any rating question for
 *   `feedback`), when given;
 * - `comment`: the first non-blank text answer, trimmed;
 * - `data.answers`: `{ [questionId]: number | choiceId | choiceId[] | text }`, every answer given.
 *   Left out for a one-question survey whose question gives the score, so a one-question NPS
 *   survey reports `{ type: 'nps', surveyId, score }` exactly like `<tp-nps>`.
 *
 * **Popover** (`mode="popover"`): shown while `open`; a modal dialog (focus moves in, Tab stays
 * inside, Escape or the close button dismisses, focus returns where it was on close) placed at
 * `position`, in the browser's top layer where supported (so no page stacking context covers it),
 * else `position: fixed` at `--tp-z-index`; a bottom sheet on screens under 480 px. The thank-you
 * closes it after `close-delay` ms. **Inline** (`mode="inline"`, the default for an element in
 * markup): a card in the page flow.
 *
 * **Question kinds load on demand**: the element fetches the code of the kinds its definition
 * asks (a small chunk each) and shows the survey once all of them are there, never half
 * drawn. If one cannot be loaded (offline), it shows nothing, says so with a console error, and
 * tries again at its next update (e.g. when opened again or given a definition).
 *
 * **Forms**: form-associated; its `value` is the response's `score` as a string (`''` until one is
 * given), submitted under `name`; `required` makes a form invalid until then. Setting `value` (after
 * `definition`), or a browser state restore, pre-fills the score question without firing
 * `input`/`change`; an out-of-range value is ignored with a warning. A form reset starts over.
 *
 * @summary Renders a survey definition as a popover or an inline card, step by step.
 *
 * @attr survey-id - Survey id of the response. Default: the definition's `id`.
 * @attr mode - `popover` or `inline`. Default: the definition's `display.mode`, else `inline`.
 * @attr position - Where a popover sits: `bottom-right`, `bottom-left`, `top-right`, `top-left`, `center` or `bottom`. Default: the definition's `display.position`, else `bottom-right`.
 * @attr open - Shows the popover (popover mode). Removed when it closes.
 * @attr close-delay - Milliseconds the popover's thank-you shows before it closes (default 4000; negative: stays open).
 * @attr name - Form field name the score is submitted under.
 * @attr value - The response's score; setting it pre-fills the score question. `''` for none.
 * @attr required - A form containing it is invalid until a score is given.
 * @attr disabled - Disables the survey; its value is then not submitted.
 * @attr locale - BCP 47 language tag (built in: en, de, fr, es, ar). Default: the definition's `locale`, else the document's `lang`.
 * @attr thank-you - Text of the thank-you step. Default: the definition's `thankYou`, else (en) "Thank you for your feedback!"
 * @attr next-label - Label of the Next button.
 * @attr back-label - Label of the Back button.
 * @attr submit-label - Label of the Next button on the last step.
 * @attr close-label - Accessible name of the close button.
 * @attr dismissible - Inline mode: renders a close button; Escape dismisses. (A popover always has both.)
 * @attr theme - `light` (default), `dark` or `auto` (follows `prefers-color-scheme`).
 *
 * @fires input - The user changed the score (not fired for other answers or from code).
 * @fires change - Right after `input`.
 * @fires {TpSubmitEvent} tp-submit - The survey is complete (once). Detail: see above.
 * @fires {TpShowEvent} tp-show - It became visible: an inline survey when first rendered, a popover each time it opens. Detail: `{ type, surveyId? }`.
 * @fires {TpDismissEvent} tp-dismiss - Close button or Escape. Detail: `{ type, surveyId?, reason }`. A popover closes.
 *
 * @csspart base - Outer wrapper (the card; the dialog in popover mode).
 * @csspart title - The definition's title.
 * @csspart progress - Progress indicator ("2 of 3"), a progressbar.
 * @csspart progress-text - The progress text.
 * @csspart progress-track - The bar under it; its `segment`s are filled up to the current step.
 * @csspart segment - One step of the progress bar; also `done` when reached.
 * @csspart done - Segments of steps reached.
 * @csspart question - The question text.
 * @csspart optional - The "(optional)" marker of an optional question.
 * @csspart description - The question's description.
 * @csspart scale - The radio group of a rating question.
 * @csspart score-button - Each rating option.
 * @csspart selected - The chosen rating option or choice.
 * @csspart labels - Row holding the low and high labels of a scale.
 * @csspart low-label - Label of the lowest score.
 * @csspart high-label - Label of the highest score.
 * @csspart choices - The fieldset of a single- or multiple-choice question.
 * @csspart hint - "Choose all that apply." under a multiple-choice question.
 * @csspart choice - Each choice (a label holding its input).
 * @csspart radio - The radio input of a single choice.
 * @csspart checkbox - The checkbox of a multiple choice.
 * @csspart textarea - The text answer field.
 * @csspart counter - Character counter under the text field.
 * @csspart error - The "Please answer this question." message.
 * @csspart back-button - Goes to the previous question.
 * @csspart next-button - Goes to the next question; on the last one, submits.
 * @csspart thank-you - Thank-you message.
 * @csspart close-button - Close button.
 *
 * @cssprop [--tp-color-primary=#1d4ed8] - Accent: chosen option, primary button, progress (dark theme: #7cb4ff).
 * @cssprop [--tp-color-surface=#ffffff] - Card background (dark theme: #1c2128).
 * @cssprop [--tp-color-text=#1f2328] - Text colour (dark theme: #e6edf3).
 * @cssprop [--tp-color-muted=#59636e] - Secondary text: labels, counter, progress (dark theme: #a5b0bc).
 * @cssprop [--tp-color-border=#6e7781] - Borders (dark theme: #7d8894).
 * @cssprop [--tp-color-focus=#1d4ed8] - Focus ring (dark theme: #9ecbff).
 * @cssprop [--tp-color-danger=#b42318] - Error message (dark theme: #ff9d94).
 * @cssprop [--tp-radius=0.5rem] - Corner radius of the card (controls use 3/4 of it).
 * @cssprop [--tp-font-family=system-ui] - Font stack.
 * @cssprop [--tp-font-size=1rem] - Base font size.
 * @cssprop [--tp-space=1rem] - Padding and spacing unit; also the popover's distance from the viewport edge.
 * @cssprop --tp-shadow - Card shadow (a popover's is stronger).
 * @cssprop [--tp-z-index=2147483000] - Stacking order of the popover where the top layer is unavailable (inline: `auto`).
 * @cssprop [--tp-survey-width=24rem] - Width of the popover.
 */
export class TpSurvey extends AnswerElement {
  static override styles = [cardStyles, surveyStyles];

  static override properties: PropertyDeclarations = {
    definition: { attribute: false },
    mode: {},
    position: {},
    open: { type: Boolean, reflect: true },
    closeDelay: { type: Number, attribute: 'close-delay' },
    nextLabel: { attribute: 'next-label' },
    backLabel: { attribute: 'back-label' },
    closeLabel: { attribute: 'close-label' },
    dismissible: { type: Boolean, reflect: true },
    // Declared again: Lit then wraps the accessor below so that setting it re-renders.
    locale: {},
    // Internal state. `attribute: false` is implied by `state`, but the manifest analyzer
    // would list the names as attributes without it.
    stepIndex: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    invalid: { state: true, attribute: false },
    completed: { state: true, attribute: false },
  };

  /**
   * The survey to show (SPEC §4), as the SDK validated it. One without questions (or with a
   * question it cannot render) shows nothing and logs a console error. A new definition starts
   * over (what was answered of the old one is submitted first).
   */
  definition?: SurveyDefinition;

  /** `popover` or `inline`. Default: the definition's `display.mode`, else `inline`. */
  mode?: SurveyMode;

  /** Where a popover sits. Default: the definition's `display.position`, else `bottom-right`. */
  position?: SurveyPosition;

  /** Shows the popover (popover mode); set to false when it closes. */
  open = false;

  /** Milliseconds the popover's thank-you shows before it closes; negative: it stays open. */
  closeDelay = DEFAULT_CLOSE_DELAY;

  /** Label of the Next button. */
  nextLabel?: string;

  /** Label of the Back button. */
  backLabel?: string;

  /** Accessible name of the close button. */
  closeLabel?: string;

  /** Inline mode: renders a close button; Escape dismisses. A popover always has both. */
  dismissible = false;

  #ownLocale?: string;

  /**
   * BCP 47 language tag (built in: en, de, fr, es, ar). Default: the definition's `locale` (the
   * language its questions are written in), else the document's `lang`.
   */
  get locale(): string | undefined {
    return this.#ownLocale || this.definition?.locale;
  }
  set locale(locale: string | undefined | null) {
    this.#ownLocale = locale ?? undefined;
  }

  private stepIndex = 0;
  private answers: Record<string, Answer> = {};
  private invalid = false;
  private completed = false;

  /** Questions the user answered here (not pre-filled through `value`). */
  #answeredByUser = new Set<string>();

  get #base(): HTMLElement | null {
    return this.shadowRoot?.querySelector('[part~="base"]') ?? null;
  }
  get #thankYouMessage(): HTMLElement | null {
    return this.shadowRoot?.querySelector('[part="thank-you"]') ?? null;
  }

  #display = resolveDisplay({}, undefined);
  #problem: string | null = null;
  /** Whether the survey was showing at the last render (for tp-show and focus return). */
  #shown = false;
  #focusWasInside = false;
  #returnFocusTo: HTMLElement | null = null;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #warned = new Set<string>();

  protected readonly localize = new LocalizeController(this, [surveyStrings]);
  /** Its own localizer, then one per loaded question kind with strings of its own. */
  #localizers = [this.localize];
  /** Question kinds whose styles and strings this element has taken on. */
  #kinds = new Set<QuestionKind>();

  constructor() {
    super();
    this.addEventListener('keydown', (event) => {
      if (event.isComposing || !this.#shown) return;
      const { key } = event;
      if (key === 'Tab' && this.#isPopover) {
        trapTab(event, this.#base);
      } else if (key === 'Enter' && event.composedPath()[0] instanceof HTMLInputElement) {
        // Enter on a radio or checkbox moves on, as Enter in a form's field submits it.
        event.preventDefault();
        void this.#next();
      }
    });
  }

  /**
   * Renders once the question kinds of the definition and the strings of the locale in effect
   * are there, so the first render is complete and already in that language.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const definition = this.definition;
    const questions = definition && !definitionProblem(definition) ? definition.questions : [];
    const loading = loadKinds(questions.map((question) => question.kind));
    if (loading) {
      return loading.then(
        // The definition may have changed meanwhile: check again.
        () => this.scheduleUpdate(),
        (error: unknown) => {
          const missing = questions.filter((question) => !loadedKind(question.kind));
          console.error(
            `tp-survey: not showing survey "${definition!.id}": the code of its ` +
              `${[...new Set(missing.map((question) => question.kind))].join(', ')} questions ` +
              'did not load; trying again at its next update',
            error,
          );
          return super.scheduleUpdate();
        },
      );
    }
    for (const question of questions) this.#takeOn(loadedKind(question.kind)!);
    const waits = this.#localizers.map((localize) => localize.whenReady(() => 0));
    return waits.some((wait) => wait !== 0)
      ? Promise.all(waits).then(() => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  /** Adopts a loaded kind's styles and strings. */
  #takeOn(kind: QuestionKind): void {
    if (this.#kinds.has(kind)) return;
    this.#kinds.add(kind);
    if (kind.strings) this.#localizers.push(new LocalizeController(this, kind.strings));
    if (kind.styles) {
      adoptStyles(this.renderRoot as ShadowRoot, [
        ...(this.constructor as typeof TpSurvey).elementStyles,
        ...[...this.#kinds].flatMap((each) => each.styles ?? []),
      ]);
    }
  }

  /** The step showing: the index of its question, or `'thank-you'`. */
  get currentStep(): number | 'thank-you' {
    return this.completed ? 'thank-you' : this.stepIndex;
  }

  /** Focuses what the current step is about: its first control, or the thank-you message. */
  override focus(options?: FocusOptions): void {
    (this.completed ? this.#thankYouMessage : this.#stepControl())?.focus(options);
  }

  get #isPopover(): boolean {
    return this.#display.mode === 'popover';
  }

  /** Valid, open if a popover, and the code of each of its question kinds loaded. */
  get #isVisible(): boolean {
    return (
      this.#problem === null &&
      !!this.definition &&
      (!this.#isPopover || this.open) &&
      this.definition.questions.every((question) => loadedKind(question.kind))
    );
  }

  get #question(): Question | undefined {
    return this.completed ? undefined : this.definition?.questions[this.stepIndex];
  }

  protected get responseType(): ResponseType {
    return this.definition ? responseType(this.definition) : 'feedback';
  }

  protected override identity(): ShowDetail {
    return super.identity(this.surveyId || this.definition?.id);
  }

  protected override closable(): boolean {
    return this.#shown && (this.#isPopover || this.dismissible);
  }

  /** tp-show follows visibility (see {@link updated}), not the first render. */
  protected override firstUpdated(): void {}

  /** The first control of the current step: the checked or roving-focus radio, else the first field. */
  #stepControl(): HTMLElement | null | undefined {
    const root = this.shadowRoot;
    return (
      root?.querySelector<HTMLElement>('input:checked, [role="radio"][tabindex="0"]') ??
      root?.querySelector<HTMLElement>('input, textarea')
    );
  }

  #containsFocus(): boolean {
    return this.shadowRoot?.activeElement != null;
  }

  /** The score `value` follows: the response's `score`, `''` when there is none. */
  #scoreValue(): string {
    if (!this.definition || this.#problem) return '';
    const { score } = surveyResponse(this.definition, this.answers, undefined);
    return score === undefined ? '' : String(score);
  }

  /**
   * `value` set from code, markup or form restore pre-fills the score question (it is submitted
   * with the survey, but leaving early without a user answer records nothing, as with tp-nps).
   */
  protected override normalizeValue(value: unknown): string | undefined {
    const definition = this.definition;
    const question =
      definition && !definitionProblem(definition)
        ? scoreQuestion(definition, responseType(definition))
        : undefined;
    const range = question && ratingRange(question);
    if (!question || !range) {
      if (value === '' || value == null) return '';
      console.warn(`tp-survey: ignoring value "${String(value)}": no rating question takes it`);
      return undefined;
    }
    const parsed = parseScore(value, range);
    if (!parsed.ok) {
      console.warn(
        `tp-survey: ignoring value: ${parsed.reason}; expected an integer ${range.min}–${range.max}, or "" for none`,
      );
      return undefined;
    }
    const { [question.id]: _previous, ...others } = this.answers;
    this.answers = parsed.score === null ? others : { ...others, [question.id]: parsed.score };
    return parsed.score === null ? '' : String(parsed.score);
  }

  protected override valueMissingMessage(): string {
    return this.localize.term('valueMissing');
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.#stepControl() ?? this.shadowRoot?.querySelector('button') ?? undefined;
  }

  protected override onFormReset(): void {
    this.#restart();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A popover leaves the top layer when disconnected; show it again when moved back in.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#closeTimer);
    // Removing the focused dialog leaves focus on <body>: give it back to where it came from.
    if (this.#shown && this.#isPopover && !deepActiveElement()) this.#returnFocusTo?.focus();
  }

  #restart(): void {
    clearTimeout(this.#closeTimer);
    this.stepIndex = 0;
    this.answers = {};
    this.#answeredByUser = new Set();
    this.invalid = this.completed = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const definition = this.definition;
    if (changed.has('definition')) {
      const previous = changed.get('definition') as SurveyDefinition | undefined;
      if (previous) this.completeEarly(previous);
      this.#restart();
      this.#shown = false;
      this.#problem = definition === undefined ? null : definitionProblem(definition);
      if (this.#problem) {
        console.error(
          `tp-survey: not showing survey "${definition?.id ?? '(no id)'}": ${this.#problem}`,
        );
      }
      this.value = this.#scoreValue();
    }
    this.#display = resolveDisplay(this, definition);
    for (const ignored of this.#display.ignored) {
      if (this.#warned.has(ignored)) continue;
      this.#warned.add(ignored);
      console.warn(`tp-survey: ignoring ${ignored}`);
    }
    const visible = this.#isVisible;
    if (visible && !this.#shown && this.#isPopover) {
      // Focus inside already (a new definition while open): keep the element it came from.
      const active = deepActiveElement();
      if (!active || (active !== this && !this.shadowRoot?.contains(active))) {
        this.#returnFocusTo = active;
      }
    }
    if (!visible && this.#shown) this.#focusWasInside = this.#containsFocus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A `definition` set before the element was upgraded (a script-tag page sets it while this
    // chunk loads) is restored by Lit only during the first update, after scheduleUpdate looked
    // for the kinds to load: look again. Only on a change, so a failed load does not loop.
    const definition = this.definition;
    if (
      changed.has('definition') &&
      definition &&
      // Checked by willUpdate for this very change.
      !this.#problem &&
      definition.questions.some((question) => !loadedKind(question.kind))
    ) {
      this.requestUpdate();
    }
    const visible = this.#isVisible;
    const base = this.#base;
    // The top layer (Popover API) paints above every page stacking context, whatever its z-index
    // or transforms; browsers without it keep the `position: fixed` + `--tp-z-index` fallback.
    if (
      visible &&
      this.isConnected &&
      base?.hasAttribute('popover') &&
      !base.matches(':popover-open')
    ) {
      base.showPopover();
    }
    if (visible === this.#shown) return;
    this.#shown = visible;
    if (visible) {
      emit(this, 'tp-show', this.identity());
      if (this.#isPopover) {
        this.focus();
        if (this.completed) this.#scheduleClose();
      }
      return;
    }
    clearTimeout(this.#closeTimer);
    if (this.#focusWasInside || !deepActiveElement()) this.#returnFocusTo?.focus();
    this.#returnFocusTo = null;
  }

  #scheduleClose(): void {
    clearTimeout(this.#closeTimer);
    if (this.#isPopover && this.open && this.closeDelay >= 0) {
      this.#closeTimer = setTimeout(() => (this.open = false), this.closeDelay);
    }
  }

  /** The user answered `question` (any kind). */
  #answer(question: Question, answer: Answer): void {
    if (this.isDisabled || this.completed) return;
    this.answers = { ...this.answers, [question.id]: answer };
    this.#answeredByUser.add(question.id);
    if (this.invalid && isAnswered(question, answer)) this.invalid = false;
    const score = this.#scoreValue();
    if (score !== this.value) {
      this.value = score;
      emitValueChange(this);
    }
  }

  async #next(): Promise<void> {
    const { definition } = this;
    const question = this.#question;
    if (!question || !definition || this.isDisabled) return;
    this.invalid = blocksNext(question, this.answers[question.id]);
    if (this.invalid) {
      await this.updateComplete;
      this.focus();
    } else if (this.stepIndex < definition.questions.length - 1) {
      await this.#go(this.stepIndex + 1);
    } else {
      this.#complete(definition);
    }
  }

  async #go(index: number): Promise<void> {
    const hadFocus = this.#containsFocus();
    this.stepIndex = index;
    await this.updateComplete;
    if (hadFocus) this.focus();
  }

  /** Dispatches the one response, then shows the thank-you step. */
  #complete(definition: SurveyDefinition): void {
    if (this.completed) return;
    this.completed = true;
    this.invalid = false;
    // Move focus only if it was inside: a completion on page hide must not steal the page's focus.
    const hadFocus = this.#containsFocus();
    emit(
      this,
      'tp-submit',
      surveyResponse(definition, this.answers, this.surveyId || definition.id),
    );
    void this.updateComplete.then(() => {
      // A new definition may have started over meanwhile (completing the old one's answers).
      if (!this.completed) return;
      if (hadFocus) this.#thankYouMessage?.focus();
      this.#scheduleClose();
    });
  }

  /** The user leaves before the end: submit what was answered (one record, nothing lost). */
  protected completeEarly(definition = this.definition): void {
    if (this.completed || !definition || definitionProblem(definition)) return;
    const given = Object.keys(givenAnswers(definition, this.answers));
    if (given.some((id) => this.#answeredByUser.has(id))) this.#complete(definition);
  }

  protected override dismiss(reason: DismissReason): void {
    super.dismiss(reason);
    if (this.#isPopover) this.open = false;
  }

  /**
   * Inner fields' `input` (composed) and `change` would look like the survey's own value changes;
   * tp-survey fires those itself when the score changes.
   */
  #stopInnerInput = (event: Event): void => {
    if (event.target !== this) event.stopPropagation();
  };

  override render(): TemplateResult | typeof nothing {
    const { definition } = this;
    const question = this.#question;
    const t = this.localize;
    if (!definition || !this.#isVisible) return nothing;
    const popover = this.#isPopover;
    const closable = popover || this.dismissible;
    const total = definition.questions.length;
    const disabled = this.isDisabled;
    const step = this.stepIndex + 1;
    const progress = t.term('surveyProgress', { current: t.number(step), total: t.number(total) });
    return html`<div
      part="base"
      class=${`base${popover ? ` popover ${this.#display.position}` : ''}${closable ? ' closable' : ''}`}
      role=${popover ? 'dialog' : 'group'}
      aria-modal=${popover ? 'true' : nothing}
      aria-labelledby=${definition.title ? 'title' : question ? 'question' : 'thank-you'}
      popover=${
        // Without the Popover API (and so the top layer) the dialog is a plain `position: fixed`
        // box at `--tp-z-index`.
        popover && 'showPopover' in HTMLElement.prototype ? 'manual' : nothing
      }
      lang=${t.locale}
      dir=${t.dir()}
      @input=${this.#stopInnerInput}
      @change=${this.#stopInnerInput}
    >
      ${definition.title ? html`<h2 part="title" id="title" class="title">${definition.title}</h2>` : nothing}
      ${
        !question
          ? this.thankYouMessage(definition.thankYou)
          : html`
              ${
                total > 1
                  ? html`<div
                      part="progress"
                      class="progress"
                      role="progressbar"
                      aria-label=${t.term('surveyProgressLabel')}
                      aria-valuemin="1"
                      aria-valuemax=${total}
                      aria-valuenow=${step}
                      aria-valuetext=${progress}
                    >
                      <span part="progress-text">${progress}</span>
                      <span part="progress-track" class="track">
                        ${definition.questions.map((_, index) => {
                          const part = index < step ? 'segment done' : 'segment';
                          return html`<span part=${part} class=${part}></span>`;
                        })}
                      </span>
                    </div>`
                  : nothing
              }
              <div class="step">${this.#renderQuestion(question, disabled)}</div>
              ${
                this.invalid
                  ? html`<p part="error" id="error" class="error" role="alert">
                      ${t.term('surveyRequired')}
                    </p>`
                  : nothing
              }
              <div class="actions">
                ${
                  step > 1
                    ? html`<button
                        part="back-button"
                        class="secondary"
                        type="button"
                        ?disabled=${disabled}
                        @click=${this.#back}
                      >
                        ${this.backLabel || t.term('surveyBack')}
                      </button>`
                    : nothing
                }
                <button
                  part="next-button"
                  class="primary next"
                  type="button"
                  ?disabled=${disabled}
                  @click=${() => void this.#next()}
                >
                  ${
                    step === total
                      ? this.submitLabel || t.term('submit')
                      : this.nextLabel || t.term('next')
                  }
                </button>
              </div>
            `
      }
      ${closable ? this.closeButton(this.closeLabel) : nothing}
    </div>`;
  }

  #back = (): void => {
    if (this.stepIndex === 0 || this.completed || this.isDisabled) return;
    this.invalid = false;
    void this.#go(this.stepIndex - 1);
  };

  /** The current question, drawn by its kind's module. */
  #renderQuestion(question: Question, disabled: boolean): TemplateResult {
    const t = this.localize;
    const { description } = question;
    const invalid = this.invalid;
    return loadedKind(question.kind)!.render({
      host: this,
      question,
      answer: this.answers[question.id],
      disabled,
      invalid,
      localize: t,
      label: html`${question.text}${
        question.optional
          ? html` <span part="optional" class="optional">(${t.term('surveyOptional')})</span>`
          : nothing
      }`,
      description: description
        ? html`<p part="description" id="description" class="description">${description}</p>`
        : nothing,
      describedBy: (...more) =>
        [description && 'description', ...more, invalid && 'error'].filter(Boolean).join(' '),
      set: (answer) => this.#answer(question, answer),
      next: () => void this.#next(),
    });
  }
}
