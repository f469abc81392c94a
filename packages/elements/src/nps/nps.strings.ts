import type { Catalog } from '../internal/localize.js';
import en from './locales/en.js';

/** tp-nps's built-in strings (the survey's nps questions use the labels too). */
export interface NpsStrings {
  npsQuestion: string;
  npsLowLabel: string;
  npsHighLabel: string;
  npsFollowUp: string;
}

export const npsStrings: Catalog<NpsStrings> = {
  en,
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
};
