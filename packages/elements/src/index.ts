/**
 * @touchpoint/elements: component classes and types, without registering any tag. To register,
 * import a define module: `import '@touchpoint/elements/define/tp-nps.js'`.
 */
export { TpNps, COMMENT_MAX_LENGTH, type NpsStep, type Theme } from './nps/nps.js';
// tp-csat, tp-ces
export { TpCsat } from './csat/csat.js';
export type { CsatPoints, CsatScale, CsatVariant } from './csat/csat-scale.js';
export { TpCes } from './ces/ces.js';
export type { CesScale } from './ces/ces-scale.js';
export { RatingSurvey, type RatingStep } from './internal/rating-survey.js';
// tp-feedback
export { TpFeedback, type FeedbackStatus } from './feedback/feedback.js';
export type { FeedbackCategory, CategoriesInput } from './feedback/categories.js';
// tp-survey
export { TpSurvey, DEFAULT_CLOSE_DELAY } from './survey/survey.js';
export type { SurveyMode, SurveyPosition } from './survey/display.js';
export type { Answer, Answers } from './survey/question.js';
export { FormControl, type ValidityReport } from './internal/form-control.js';
export { registerStrings, setDefaultLocale, type Strings } from './internal/localize.js';
export type {
  DismissDetail,
  DismissReason,
  ResponseDetail,
  ResponseType,
  ShowDetail,
  TpDismissEvent,
  TpShowEvent,
  TpSubmitEvent,
} from './internal/events.js';
