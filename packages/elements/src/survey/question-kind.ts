/**
 * The contract between tp-survey and its question kinds (kinds/*.ts): the element keeps the
 * lifecycle and state, a kind module draws one step. Types only.
 */
import type { Question } from '@touchpoint/core/survey';
import type { CSSResult, nothing, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Catalog, LocalizeController, Strings } from '../internal/localize.js';
import type { Answer } from './question.js';

/** What a kind's template gets from the element for the step showing. */
export interface StepView {
  /** The survey element: a kind may add controllers to it (the rating scale's keys). */
  host: ReactiveControllerHost & HTMLElement;
  question: Question;
  answer: Answer | undefined;
  disabled: boolean;
  /** The required-answer error is showing (element id `error`). */
  invalid: boolean;
  localize: LocalizeController;
  /** The question text and its "(optional)" marker, for the kind's own label element. */
  label: TemplateResult;
  /** The description paragraph (id `description`), or nothing. */
  description: TemplateResult | typeof nothing;
  /** `aria-describedby`: the description, then `more`, then the error; `''` for none. */
  describedBy(...more: string[]): string;
  /** The user answered. */
  set(answer: Answer): void;
  /** The user confirmed the answer (Enter or Space on a rating option): the next step. */
  next(): void;
}

/** A question kind module. */
export interface QuestionKind {
  render(view: StepView): TemplateResult;
  /** What its template needs beyond tp-survey's styles; adopted once the kind has loaded. */
  styles?: CSSResult;
  /** Its built-in strings (English inline, translations loaded with the survey's locale). */
  strings?: ReadonlyArray<Catalog<Partial<Strings>>>;
}
