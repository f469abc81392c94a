/**
 * Registers `<tp-feedback>`. Import it once (`import '@touchpoint/elements/define/tp-feedback.js'`);
 * safe to import twice, or after another copy registered the tag.
 */
import { TpFeedback } from '../feedback/feedback.js';
import type { TpDismissEvent, TpShowEvent, TpSubmitEvent } from '../internal/events.js';

if (!customElements.get('tp-feedback')) customElements.define('tp-feedback', TpFeedback);

export { TpFeedback };

declare global {
  interface HTMLElementTagNameMap {
    'tp-feedback': TpFeedback;
  }
  // Shared by every tp-* component; other define files repeat these identical entries.
  interface HTMLElementEventMap {
    'tp-submit': TpSubmitEvent;
    'tp-dismiss': TpDismissEvent;
    'tp-show': TpShowEvent;
  }
}
