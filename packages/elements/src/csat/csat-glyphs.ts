/**
 * Decorative pictures of tp-csat options, drawn as SVG so their look never depends on an emoji
 * font. Each is `aria-hidden`: the option's accessible name carries the meaning ("3 – Neutral").
 * They stroke and fill with `currentColor`, so themes and forced colours apply.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { ScoreRange } from '../internal/score.js';
import { scalePosition } from './csat-scale.js';

/**
 * Mouth of a face at `position` 0 (lowest score: frown) … 1 (highest: smile), as an SVG path in a
 * 24×24 box: a quadratic curve whose bend goes from up to down, kept vertically centred.
 */
export function mouthPath(position: number): string {
  const bend = (Math.min(Math.max(position, 0), 1) * 2 - 1) * 4;
  const round = (n: number) => Number(n.toFixed(2));
  const y = round(15.5 - bend * 0.375);
  return `M8 ${y}Q12 ${round(y + bend)} 16 ${y}`;
}

const icon = (className: string, content: TemplateResult) =>
  html`<svg
    class="icon ${className}"
    part="icon"
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
  >
    ${content}
  </svg>`;

/** A five-pointed star; `filled` up to the chosen one (the hover preview is CSS only). */
export function star(filled: boolean): TemplateResult {
  return icon(
    filled ? 'star filled' : 'star',
    svg`<path d="M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z"/>`,
  );
}

/** A face whose mouth goes from a frown (0) to a smile (1). */
export function face(position: number): TemplateResult {
  return icon(
    'face',
    svg`<circle cx="12" cy="12" r="9.5"/><circle class="eye" cx="9" cy="9.5" r="1.2"/><circle class="eye" cx="15" cy="9.5" r="1.2"/><path d=${mouthPath(position)}/>`,
  );
}

/** A thumb pointing up, or down (the same drawing turned over). */
export function thumb(up: boolean): TemplateResult {
  return icon(
    up ? 'thumb' : 'thumb down',
    svg`<path d="M7 10.5v10H3.5v-10zM7 10.5l3.6-7.2a2.2 2.2 0 0 1 3.9 1.8L13.6 9h5.6a2 2 0 0 1 2 2.3l-1.3 7.5a2 2 0 0 1-2 1.7H7"/>`,
  );
}

/**
 * The picture of `score` in a CSAT `variant` (tp-csat's and a survey's csat question's): stars
 * filled up to `chosen`, a face from frown to smile across `range`, thumbs down then up; none for
 * `numbers`.
 */
export function csatGlyph(
  variant: string,
  score: number,
  range: ScoreRange,
  chosen: unknown,
): TemplateResult | undefined {
  switch (variant) {
    case 'stars':
      return star(typeof chosen === 'number' && score <= chosen);
    case 'emoji':
      return face(scalePosition(score, range));
    case 'thumbs':
      return thumb(score === range.max);
    default:
      return undefined;
  }
}
