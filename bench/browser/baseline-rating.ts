/**
 * Render baseline: a hand-written custom element, no framework, with the same visible structure
 * as <tp-nps>'s first step (question, 11 radio buttons, two labels, a button) and a constructed
 * stylesheet. It bounds what any 0–10 scale element can cost to define and paint.
 */

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; font: 16px/1.4 system-ui, sans-serif; }
  .base { border: 1px solid #ccc; border-radius: 8px; padding: 16px; max-width: 36rem; }
  .scale { display: grid; grid-template-columns: repeat(11, 1fr); gap: 4px; margin: 12px 0; }
  button { min-height: 44px; border: 1px solid #888; border-radius: 6px; background: #fff; }
  .labels { display: flex; justify-content: space-between; font-size: 0.875rem; }
`);

class BenchRating extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const scores = Array.from(
      { length: 11 },
      (_, i) => `<button role="radio" aria-checked="false" tabindex="${i ? -1 : 0}">${i}</button>`,
    ).join('');
    root.innerHTML = `<div class="base" part="base">
      <p id="q">How likely are you to recommend us to a friend or colleague?</p>
      <div class="scale" role="radiogroup" aria-labelledby="q">${scores}</div>
      <div class="labels"><span>Not at all likely</span><span>Extremely likely</span></div>
      <button type="button">Next</button></div>`;
  }
}

if (!customElements.get('bench-rating')) customElements.define('bench-rating', BenchRating);
