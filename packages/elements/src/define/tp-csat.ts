/**
 * Registers `<tp-csat>`. Import it once (`import '@touchpoint/elements/define/tp-csat.js'`); safe to
 * import twice, or after another copy registered the tag.
 */
import type { TpDismissEvent, TpShowEvent, TpSubmitEvent } from '../internal/events.js';
import { TpCsat } from '../csat/csat.js';

if (!customElements.get('tp-csat')) customElements.define('tp-csat', TpCsat);

export { TpCsat };

declare global {
  interface HTMLElementTagNameMap {
    'tp-csat': TpCsat;
  }
  // Shared by every tp-* component; other define files repeat these identical entries.
  interface HTMLElementEventMap {
    'tp-submit': TpSubmitEvent;
    'tp-dismiss': TpDismissEvent;
    'tp-show': TpShowEvent;
  }
}
