import type { Catalog } from '../internal/localize.js';
import en from './locales/en.js';

/** tp-csat's built-in strings (the survey's csat questions use the labels too). */
export interface CsatStrings {
  csatQuestion: string;
  /** Score labels; a scale of n uses n of them (2: dissatisfied/satisfied … 7: all). */
  csatVeryDissatisfied: string;
  csatDissatisfied: string;
  csatSomewhatDissatisfied: string;
  csatNeutral: string;
  csatSomewhatSatisfied: string;
  csatSatisfied: string;
  csatVerySatisfied: string;
}

export const csatStrings: Catalog<CsatStrings> = {
  en,
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
};
