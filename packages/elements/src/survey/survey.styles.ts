import { css } from 'lit';

/**
 * What tp-survey adds to the shared rating styles: the popover (positions, safe areas, slide-in,
 * mobile bottom sheet), progress, choice lists and the error message.
 */
export const surveyStyles = css`
  :host {
    --_tp-edge: var(--_tp-space);
  }

  /* Room for the close button beside the first row only, not beside the whole card. */
  .base.dismissible {
    padding-inline-end: var(--_tp-space);
  }

  .dismissible > :first-child,
  .dismissible > .step:first-child > :first-child {
    padding-inline-end: 2rem;
  }

  .popover {
    position: fixed;
    z-index: var(--tp-z-index, 2147483000);
    inset: auto;
    inline-size: min(var(--tp-survey-width, 24rem), calc(100vw - 2 * var(--_tp-edge)));
    max-block-size: calc(100dvh - 2 * var(--_tp-edge));
    margin: 0;
    overflow: auto;
    box-shadow: var(--tp-shadow, 0 10px 30px rgb(0 0 0 / 0.2), 0 2px 6px rgb(0 0 0 / 0.12));
    animation: tp-survey-in 200ms ease-out;
    --_tp-slide: 1rem;
  }

  .bottom-right,
  .bottom-left,
  .bottom {
    inset-block-end: max(var(--_tp-edge), env(safe-area-inset-bottom));
  }

  .top-right,
  .top-left {
    inset-block-start: max(var(--_tp-edge), env(safe-area-inset-top));
    --_tp-slide: -1rem;
  }

  /* Positions name the screen's sides, so they stay physical in right-to-left pages. */
  .bottom-right,
  .top-right {
    right: max(var(--_tp-edge), env(safe-area-inset-right));
  }

  .bottom-left,
  .top-left {
    left: max(var(--_tp-edge), env(safe-area-inset-left));
  }

  .bottom,
  .center {
    left: 0;
    right: 0;
    margin-inline: auto;
  }

  .center {
    top: 0;
    bottom: 0;
    block-size: fit-content;
    margin-block: auto;
    --_tp-slide: 0;
  }

  @keyframes tp-survey-in {
    from {
      opacity: 0;
      translate: 0 var(--_tp-slide);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .popover {
      animation: none;
    }
  }

  /* Small screens: a bottom sheet across the full width, clear of the home indicator. */
  @media (max-width: 479.98px) {
    .popover {
      inset: auto 0 0 0;
      inline-size: 100%;
      max-block-size: 85dvh;
      margin: 0;
      border-end-start-radius: 0;
      border-end-end-radius: 0;
      padding-block-end: calc(var(--_tp-space) + env(safe-area-inset-bottom));
      --_tp-slide: 1rem;
    }

    .scale {
      gap: 2px;
    }
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .progress {
    display: grid;
    gap: 0.25rem;
    color: var(--_tp-muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .track {
    display: flex;
    gap: 2px;
  }

  .segment {
    flex: 1;
    block-size: 0.25rem;
    border-radius: 0.125rem;
    background: color-mix(in srgb, var(--_tp-border) 35%, var(--_tp-surface));
  }

  .segment.done {
    background: var(--_tp-primary);
  }

  .step {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_tp-space) * 0.75);
  }

  .optional,
  .description,
  .hint {
    color: var(--_tp-muted);
    font-weight: 400;
  }

  .description,
  .hint {
    margin: 0;
  }

  .choices {
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .choices legend {
    margin-block-end: 0.5rem;
    padding: 0;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.5rem;
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_tp-border);
    border-radius: calc(var(--_tp-radius) * 0.75);
    cursor: pointer;
  }

  .choice:hover {
    background: var(--_tp-hover);
  }

  .choice:has(input:checked) {
    border-color: var(--_tp-primary);
  }

  .choice input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_tp-primary);
  }

  .choices:disabled .choice {
    cursor: not-allowed;
    opacity: 0.55;
  }

  .error {
    margin: 0;
    color: var(--_tp-danger);
    font-weight: 600;
  }

  .next {
    margin-inline-start: auto;
  }
`;
