import { css } from 'lit';

/**
 * Dark defaults, shared by `theme="dark"` and `theme="auto"` under a dark colour scheme. Only the
 * private `--_tp-*` values change, so a page's `--tp-*` tokens still win in both themes.
 */
const dark = css`
  --_tp-primary: var(--tp-color-primary, #7cb4ff);
  --_tp-on-primary: #0b1220;
  --_tp-surface: var(--tp-color-surface, #1c2128);
  --_tp-text: var(--tp-color-text, #e6edf3);
  --_tp-muted: var(--tp-color-muted, #a5b0bc);
  --_tp-border: var(--tp-color-border, #7d8894);
  --_tp-focus: var(--tp-color-focus, #9ecbff);
  --_tp-star: var(--tp-color-star, #f5b83d);
  --_tp-danger: var(--tp-color-danger, #ff9d94);
  --_tp-hover: color-mix(in srgb, var(--_tp-primary) 18%, var(--_tp-surface));
  --_tp-shadow: var(--tp-shadow, 0 1px 3px rgb(0 0 0 / 0.5));
  --_tp-scheme: dark;
  color-scheme: dark;
`;

/**
 * Styles shared by every component (tp-nps, tp-csat, tp-ces, tp-feedback, tp-survey): design
 * tokens and both themes (all of them here, so light and dark stay in step), the card, the scale
 * (one equal column per option, any count), score buttons, the follow-up field, actions,
 * thank-you and close button. Components add only what they draw beyond that.
 */
export const ratingStyles = css`
  :host {
    --_tp-primary: var(--tp-color-primary, #1d4ed8);
    --_tp-on-primary: #ffffff;
    --_tp-surface: var(--tp-color-surface, #ffffff);
    --_tp-text: var(--tp-color-text, #1f2328);
    --_tp-muted: var(--tp-color-muted, #59636e);
    --_tp-border: var(--tp-color-border, #6e7781);
    --_tp-focus: var(--tp-color-focus, #1d4ed8);
    --_tp-star: var(--tp-color-star, #b45309);
    --_tp-danger: var(--tp-color-danger, #b42318);
    --_tp-hover: color-mix(in srgb, var(--_tp-primary) 10%, var(--_tp-surface));
    --_tp-radius: var(--tp-radius, 0.5rem);
    --_tp-space: var(--tp-space, 1rem);
    --_tp-shadow: var(--tp-shadow, 0 1px 3px rgb(0 0 0 / 0.12), 0 1px 2px rgb(0 0 0 / 0.08));
    --_tp-transition: 120ms ease-out;
    --_tp-scheme: light;
    display: block;
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_tp-transition: 0s;
    }
  }

  * {
    box-sizing: border-box;
  }

  /*
   * Again on the card: a host stylesheet beats :host rules ("* { all: unset }" resets the host's
   * color-scheme), but custom properties survive "all", so native controls stay dark in dark.
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
    font-family: var(--tp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--tp-font-size, 1rem);
    line-height: 1.4;
  }

  .dismissible {
    padding-inline-end: calc(var(--_tp-space) + 2rem);
  }

  .question,
  .follow-up {
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
    transition:
      background-color var(--_tp-transition),
      border-color var(--_tp-transition),
      color var(--_tp-transition);
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

  .score {
    min-inline-size: 1.5rem;
    min-block-size: 2.5rem;
    padding: 0;
    border: 1px solid var(--_tp-border);
    border-radius: calc(var(--_tp-radius) * 0.75);
    background: var(--_tp-surface);
    font-variant-numeric: tabular-nums;
  }

  .score:hover:not(:disabled):not([aria-checked='true']) {
    background: var(--_tp-hover);
  }

  .score[aria-checked='true'] {
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

  .primary,
  .secondary {
    min-block-size: 2.5rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid var(--_tp-primary);
    border-radius: calc(var(--_tp-radius) * 0.75);
  }

  .primary {
    background: var(--_tp-primary);
    color: var(--_tp-on-primary);
    font-weight: 600;
  }

  .secondary {
    border-color: var(--_tp-border);
    background: var(--_tp-surface);
  }

  .secondary:hover:not(:disabled) {
    background: var(--_tp-hover);
  }

  textarea {
    inline-size: 100%;
    min-block-size: 5rem;
    padding: 0.5rem;
    border: 1px solid var(--_tp-border);
    border-radius: calc(var(--_tp-radius) * 0.75);
    background: var(--_tp-surface);
    color: var(--_tp-text);
    font: inherit;
    resize: vertical;
  }

  .counter {
    margin-block-start: -0.5rem;
    color: var(--_tp-muted);
    font-size: 0.875em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .thank-you {
    margin: 0;
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
    background: var(--_tp-hover);
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

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
