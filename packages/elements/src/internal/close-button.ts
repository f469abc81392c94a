import { html, type TemplateResult } from 'lit';

/** The × button in a card's corner (rating components, tp-survey); `label` is its accessible name. */
export function closeButton(label: string, onClick: () => void): TemplateResult {
  return html`<button part="close-button" class="close" aria-label=${label} @click=${onClick}>
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <path
        d="M3.5 3.5l9 9m0-9l-9 9"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        fill="none"
      />
    </svg>
  </button>`;
}
