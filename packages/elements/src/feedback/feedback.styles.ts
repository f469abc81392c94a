import { css } from 'lit';

/**
 * What tp-feedback adds to the shared card styles (internal/rating.styles.ts): category chips,
 * the email field and checkbox, inline errors, the error summary and the failure banner.
 */
export const feedbackStyles = css`
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend,
  .label {
    margin-block-end: 0.25rem;
    padding: 0;
    font-weight: 600;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-block-size: 2.5rem;
    padding-inline: 0.875rem;
    border: 1px solid var(--_tp-border);
    border-radius: 999px;
    background: var(--_tp-surface);
    cursor: pointer;
    transition:
      background-color var(--_tp-transition),
      border-color var(--_tp-transition);
  }

  .chip:hover {
    background: var(--_tp-hover);
  }

  /* The native radio keeps its semantics and keyboard behaviour; the chip is its visible face. */
  .chip input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }

  .chip:has(:checked) {
    border-color: var(--_tp-primary);
    background: var(--_tp-primary);
    color: var(--_tp-on-primary);
    font-weight: 600;
  }

  .chip:has(:focus-visible) {
    outline: 2px solid var(--_tp-focus);
    outline-offset: 2px;
  }

  .chip:has(:disabled) {
    cursor: not-allowed;
    opacity: 0.55;
  }

  input[type='email'] {
    min-block-size: 2.5rem;
    padding: 0.5rem;
    border: 1px solid var(--_tp-border);
    border-radius: calc(var(--_tp-radius) * 0.75);
    background: var(--_tp-surface);
    color: var(--_tp-text);
    font: inherit;
  }

  [aria-invalid='true'] {
    border-color: var(--_tp-danger);
    box-shadow: inset 0 0 0 1px var(--_tp-danger);
  }

  input:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }

  .counter.near-limit {
    color: var(--_tp-text);
    font-weight: 600;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 1.5rem;
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

  .summary,
  .failure {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_tp-danger);
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

  @media (forced-colors: active) {
    .chip:has(:checked) {
      border: 3px solid Highlight;
    }
  }
`;
