import { css } from 'lit';

/** What tp-csat adds to the shared rating styles: pictured options (stars, faces, thumbs). */
export const csatStyles = css`
  :host {
    --_tp-star: var(--tp-color-star, light-dark(#b45309, #f5b83d));
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_tp-star: var(--tp-color-star, #b45309);
    }
  }

  /* Pictures keep their size instead of stretching across the card. */
  .rating:has(> .icons) {
    justify-content: start;
  }

  .icons {
    grid-auto-columns: minmax(2rem, 3rem);
    justify-content: space-between;
  }

  .icon {
    display: block;
    margin: auto;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .eye {
    fill: currentColor;
    stroke: none;
  }

  .down {
    transform: rotate(180deg);
  }

  /* Stars show the choice by filling, not by a button background. */
  .stars .score,
  .stars .score:hover:not(:disabled) {
    border-color: transparent;
    background: transparent;
    color: var(--_tp-star);
  }

  /* Hovering previews a rating: fill up to the hovered star (in DOM order, so RTL follows). */
  .star.filled,
  .stars:not([aria-disabled='true']):has(.score:hover) .star {
    fill: currentColor;
  }

  .stars:not([aria-disabled='true']) .score:hover ~ .score .star {
    fill: none;
  }
`;
