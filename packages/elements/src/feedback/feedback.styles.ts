import { css } from 'lit';

/**
 * What tp-feedback adds to the shared styles (cardStyles: the card, and the comment field,
 * whose rules style the message and give `--_tp-danger`): the email field and checkbox, category
 * chips (score buttons, pill-shaped, in an `.actions` row), inline errors, the error summary and
 * the failure banner.
 */
export const feedbackStyles = css`
  /* Fields sit in the card's gap: pull each one closer to its label (the counter and field
     errors closer to their field, as the field styles do for the counter). */
  .label {
    margin-block-end: -0.25rem;
    font-weight: 600;
  }

  .chip {
    padding-inline: 0.875rem;
    border-radius: 999px;
  }

  /* The card styles give it the look of a secondary button: border, background, size. */
  #email {
    color: inherit;
    font: inherit;
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

  .field-error {
    margin-block-start: -0.5rem;
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
