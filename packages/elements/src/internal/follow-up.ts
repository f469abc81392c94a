/**
 * The follow-up step of the rating components: the comment field, its counter, Submit and Skip.
 */
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from './localize.js';
import { COMMENT_MAX_LENGTH } from './rating-survey.js';

/** What the step shows and whom it tells. */
export interface FollowUpStep {
  t: LocalizeController;
  /** The comment question. */
  label: string;
  comment: string;
  disabled: boolean;
  submitLabel?: string | undefined;
  skipLabel?: string | undefined;
  /** The user typed: the comment so far. */
  input(comment: string): void;
  /** Submit (with the comment) or Skip (without). */
  done(comment?: string): void;
}

export function followUpStep(step: FollowUpStep): TemplateResult {
  const { t, comment, disabled } = step;
  return html`
    <label part="follow-up" class="follow-up" for="comment">${step.label}</label>
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
        step.input((event.target as HTMLTextAreaElement).value);
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
        type="button"
        ?disabled=${disabled}
        @click=${() => step.done(comment)}
      >
        ${step.submitLabel || t.term('submit')}
      </button>
      <button
        part="skip-button"
        class="secondary"
        type="button"
        ?disabled=${disabled}
        @click=${() => step.done()}
      >
        ${step.skipLabel || t.term('skip')}
      </button>
    </div>
  `;
}
