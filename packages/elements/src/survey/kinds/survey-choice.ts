/**
 * `single` and `multi` questions: native radios or checkboxes in a fieldset, so the browser
 * supplies the keys. Loaded only by surveys that ask one (see ../kinds.ts).
 */
import type { Question } from '@touchpoint/core/survey';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { StepView } from '../question-kind.js';
import type { Answer } from '../question.js';

/**
 * Adds or removes `id` in a multiple-choice answer, keeping the order of `choices` so the same
 * selection always reports the same list.
 */
export function toggleChoice(question: Question, answer: Answer | undefined, id: string): string[] {
  const chosen = new Set(Array.isArray(answer) ? answer : []);
  if (!chosen.delete(id)) chosen.add(id);
  return (question.choices ?? []).map((choice) => choice.id).filter((c) => chosen.has(c));
}

export const styles = css`
  .choices {
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    margin-block-end: 0.5rem;
    padding: 0;
  }

  .hint {
    margin: 0;
    color: var(--_tp-muted);
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.5rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_tp-border);
    border-radius: calc(var(--_tp-radius) * 0.75);
    cursor: pointer;
  }

  .choice:hover {
    background: var(--_tp-hover);
  }

  .choice:has(:checked) {
    border-color: var(--_tp-primary);
  }

  .choice input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_tp-primary);
  }

  :disabled .choice {
    cursor: not-allowed;
    opacity: 0.55;
  }
`;

export function render(view: StepView): TemplateResult {
  const { question, answer } = view;
  const multi = question.kind === 'multi';
  const chosen = (id: string) =>
    multi ? Array.isArray(answer) && answer.includes(id) : answer === id;
  return html`<fieldset
    part="choices"
    class="choices"
    aria-describedby=${view.describedBy(multi ? 'hint' : '') || nothing}
    aria-invalid=${String(view.invalid)}
    ?disabled=${view.disabled}
  >
    <legend part="question" id="question" class="question">${view.label}</legend>
    ${view.description}
    ${
      multi
        ? html`<p part="hint" id="hint" class="hint">${view.localize.term('surveyChooseAll')}</p>`
        : nothing
    }
    ${question.choices!.map(
      ({ id, label }) =>
        html`<label part=${chosen(id) ? 'choice selected' : 'choice'} class="choice">
          <input
            part=${multi ? 'checkbox' : 'radio'}
            type=${multi ? 'checkbox' : 'radio'}
            name="choice"
            value=${id}
            .checked=${chosen(id)}
            @change=${() => view.set(multi ? toggleChoice(question, answer, id) : id)}
          />
          <span>${label}</span>
        </label>`,
    )}
  </fieldset>`;
}
