import { css } from 'lit';

/**
 * Styles shared by every component (tp-nps, tp-csat, tp-ces, tp-feedback, tp-survey): design
 * tokens and both themes, the card, the scale (one equal column per option, any count), score
 * buttons, actions, thank-you, close button and the comment field.
 *
 * Themes: every colour is a `light-dark()` pair, picked by the card's `color-scheme`, so one
 * custom property (`--_tp-scheme`) switches the theme and a page's `--tp-*` tokens win in both.
 * Browsers without `light-dark()` (Safari before 17.5) get the light colours from an
 * `@supports not` block beside each pair; theme.test.ts checks that every pair has one.
 */
export const cardStyles = css`
  :host {
    --_tp-primary: var(--tp-color-primary, light-dark(#1d4ed8, #7cb4ff));
    --_tp-on-primary: light-dark(#fff, #0b1220);
    --_tp-surface: var(--tp-color-surface, light-dark(#fff, #1c2128));
    --_tp-text: var(--tp-color-text, light-dark(#1f2328, #e6edf3));
    --_tp-muted: var(--tp-color-muted, light-dark(#59636e, #a5b0bc));
    --_tp-border: var(--tp-color-border, light-dark(#6e7781, #7d8894));
    --_tp-focus: var(--tp-color-focus, light-dark(#1d4ed8, #9ecbff));
    --_tp-hover: color-mix(in srgb, var(--_tp-primary) 14%, var(--_tp-surface));
    --_tp-radius: var(--tp-radius, 0.5rem);
    --_tp-space: var(--tp-space, 1rem);
    --_tp-shadow: var(
      --tp-shadow,
      0 1px 3px light-dark(rgb(0 0 0 / 0.12), rgb(0 0 0 / 0.5)),
      0 1px 2px rgb(0 0 0 / 0.08)
    );
    /* Error colour of fields (tp-feedback, tp-survey). */
    --_tp-danger: var(--tp-color-danger, light-dark(#b42318, #ff9d94));
    --_tp-scheme: light;
    display: block;
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_tp-primary: var(--tp-color-primary, #1d4ed8);
      --_tp-on-primary: #fff;
      --_tp-surface: var(--tp-color-surface, #fff);
      --_tp-text: var(--tp-color-text, #1f2328);
      --_tp-muted: var(--tp-color-muted, #59636e);
      --_tp-border: var(--tp-color-border, #6e7781);
      --_tp-focus: var(--tp-color-focus, #1d4ed8);
      --_tp-shadow: var(--tp-shadow, 0 1px 3px rgb(0 0 0 / 0.12), 0 1px 2px rgb(0 0 0 / 0.08));
      --_tp-danger: var(--tp-color-danger, #b42318);
    }
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='dark']) {
    --_tp-scheme: dark;
  }

  /* The used scheme of "light dark" follows prefers-color-scheme. */
  :host([theme='auto']) {
    --_tp-scheme: light dark;
  }

  /* Colours change instantly for users who ask for reduced motion. */
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: 120ms ease-out;
      transition-property: background-color, border-color, color;
    }
  }

  * {
    box-sizing: border-box;
  }

  /*
   * The scheme is set on the card, not the host: a host stylesheet beats :host rules
   * ("* { all: unset }" resets the host's color-scheme), but custom properties survive "all".
   */
  .base {
    color-scheme: var(--_tp-scheme);
    position: relative;
    z-index: var(--tp-z-index, auto);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_tp-space) * 0.75);
    padding: var(--_tp-space);
    border: 1px solid var(--_tp-border);
    border-radius: var(--_tp-radius);
    background: var(--_tp-surface);
    color: var(--_tp-text);
    box-shadow: var(--_tp-shadow);
    font-family: var(--tp-font-family, system-ui, sans-serif);
    font-size: var(--tp-font-size, 1rem);
    line-height: 1.4;
  }

  .dismissible {
    padding-inline-end: calc(var(--_tp-space) + 2rem);
  }

  .question,
  .follow-up,
  .thank-you {
    margin: 0;
    font-weight: 600;
  }

  /* The scale and its labels share one column, so the labels span exactly the scale. */
  .rating {
    display: grid;
    gap: calc(var(--_tp-space) * 0.75);
  }

  .scale {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(1.5rem, 1fr);
    gap: 0.25rem;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  button:disabled,
  textarea:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }

  :focus-visible {
    outline: 2px solid var(--_tp-focus);
    outline-offset: 2px;
  }

  .score,
  .primary,
  .secondary {
    min-block-size: 2.5rem;
    padding: 0.5rem 1rem;
  }

  .score,
  .primary,
  .secondary,
  textarea {
    border: 1px solid var(--_tp-border);
    border-radius: calc(var(--_tp-radius) * 0.75);
    background: var(--_tp-surface);
  }

  .score {
    min-inline-size: 1.5rem;
    padding: 0;
    font-variant-numeric: tabular-nums;
  }

  .score:hover:not(:disabled):not([aria-checked='true']),
  .secondary:hover:not(:disabled),
  .close:hover {
    background: var(--_tp-hover);
  }

  .score[aria-checked='true'],
  .primary {
    border-color: var(--_tp-primary);
    background: var(--_tp-primary);
    color: var(--_tp-on-primary);
    font-weight: 700;
  }

  .labels {
    display: flex;
    justify-content: space-between;
    gap: var(--_tp-space);
    margin-block-start: -0.25rem;
  }

  .labels,
  .counter {
    color: var(--_tp-muted);
    font-size: 0.875em;
  }

  .high-label {
    text-align: end;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .primary {
    font-weight: 600;
  }

  .close {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_tp-muted);
  }

  .close:hover {
    color: var(--_tp-text);
  }

  .close svg {
    inline-size: 1rem;
    block-size: 1rem;
  }

  /* Windows High Contrast drops backgrounds: keep the chosen score visible with a thick border. */
  @media (forced-colors: active) {
    .score[aria-checked='true'] {
      border: 3px solid Highlight;
    }
  }

  /* The comment field (its border is with the buttons'). */
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

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
