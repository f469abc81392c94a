import { css } from 'lit';

/**
 * What tp-feedback adds to the shared card styles (internal/card.styles.ts): the fields (message,
 * email, checkbox), category chips (score buttons, pill-shaped), inline errors, the error summary
 * and the failure banner. The rating components' comment-field styles (field.styles.ts) are not
 * used: tp-feedback styles its own fields.
 */
export const feedbackStyles = css`
  :host {
    --_tp-danger: var(--tp-color-danger, light-dark(#b42318, #ff9d94));
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_tp-danger: var(--tp-color-danger, #b42318);
    }
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .label {
    margin-block-end: 0.25rem;
    font-weight: 600;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .chip {
    padding-inline: 0.875rem;
    border-radius: 999px;
  }

  textarea,
  #email {
    padding: 0.5rem;
    color: inherit;
    font: inherit;
  }

  textarea {
    min-block-size: 5rem;
    resize: vertical;
  }

  /* The card styles give textarea its border and background. */
  #email {
    min-block-size: 2.5rem;
    border: 1px solid var(--_tp-border);
    border-radius: calc(var(--_tp-radius) * 0.75);
    background: var(--_tp-surface);
  }

  .counter {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  #email:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }

  [aria-invalid='true'] {
    border-color: var(--_tp-danger);
    box-shadow: inset 0 0 0 1px var(--_tp-danger);
  }

  .near-limit {
    color: var(--_tp-text);
    font-weight: 600;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    cursor: pointer;
  }

  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_tp-primary);
  }

  .field-error,
  .summary,
  .failure {
    margin: 0;
    color: var(--_tp-danger);
    font-size: 0.875em;
    font-weight: 600;
  }

  /* The border takes the text's (danger) colour. */
  .summary,
  .failure {
    padding: 0.5rem 0.75rem;
    border: 1px solid;
    border-inline-start-width: 4px;
    border-radius: calc(var(--_tp-radius) * 0.75);
  }

  .summary ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    font-weight: 400;
  }

  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
`;
