/**
 * `text` questions: a text area with a character counter. Loaded only by surveys that ask one
 * (see ../kinds.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { COMMENT_MAX_LENGTH } from '../../internal/answer-element.js';
import type { StepView } from '../question-kind.js';

export function render(view: StepView): TemplateResult {
  const { question, localize: t } = view;
  // Without a `maxLength`, the wire format's limit.
  const max = question.maxLength ?? COMMENT_MAX_LENGTH;
  const text = typeof view.answer === 'string' ? view.answer : '';
  return html`
    <label part="question" id="question" class="question" for="text">${view.label}</label>
    ${view.description}
    <textarea
      part="textarea"
      id="text"
      rows="3"
      maxlength=${max}
      placeholder=${question.placeholder || nothing}
      aria-describedby=${view.describedBy('counter')}
      aria-required=${String(!question.optional)}
      aria-invalid=${String(view.invalid)}
      .value=${text}
      ?disabled=${view.disabled}
      @input=${(event: Event) => view.set((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <div part="counter" id="counter" class="counter">
      ${t.term('characterCount', { count: t.number(text.length), max: t.number(max) })}
    </div>
  `;
}
