/**
 * The rating scale of `nps` and `rating` questions, also drawn by the `csat` and `ces` kinds: a
 * radio group whose options are named by number first (SPEC §2), with tp-nps's keyboard
 * behaviour. Loaded only by surveys with a rating question (see ../kinds.ts).
 */
import type { Question } from '@touchpoint/core/survey';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../internal/localize.js';
import { RatingGroupController } from '../../internal/rating-group.js';
import { ratingLabels, ratingOption } from '../../internal/rating-option.js';
import { npsLabelKey, scoresOf } from '../../internal/score.js';
import type { StepView } from '../question-kind.js';
import { ratingRange } from '../question.js';

/** The built-in string naming `score` of `question` (after its number), if there is one. */
export type TermOf = (question: Question, score: number) => keyof Strings | null | undefined;

/** nps names its ends with tp-nps's words; `rating` has only the definition's labels. */
export const npsTerm: TermOf = (question, score) =>
  question.kind === 'nps' ? (npsLabelKey(score) ?? null) : null;

/**
 * Words after the number in an option's name ("4 – Satisfied"), `''` for none: the definition's
 * `lowLabel`/`highLabel` at the ends win, then the kind's built-in string.
 */
export function ratingLabel(
  question: Question,
  score: number,
  term: (key: keyof Strings) => string,
  termOf: TermOf,
): string {
  const range = ratingRange(question);
  if (!range) return '';
  if (score === range.min && question.lowLabel) return question.lowLabel;
  if (score === range.max && question.highLabel) return question.highLabel;
  const key = termOf(question, score);
  return key ? term(key) : '';
}

/**
 * One rating group per survey, made with its first rating step. It listens on the host and acts
 * on the radios showing, through the view of the latest render.
 */
const groups = new WeakMap<HTMLElement, { view: StepView; group: RatingGroupController }>();

function groupOf(view: StepView): RatingGroupController {
  const { host } = view;
  let entry = groups.get(host);
  if (!entry) {
    const current = { view } as { view: StepView; group: RatingGroupController };
    const min = () => ratingRange(current.view.question)?.min ?? 0;
    current.group = new RatingGroupController(host, {
      selectedIndex: () =>
        typeof current.view.answer === 'number' ? current.view.answer - min() : -1,
      select: (index) => current.view.set(min() + index),
      commit: () => current.view.next(),
      disabled: () => current.view.disabled,
    });
    groups.set(host, (entry = current));
  }
  entry.view = view;
  return entry.group;
}

/**
 * The scale of a rating question. `variant` (csat) draws `glyph`s instead of numbers; thumbs
 * need no end labels.
 */
export function renderScale(
  view: StepView,
  termOf: TermOf,
  variant = 'numbers',
  glyph?: (score: number) => TemplateResult | undefined,
): TemplateResult {
  const { question, localize: t, answer, disabled } = view;
  const range = ratingRange(question)!;
  const label = (score: number) => ratingLabel(question, score, (key) => t.term(key), termOf);
  const low = label(range.min);
  const high = label(range.max);
  const group = groupOf(view);
  return html`
    <div part="question" id="question" class="question">${view.label}</div>
    ${view.description}
    <div
      part="scale"
      class=${variant === 'numbers' ? 'scale' : `scale icons ${variant}`}
      role="radiogroup"
      aria-labelledby="question"
      aria-describedby=${view.describedBy() || nothing}
      aria-required=${String(!question.optional)}
      aria-invalid=${String(view.invalid)}
      aria-disabled=${String(disabled)}
    >
      ${scoresOf(range).map((score, index, scores) =>
        ratingOption(
          t.number(score),
          label(score),
          score === answer,
          group.tabIndexFor(index, scores.length),
          disabled,
          glyph?.(score),
        ),
      )}
    </div>
    ${(low || high) && variant !== 'thumbs' ? ratingLabels(low, high) : nothing}
  `;
}

/** `nps` (0–10) and `rating` (1–`scale`) questions. */
export const render = (view: StepView): TemplateResult => renderScale(view, npsTerm);
