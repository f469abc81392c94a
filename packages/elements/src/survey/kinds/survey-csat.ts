/**
 * `csat` questions: the rating scale with tp-csat's wording and, in the `stars`, `emoji` and
 * `thumbs` variants, its pictures. Loaded only by surveys that ask one (see ../kinds.ts).
 */
import type { TemplateResult } from 'lit';
import { face, star, thumb } from '../../csat/csat-glyphs.js';
import { csatLabelKey, scalePosition, type CsatPoints } from '../../csat/csat-scale.js';
import { csatStrings } from '../../csat/csat.strings.js';
import { csatStyles } from '../../csat/csat.styles.js';
import type { StepView } from '../question-kind.js';
import { ratingRange } from '../question.js';
import { renderScale, type TermOf } from './survey-scale.js';

/** Scales tp-csat has wording for; other sizes are numbers only. */
const WORDED = new Set<number>([2, 3, 5, 7]);

export const csatTerm: TermOf = (question, score) => {
  const points = ratingRange(question)!.max;
  return WORDED.has(points) ? csatLabelKey(points as CsatPoints, score) : null;
};

export const strings = [csatStrings];
export const styles = csatStyles;

export function render(view: StepView): TemplateResult {
  const { answer } = view;
  const range = ratingRange(view.question)!;
  const variant = view.question.variant ?? 'numbers';
  return renderScale(view, csatTerm, variant, (score) =>
    variant === 'stars'
      ? star(typeof answer === 'number' && score <= answer)
      : variant === 'emoji'
        ? face(scalePosition(score, range))
        : variant === 'thumbs'
          ? thumb(score === range.max)
          : undefined,
  );
}
