import type { Catalog } from './localize.js';
import en from './locales/en.js';

/** Strings every component shares (buttons, thank-you, validation, counter). */
export interface CommonStrings {
  next: string;
  submit: string;
  skip: string;
  close: string;
  thankYou: string;
  /** Validation message when a required scale has no answer. */
  valueMissing: string;
  /** Character counter under a text area: `{count}`, `{max}`. */
  characterCount: string;
  /** Comment question after a CSAT or CES score. */
  ratingFollowUp: string;
}

/** Every {@link LocalizeController} includes these. */
export const commonStrings: Catalog<CommonStrings> = {
  en,
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
};
