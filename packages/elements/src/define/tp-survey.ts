/**
 * Registers `<tp-survey>`. The only module of the survey with a side effect: import it once
 * (`import '@touchpoint/elements/define/tp-survey.js'`). Safe to import twice, or after another
 * copy registered the tag.
 */
import type { TpDismissEvent, TpShowEvent, TpSubmitEvent } from '../internal/events.js';
import { TpSurvey } from '../survey/survey.js';

if (!customElements.get('tp-survey')) customElements.define('tp-survey', TpSurvey);

export { TpSurvey };

declare global {
  interface HTMLElementTagNameMap {
    'tp-survey': TpSurvey;
  }
  // Shared by every tp-* component; other define files repeat these identical entries.
  interface HTMLElementEventMap {
    'tp-submit': TpSubmitEvent;
    'tp-dismiss': TpDismissEvent;
    'tp-show': TpShowEvent;
  }
}
