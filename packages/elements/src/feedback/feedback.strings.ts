import type { Catalog } from '../internal/localize.js';
import en from './locales/en.js';

/** tp-feedback's built-in strings. */
export interface FeedbackStrings {
  /** Label of the category choice. */
  feedbackCategoryLabel: string;
  feedbackCategoryBug: string;
  feedbackCategoryIdea: string;
  feedbackCategoryQuestion: string;
  feedbackCategoryOther: string;
  /** Label of the message field. */
  feedbackMessageLabel: string;
  /** Label of the email field with `require-email`. */
  feedbackEmailLabel: string;
  /** Label of the email field when it is optional. */
  feedbackEmailOptionalLabel: string;
  /** Checkbox: send the page address with the message. */
  feedbackIncludePage: string;
  feedbackCancel: string;
  /** Submit button while a connected SDK or host is storing the message. */
  feedbackSending: string;
  /** Heading of the list of problems shown after a submit attempt. */
  feedbackErrorSummary: string;
  feedbackMessageMissing: string;
  /** `{max}`: the limit, localized. */
  feedbackMessageTooLong: string;
  feedbackEmailMissing: string;
  feedbackEmailInvalid: string;
  /** Default text of `showError()`. */
  feedbackSendFailed: string;
  /** Announced to screen readers near the limit: `{count}`. */
  feedbackCharactersLeft: string;
}

export const feedbackStrings: Catalog<FeedbackStrings> = {
  en,
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
};
