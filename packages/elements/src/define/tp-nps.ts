/**
 * Registers `<tp-nps>`. The only module of the package with a side effect: import it once
 * (`import '@touchpoint/elements/define/tp-nps.js'`). Safe to import twice, or after another copy
 * registered the tag.
 */
import type { TpDismissEvent, TpShowEvent, TpSubmitEvent } from '../internal/events.js';
import { TpNps } from '../nps/nps.js';

if (!customElements.get('tp-nps')) customElements.define('tp-nps', TpNps);

export { TpNps };

declare global {
  interface HTMLElementTagNameMap {
    'tp-nps': TpNps;
  }
  // Shared by every tp-* component; other define files repeat these identical entries.
  interface HTMLElementEventMap {
    'tp-submit': TpSubmitEvent;
    'tp-dismiss': TpDismissEvent;
    'tp-show': TpShowEvent;
  }
}
