/**
 * Registers `<tp-ces>`. Import it once (`import '@touchpoint/elements/define/tp-ces.js'`); safe to
 * import twice, or after another copy registered the tag.
 */
import type { TpDismissEvent, TpShowEvent, TpSubmitEvent } from '../internal/events.js';
import { TpCes } from '../ces/ces.js';

if (!customElements.get('tp-ces')) customElements.define('tp-ces', TpCes);

export { TpCes };

declare global {
  interface HTMLElementTagNameMap {
    'tp-ces': TpCes;
  }
  // Shared by every tp-* component; other define files repeat these identical entries.
  interface HTMLElementEventMap {
    'tp-submit': TpSubmitEvent;
    'tp-dismiss': TpDismissEvent;
    'tp-show': TpShowEvent;
  }
}
