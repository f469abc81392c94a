import { css } from 'lit';

/**
 * What tp-survey adds to the shared rating styles: the popover (positions, safe areas, slide-in,
 * mobile bottom sheet), progress and the error message (each question kind brings its own styles).
 */
export const surveyStyles = css`
  /* Room for the close button beside the first row only, not beside the whole card. */
  .closable > :first-child,
  .closable > .step:first-child > :first-child {
    padding-inline-end: 2rem;
  }

  /* Positions name the screen's sides, so they stay physical in right-to-left pages. */
  .popover {
    position: fixed;
    z-index: var(--tp-z-index, 2147483000);
    inset: auto;
    inline-size: min(var(--tp-survey-width, 24rem), 100vw - 2 * var(--_tp-space));
    max-block-size: calc(100dvh - 2 * var(--_tp-space));
    margin: 0;
    overflow: auto;
    box-shadow: var(--tp-shadow, 0 10px 30px rgb(0 0 0 / 0.2), 0 2px 6px rgb(0 0 0 / 0.12));
    animation: tp-survey-in 200ms ease-out;
    --_tp-slide: 1rem;
  }

  .bottom-right,
  .bottom-left,
  .bottom {
    bottom: max(var(--_tp-space), env(safe-area-inset-bottom));
  }

  .top-right,
  .top-left {
    top: max(var(--_tp-space), env(safe-area-inset-top));
    --_tp-slide: -1rem;
  }

  .bottom-right,
  .top-right {
    right: max(var(--_tp-space), env(safe-area-inset-right));
  }

  .bottom-left,
  .top-left {
    left: max(var(--_tp-space), env(safe-area-inset-left));
  }

  .bottom {
    inset-inline: 0;
    margin-inline: auto;
  }

  .center {
    inset: 0;
    block-size: fit-content;
    margin: auto;
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
      inset: auto 0 0;
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

  .done {
    background: var(--_tp-primary);
  }

  .step {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_tp-space) * 0.75);
  }

  .optional,
  .description {
    color: var(--_tp-muted);
    font-weight: 400;
  }

  .description {
    margin: 0;
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
