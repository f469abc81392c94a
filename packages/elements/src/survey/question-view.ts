/**
 * Templates of one survey step, per question kind. Stateless: the element passes its state and
 * callbacks in, so tp-survey.ts keeps the lifecycle and these keep the markup.
 */
import type { Question } from '@touchpoint/core/survey';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import { face, star, thumb } from '../csat/csat-glyphs.js';
import { scalePosition } from '../csat/csat-scale.js';
import { ratingLabels, ratingOption } from '../internal/rating-option.js';
import { scoresOf, type ScoreRange } from '../internal/score.js';
import { ratingRange, TEXT_MAX_LENGTH, type Answer } from './question.js';
import { ratingLabel } from './rating-labels.js';

/** What a step template needs from the element. */
export interface QuestionView {
  question: Question;
  answer: Answer | undefined;
  disabled: boolean;
  /** The required-answer error is showing (element id `error`). */
  invalid: boolean;
  localize: LocalizeController;
  /** Roving tabindex of rating option `index` (the shared rating-group controller). */
  tabIndexFor(index: number): 0 | -1;
  /** The user answered a single-choice or text question. */
  setAnswer(answer: string): void;
  /** The user ticked or unticked a multiple-choice option. */
  toggle(choiceId: string): void;
}

/** ids of the step's description and error, for `aria-describedby`. */
function describedBy(view: QuestionView, ...more: string[]): string {
  return [view.question.description ? 'description' : '', ...more, view.invalid ? 'error' : '']
    .filter(Boolean)
    .join(' ');
}

function questionText(view: QuestionView): TemplateResult {
  return html`${view.question.text}${
    view.question.optional
      ? html` <span part="optional" class="optional"
          >(${view.localize.term('surveyOptional')})</span
        >`
      : nothing
  }`;
}

function description(view: QuestionView): TemplateResult | typeof nothing {
  return view.question.description
    ? html`<p part="description" id="description" class="description">
        ${view.question.description}
      </p>`
    : nothing;
}

/**
 * The picture of a csat option in the `stars`, `emoji` or `thumbs` variant (tp-csat's drawings),
 * or undefined for numbers.
 */
function glyph(
  question: Question,
  range: ScoreRange,
  score: number,
  answer: Answer | undefined,
): TemplateResult | undefined {
  if (question.kind !== 'csat') return undefined;
  switch (question.variant) {
    case 'stars':
      return star(typeof answer === 'number' && score <= answer);
    case 'emoji':
      return face(scalePosition(score, range));
    case 'thumbs':
      return thumb(score === range.max);
    default:
      return undefined;
  }
}

/** nps, csat, ces, rating: a radio group of options named by number first (SPEC §2). */
function renderRating(view: QuestionView): TemplateResult {
  const { question, localize: t } = view;
  const range = ratingRange(question)!;
  const label = (score: number) => ratingLabel(question, score, (key) => t.term(key));
  const low = label(range.min);
  const high = label(range.max);
  const variant = question.kind === 'csat' ? (question.variant ?? 'numbers') : 'numbers';
  return html`
    <div part="question" id="question" class="question">${questionText(view)}</div>
    ${description(view)}
    <div
      part="scale"
      class=${variant === 'numbers' ? 'scale' : `scale icons ${variant}`}
      role="radiogroup"
      aria-labelledby="question"
      aria-describedby=${describedBy(view) || nothing}
      aria-required=${question.optional ? 'false' : 'true'}
      aria-invalid=${view.invalid ? 'true' : 'false'}
      aria-disabled=${view.disabled ? 'true' : 'false'}
    >
      ${scoresOf(range).map((score, index) =>
        ratingOption({
          number: t.number(score),
          label: label(score),
          checked: score === view.answer,
          tabIndex: view.tabIndexFor(index),
          disabled: view.disabled,
          glyph: glyph(question, range, score, view.answer),
        }),
      )}
    </div>
    ${(low || high) && variant !== 'thumbs' ? ratingLabels(low, high) : nothing}
  `;
}

/** single, multi: native radios or checkboxes in a fieldset, so the browser supplies the keys. */
function renderChoices(view: QuestionView): TemplateResult {
  const { question, localize: t } = view;
  const multi = question.kind === 'multi';
  const chosen = (id: string) =>
    multi ? Array.isArray(view.answer) && view.answer.includes(id) : view.answer === id;
  return html`<fieldset
    part="choices"
    class="choices"
    aria-describedby=${describedBy(view, multi ? 'hint' : '') || nothing}
    aria-invalid=${view.invalid ? 'true' : 'false'}
    ?disabled=${view.disabled}
  >
    <legend part="question" id="question" class="question">${questionText(view)}</legend>
    ${description(view)}
    ${multi ? html`<p part="hint" id="hint" class="hint">${t.term('surveyChooseAll')}</p>` : nothing}
    ${(question.choices ?? []).map(
      (choice) =>
        html`<label part=${chosen(choice.id) ? 'choice selected' : 'choice'} class="choice">
          <input
            part=${multi ? 'checkbox' : 'radio'}
            type=${multi ? 'checkbox' : 'radio'}
            name="choice"
            value=${choice.id}
            .checked=${chosen(choice.id)}
            @change=${() => (multi ? view.toggle(choice.id) : view.setAnswer(choice.id))}
          />
          <span>${choice.label}</span>
        </label>`,
    )}
  </fieldset>`;
}

/** text: a textarea with a character counter. */
function renderText(view: QuestionView): TemplateResult {
  const { question, localize: t } = view;
  const max = question.maxLength ?? TEXT_MAX_LENGTH;
  const text = typeof view.answer === 'string' ? view.answer : '';
  return html`
    <label part="question" id="question" class="question" for="text">${questionText(view)}</label>
    ${description(view)}
    <textarea
      part="textarea"
      id="text"
      rows="3"
      maxlength=${max}
      placeholder=${question.placeholder || nothing}
      aria-describedby=${describedBy(view, 'counter')}
      aria-required=${question.optional ? 'false' : 'true'}
      aria-invalid=${view.invalid ? 'true' : 'false'}
      .value=${text}
      ?disabled=${view.disabled}
      @input=${(event: Event) => view.setAnswer((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <div part="counter" id="counter" class="counter">
      ${t.term('characterCount', { count: t.number(text.length), max: t.number(max) })}
    </div>
  `;
}

/** The step's question, by kind. */
export function renderQuestion(view: QuestionView): TemplateResult {
  switch (view.question.kind) {
    case 'single':
    case 'multi':
      return renderChoices(view);
    case 'text':
      return renderText(view);
    default:
      return renderRating(view);
  }
}
