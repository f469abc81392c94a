/**
 * `csat` questions: the rating scale with tp-csat's wording and, in the `stars`, `emoji` and
 * `thumbs` variants, its pictures. Loaded only by surveys that ask one (see ../kinds.ts).
 */
import type { TemplateResult } from 'lit';
import { csatGlyph } from '../../csat/csat-glyphs.js';
import { csatLabelKey } from '../../csat/csat-scale.js';
import { csatStrings } from '../../csat/csat.strings.js';
import { csatStyles } from '../../csat/csat.styles.js';
import type { StepView } from '../question-kind.js';
import { ratingRange } from '../question.js';
import { renderScale, type TermOf } from './survey-scale.js';

/** tp-csat's wording for its scale sizes; other sizes are numbers only. */
export const csatTerm: TermOf = (question, score) =>
  csatLabelKey(ratingRange(question)!.max, score) ?? null;

export const strings = [csatStrings];
export const styles = csatStyles;

export function render(view: StepView): TemplateResult {
  const range = ratingRange(view.question)!;
  const variant = view.question.variant ?? 'numbers';
  return renderScale(view, csatTerm, variant, (score) =>
    csatGlyph(variant, score, range, view.answer),
  );
}
