/**
 * Templates of a rating scale shared by the rating components and tp-survey's rating questions,
 * so both draw options and labels the same way (and ship the markup once).
 */
import { html, type TemplateResult } from 'lit';

/**
 * One radio. Its accessible name starts with the number: "4", "4 – Satisfied" (SPEC §2).
 * Positional parameters rather than one object of named options: the names would ship twice in
 * the shared chunk and again in tp-survey's scale (≈ 40 B gzip on an NPS page).
 * @param number The score, in the locale's digits.
 * @param label Words after the number ("Satisfied"); `''` for none.
 * @param tabIndex The roving tab stop (see RatingGroupController).
 * @param glyph Picture shown instead of the number (decorative: the accessible name keeps the
 *   number).
 * @param parts Extra part names after `score-button` (`promoter`).
 */
export function ratingOption(
  number: string,
  label: string,
  checked: boolean,
  tabIndex: 0 | -1,
  disabled: boolean,
  glyph?: TemplateResult,
  parts?: string,
): TemplateResult {
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
