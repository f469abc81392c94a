import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { LocalizeController, type Strings } from '../internal/localize.js';
import { RatingSurvey, type RatingTerms } from '../internal/rating-survey.js';
import { cardStyles } from '../internal/card.styles.js';
import type { ScoreRange } from '../internal/score.js';
import { csatGlyph } from './csat-glyphs.js';
import {
  CSAT_WIDEST,
  csatLabelKey,
  csatPoints,
  csatVariant,
  isCsatScale,
  isCsatVariant,
  type CsatPoints,
  type CsatScale,
  type CsatVariant,
} from './csat-scale.js';
import { csatStrings } from './csat.strings.js';
import { csatStyles } from './csat.styles.js';

/**
 * Customer satisfaction question: a 1–5 scale (also 1–3 or 1–7) drawn as numbers, stars, faces or
 * thumbs (down = 1, up = 2), then an optional follow-up comment, then a thank-you.
 *
 * One answer produces exactly one `tp-submit`: when the user submits or skips the comment, or —
 * if the user picked a score — when the page is hidden, the element is removed, or it is
 * dismissed before that (the score and any comment typed so far are kept). A `value` set by
 * markup or code alone is not recorded on leaving. On removal the event is dispatched on the
 * detached element, so it reaches listeners on the element itself only.
 *
 * Every option is a radio whose accessible name starts with its number ("4 – Satisfied"); stars,
 * faces and thumbs are decorative SVG.
 *
 * @summary Asks "How satisfied are you?" on a 1–5 (3, 7, or thumbs) scale, then why.
 *
 * @attr variant - `numbers` (default), `stars`, `emoji` (faces) or `thumbs` (a 2-point scale).
 * @attr scale - Number of points: `3`, `5` (default) or `7`. Ignored by `thumbs`.
 * @attr question - The question. Default (en): "How satisfied are you with your experience?"
 * @attr low-label - Label of 1. Default (en, 5 points): "Very dissatisfied".
 * @attr high-label - Label of the highest score. Default (en, 5 points): "Very satisfied".
 * @attr follow-up - The comment question. Default (en): "What is the main reason for your rating?"
 * @attr no-follow-up - Skips the comment step: choosing a score and confirming completes.
 * @attr survey-id - Survey id copied into the response (`surveyId`).
 * @attr name - Form field name the score is submitted under.
 * @attr value - The score, `1` to the number of points; empty for none. Setting it never fires `input`/`change`.
 * @attr required - A form containing it is invalid until a score is chosen.
 * @attr disabled - Disables the component; its value is then not submitted.
 * @attr locale - BCP 47 language tag (built in: en, de, fr, es, ar). Default: the document's `lang`.
 * @attr thank-you - Text of the thank-you state. Default (en): "Thank you for your feedback!"
 * @attr submit-label - Label of the Submit button.
 * @attr skip-label - Label of the Skip button.
 * @attr next-label - Label of the Next button.
 * @attr close-label - Accessible name of the close button.
 * @attr dismissible - Renders a close button; Escape inside the component dismisses.
 * @attr theme - `light` (default), `dark` or `auto` (follows `prefers-color-scheme`).
 *
 * @fires input - The user chose a score (not fired when `value` is set from code).
 * @fires change - The user chose a score (not fired when `value` is set from code).
 * @fires {TpSubmitEvent} tp-submit - The answer is complete. Detail: `{ type: 'csat', surveyId?, score, comment?, data: { scale, variant } }`.
 * @fires {TpShowEvent} tp-show - First rendered while connected (once). Detail: `{ type: 'csat', surveyId? }`.
 * @fires {TpDismissEvent} tp-dismiss - Close button or Escape (with `dismissible`). Detail: `{ type, surveyId?, reason }`.
 *
 * @csspart base - Outer wrapper (the card).
 * @csspart question - The question text.
 * @csspart scale - The radio group holding the options.
 * @csspart score-button - Each option.
 * @csspart selected - The chosen option (`::part(score-button selected)`).
 * @csspart icon - The star, face or thumb inside an option (SVG).
 * @csspart labels - Row holding the low and high labels (not with `thumbs`).
 * @csspart low-label - Label under the lowest score.
 * @csspart high-label - Label under the highest score.
 * @csspart next-button - Button completing the score step.
 * @csspart follow-up - Label of the comment field.
 * @csspart textarea - The comment field.
 * @csspart counter - Character counter under the comment field.
 * @csspart submit-button - Submits the comment.
 * @csspart skip-button - Completes without a comment.
 * @csspart thank-you - Thank-you message.
 * @csspart close-button - Close button (with `dismissible`).
 *
 * @cssprop [--tp-color-primary=#1d4ed8] - Accent: selected option, primary buttons (dark theme: #7cb4ff).
 * @cssprop [--tp-color-star=#b45309] - Stars, outline and fill (dark theme: #f5b83d).
 * @cssprop [--tp-color-surface=#ffffff] - Card background (dark theme: #1c2128).
 * @cssprop [--tp-color-text=#1f2328] - Text colour, faces and thumbs (dark theme: #e6edf3).
 * @cssprop [--tp-color-muted=#59636e] - Secondary text: scale labels, counter (dark theme: #a5b0bc).
 * @cssprop [--tp-color-border=#6e7781] - Borders of the card, buttons and field (dark theme: #7d8894).
 * @cssprop [--tp-color-focus=#1d4ed8] - Focus ring (dark theme: #9ecbff).
 * @cssprop [--tp-radius=0.5rem] - Corner radius of the card (controls use 3/4 of it).
 * @cssprop [--tp-font-family=system-ui] - Font stack.
 * @cssprop [--tp-font-size=1rem] - Base font size.
 * @cssprop [--tp-space=1rem] - Padding and spacing unit.
 * @cssprop --tp-shadow - Card shadow.
 * @cssprop [--tp-z-index=auto] - Stacking order of the card.
 */
export class TpCsat extends RatingSurvey {
  static override styles = [cardStyles, csatStyles];

  static override properties: PropertyDeclarations = {
    variant: {},
    scale: { type: Number },
  };

  /** `numbers` (default), `stars`, `emoji` (faces) or `thumbs` (a 2-point scale). */
  variant: CsatVariant = 'numbers';

  /** Number of points: 3, 5 (default) or 7. Ignored by `thumbs`. */
  scale: CsatScale = 5;

  protected readonly responseType = 'csat';
  protected readonly localize = new LocalizeController(this, [csatStrings]);
  protected readonly terms: RatingTerms = { question: 'csatQuestion', followUp: 'ratingFollowUp' };

  /** Points of the scale in effect (2 for thumbs). */
  get points(): CsatPoints {
    return csatPoints(this.variant, this.scale);
  }

  protected get range(): ScoreRange {
    return { min: 1, max: this.points };
  }

  protected override readonly widestRange = CSAT_WIDEST;

  protected labelKey(score: number): keyof Strings | undefined {
    return csatLabelKey(this.points, score);
  }

  protected override optionGlyph(score: number): TemplateResult | undefined {
    return csatGlyph(csatVariant(this.variant), score, this.range, this.score);
  }

  protected override scaleClass(): string {
    const variant = csatVariant(this.variant);
    return variant === 'numbers' ? '' : `icons ${variant}`;
  }

  protected override showLabels(): boolean {
    return csatVariant(this.variant) !== 'thumbs';
  }

  protected override responseData(): Record<string, unknown> {
    return { scale: this.points, variant: csatVariant(this.variant) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant') && !isCsatVariant(this.variant)) {
      console.warn(
        `tp-csat: ignoring variant "${String(this.variant)}"; expected numbers, stars, emoji or thumbs`,
      );
    }
    if (changed.has('scale') && !isCsatScale(this.scale)) {
      console.warn(`tp-csat: ignoring scale "${String(this.scale)}"; expected 3, 5 or 7`);
    }
    super.willUpdate(changed);
  }
}
