import { RatingSurvey, type RatingStep, type RatingTerms } from '../internal/rating-survey.js';
import { LocalizeController, type Strings } from '../internal/localize.js';
import { cardStyles } from '../internal/card.styles.js';
import { NPS_RANGE, npsCategory, npsLabelKey, type ScoreRange } from '../internal/score.js';

export { COMMENT_MAX_LENGTH, type Theme } from '../internal/rating-survey.js';

/** The screens of tp-nps, in order. */
export type NpsStep = RatingStep;

/**
 * Net Promoter Score question: a 0–10 scale, then an optional follow-up comment, then a thank-you.
 *
 * One answer produces exactly one `tp-submit`: when the user submits or skips the comment, or —
 * if the user picked a score — when the page is hidden, the element is removed, or it is
 * dismissed before that (the score and any comment typed so far are kept). A `value` set by
 * markup or code alone is not recorded on leaving. On removal the event is
 * dispatched on the detached element, so it reaches listeners on the element itself only.
 *
 * @summary Asks "How likely are you to recommend us?" on a 0–10 scale, then why.
 *
 * @attr question - The question. Default (en): "How likely are you to recommend us to a friend or colleague?"
 * @attr low-label - Label of 0. Default (en): "Not at all likely".
 * @attr high-label - Label of 10. Default (en): "Extremely likely".
 * @attr follow-up - The comment question. Default (en): "What is the main reason for your score?"
 * @attr no-follow-up - Skips the comment step: choosing a score and confirming completes.
 * @attr survey-id - Survey id copied into the response (`surveyId`).
 * @attr name - Form field name the score is submitted under.
 * @attr value - The score, `0`–`10`; empty for none. Setting it never fires `input`/`change`.
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
 * @fires {TpSubmitEvent} tp-submit - The answer is complete. Detail: `{ type: 'nps', surveyId?, score, comment? }`.
 * @fires {TpShowEvent} tp-show - First rendered while connected (once). Detail: `{ type: 'nps', surveyId? }`.
 * @fires {TpDismissEvent} tp-dismiss - Close button or Escape (with `dismissible`). Detail: `{ type, surveyId?, reason }`.
 *
 * @csspart base - Outer wrapper (the card).
 * @csspart question - The question text.
 * @csspart scale - The radio group holding the 11 score buttons.
 * @csspart score-button - Each score button; also carries `detractor`, `passive` or `promoter`.
 * @csspart selected - The chosen score button (`::part(score-button selected)`).
 * @csspart detractor - Score buttons 0–6.
 * @csspart passive - Score buttons 7–8.
 * @csspart promoter - Score buttons 9–10.
 * @csspart labels - Row holding the low and high labels.
 * @csspart low-label - Label under 0.
 * @csspart high-label - Label under 10.
 * @csspart next-button - Button completing the score step.
 * @csspart follow-up - Label of the comment field.
 * @csspart textarea - The comment field.
 * @csspart counter - Character counter under the comment field.
 * @csspart submit-button - Submits the comment.
 * @csspart skip-button - Completes without a comment.
 * @csspart thank-you - Thank-you message.
 * @csspart close-button - Close button (with `dismissible`).
 *
 * @cssprop [--tp-color-primary=#1d4ed8] - Accent: selected score, primary buttons (dark theme: #7cb4ff).
 * @cssprop [--tp-color-surface=#ffffff] - Card background (dark theme: #1c2128).
 * @cssprop [--tp-color-text=#1f2328] - Text colour (dark theme: #e6edf3).
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
export class TpNps extends RatingSurvey {
  static override styles = cardStyles;

  protected readonly responseType = 'nps';
  // The NPS wording is among the shared strings (tp-survey's nps questions use it too).
  protected readonly localize = new LocalizeController(this, []);
  protected readonly terms: RatingTerms = { question: 'npsQuestion', followUp: 'npsFollowUp' };

  protected get range(): ScoreRange {
    return NPS_RANGE;
  }

  /** Only the ends are labelled: "0 – Not at all likely", "9", "10 – Extremely likely". */
  protected labelKey(score: number): keyof Strings | undefined {
    return npsLabelKey(score);
  }

  protected override optionParts(score: number): string {
    return npsCategory(score);
  }
}
