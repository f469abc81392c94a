/**
 * Survey events of a Touchpoint instance (`tp.on(type, listener)`), beside the delivery events
 * of `TouchpointEventMap`.
 */
import type { ShowReason } from '../targeting/scheduler.js';
import type { InvalidSurvey } from './validate.js';

export interface SurveyEventMap {
  /**
   * Definitions were loaded and validated (at start, and again when `surveysUrl` is re-read):
   * the ids that can be shown, and whether they came from the offline cache.
   */
  'surveys:loaded': { surveys: string[]; invalid: number; fromCache: boolean };
  /** A definition is invalid and will never be shown; `path: reason` says why. */
  'survey:invalid': InvalidSurvey;
  /** A survey was put on screen, by its trigger or by `tp.show(id)` (`reason: 'show'`). */
  'survey:shown': { surveyId: string; reason: ShowReason };
  /** The survey on screen was answered (its `tp-submit`; the answer goes to the outbox). */
  'survey:answered': { surveyId: string };
  /** The survey on screen was closed without an answer (`tp-dismiss` or `tp.dismiss()`). */
  'survey:dismissed': { surveyId: string };
}
