import type { Catalog } from './localize.js';
import en from './locales/en.js';

/**
 * Strings every component shares (buttons, thank-you, validation, counter), and the NPS wording:
 * tp-nps and tp-survey's nps questions both use it, and with the shared strings it comes in the
 * chunk every component loads, with no catalogue (and, in other languages, no request) of its own.
 */
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
  npsQuestion: string;
  /** Name of score 0 of an NPS scale, after its number. */
  npsLowLabel: string;
  /** Name of score 10 of an NPS scale, after its number. */
  npsHighLabel: string;
  /** tp-nps's comment question. */
  npsFollowUp: string;
}

/** Every {@link LocalizeController} includes these. */
export const commonStrings: Catalog<CommonStrings> = {
  en,
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
};
