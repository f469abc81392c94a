import type { Catalog } from '../internal/localize.js';
import en from './locales/en.js';

/** tp-ces's built-in strings (the survey's ces questions use the labels too). */
export interface CesStrings {
  cesQuestion: string;
  /** Score labels; the 5-point scale leaves out the "somewhat" ones. */
  cesVeryDifficult: string;
  cesDifficult: string;
  cesSomewhatDifficult: string;
  cesNeutral: string;
  cesSomewhatEasy: string;
  cesEasy: string;
  cesVeryEasy: string;
}

export const cesStrings: Catalog<CesStrings> = {
  en,
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
};
