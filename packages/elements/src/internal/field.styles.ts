import { css } from 'lit';

/**
 * The comment field under a card (cardStyles has its borders and the Skip button's). The rating
 * components and tp-survey get them with `ratingStyles`.
 */
export const fieldStyles = css`
  /* Error colour of fields (tp-feedback, tp-survey). */
  :host {
    --_tp-danger: var(--tp-color-danger, light-dark(#b42318, #ff9d94));
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_tp-danger: var(--tp-color-danger, #b42318);
    }
  }

  textarea {
    inline-size: 100%;
    min-block-size: 5rem;
    padding: 0.5rem;
    color: var(--_tp-text);
    font: inherit;
    resize: vertical;
  }

  .counter {
    margin-block-start: -0.5rem;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
