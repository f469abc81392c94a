/**
 * Templates of a rating scale shared by the rating components and tp-survey's rating questions,
 * so both draw options and labels the same way (and ship the markup once).
 */
import { html, type TemplateResult } from 'lit';

/** What one option shows and how it behaves. */
export interface RatingOption {
  /** The score, in the locale's digits. */
  number: string;
  /** Words after the number ("Satisfied"); `''` for none. */
  label: string;
  checked: boolean;
  /** The roving tab stop (see RatingGroupController). */
  tabIndex: 0 | -1;
  disabled: boolean;
  /** Picture shown instead of the number (decorative: the accessible name keeps the number). */
  glyph?: TemplateResult;
  /** Extra part names after `score-button` (`promoter`). */
  parts?: string;
}

/** One radio. Its accessible name starts with the number: "4", "4 – Satisfied" (SPEC §2). */
export function ratingOption({
  number,
  label,
  checked,
  tabIndex,
  disabled,
  glyph,
  parts,
}: RatingOption): TemplateResult {
  // With a glyph, the number is only in the hidden text; without one, it is the visible text.
  // No type="button" here or on the other buttons: a shadow root holds no form to submit.
  return html`<button
    role="radio"
    class="score"
    part="score-button${parts ? ` ${parts}` : ''}${checked ? ' selected' : ''}"
    aria-checked=${checked}
    tabindex=${tabIndex}
    ?disabled=${disabled}
  >
    ${glyph ?? number}<span class="visually-hidden"
      >${glyph ? number : ''}${label ? ` – ${label}` : ''}</span
    >
  </button>`;
}

/** The row under a scale naming its ends (hidden from AT: the options carry the names). */
export function ratingLabels(low: string, high: string): TemplateResult {
  return html`<div part="labels" class="labels" aria-hidden="true">
    <span part="low-label">${low}</span>
    <span part="high-label" class="high-label">${high}</span>
  </div>`;
}
