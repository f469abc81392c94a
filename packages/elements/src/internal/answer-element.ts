import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  buildResponse,
  emit,
  type DismissReason,
  type ResponseType,
  type ShowDetail,
} from './events.js';
import { FormControl } from './form-control.js';
import type { LocalizeController } from './localize.js';
import { PageExitController } from './page-exit.js';

/**
 * Longest comment or text answer accepted: the wire format's limit (`LIMITS.commentLength` in
 * @touchpoint/core). tp-nps's follow-up, tp-feedback's message and a survey's text question.
 */
export const COMMENT_MAX_LENGTH = 5000;

/** Colour scheme: `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * Base class of every component that gives one answer (tp-nps, tp-csat, tp-ces, tp-feedback,
 * tp-survey): the behaviour they share, written once. It lives with the rating components in the
 * script tag's shared chunk, so tp-feedback and tp-survey reuse it at no extra download.
 *
 * - The first render waits for the built-in strings of the locale in effect (no English flash).
 * - `tp-show` on the first render; `tp-dismiss` from Escape (when {@link closable}), a close
 *   button or a Cancel button; every event names `{ type, surveyId? }` ({@link identity}).
 * - Leaving the page, or removal, calls {@link completeEarly}: what the user gave is kept.
 * - The common attributes: `survey-id`, `locale`, `thank-you`, `submit-label`, `theme`.
 */
export abstract class AnswerElement extends FormControl {
  static override properties: PropertyDeclarations = {
    surveyId: { attribute: 'survey-id' },
    locale: {},
    thankYou: { attribute: 'thank-you' },
    submitLabel: { attribute: 'submit-label' },
    theme: { reflect: true },
  };

  /** Survey id copied into the response (`surveyId`). */
  declare surveyId?: string;

  /** Text of the thank-you state. Default (en): "Thank you for your feedback!" */
  declare thankYou?: string;

  /** Label of the Submit button. */
  declare submitLabel?: string;

  /** `light` (default), `dark` or `auto` (follows `prefers-color-scheme`). */
  declare theme?: Theme;

  /** Strings of the component: its own catalogue, e.g. `new LocalizeController(this, [csatStrings])`. */
  protected abstract readonly localize: LocalizeController;

  /** The response `type` (SPEC §5). */
  protected abstract readonly responseType: ResponseType;

  constructor() {
    super();
    new PageExitController(this, () => this.completeEarly());
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.isComposing && this.closable?.()) {
        event.preventDefault();
        this.dismiss('escape');
      }
    });
  }

  /** Whether Escape dismisses now (components without it never close by Escape). */
  protected closable?(): boolean;

  /** The user is leaving before finishing: submit what they gave, if anything (once). */
  protected abstract completeEarly(): void;

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }

  // LitElement's own firstUpdated does nothing: no super call to make.
  protected override firstUpdated(): void {
    emit(this, 'tp-show', this.identity());
  }

  /** `{ type, surveyId? }`: who is asking, in every event. */
  protected identity(surveyId = this.surveyId): ShowDetail {
    return buildResponse({ type: this.responseType, surveyId });
  }

  /** The user closes it: what was given is kept (see {@link completeEarly}), then `tp-dismiss`. */
  protected dismiss(reason: DismissReason): void {
    this.completeEarly();
    emit(this, 'tp-dismiss', { ...this.identity(), reason });
  }

  /** The × button in the card's corner; `label` is its accessible name (default: built in). */
  protected closeButton(label?: string): TemplateResult {
    return html`<button
      part="close-button"
      class="close"
      aria-label=${label || this.localize.term('close')}
      @click=${() => this.dismiss('close-button')}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path
          d="M3.5 3.5l9 9m0-9l-9 9"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
          fill="none"
        />
      </svg>
    </button>`;
  }

  /** The thank-you message (focusable, announced): `thank-you`, else `fallback`, else built in. */
  protected thankYouMessage(fallback?: string): TemplateResult {
    return html`<p part="thank-you" id="thank-you" class="thank-you" role="status" tabindex="-1">
      ${this.thankYou || fallback || this.localize.term('thankYou')}
    </p>`;
  }
}
