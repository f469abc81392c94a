import type { Catalog } from '../internal/localize.js';
import en from './locales/en.js';

/** tp-survey's own built-in strings (its rating labels are tp-nps's, tp-csat's and tp-ces's). */
export interface SurveyStrings {
  /** Back button of a multi-step survey. */
  surveyBack: string;
  /** Progress of a survey: `{current}`, `{total}` (localized numbers), e.g. "2 of 3". */
  surveyProgress: string;
  /** Accessible name of the survey's progress bar. */
  surveyProgressLabel: string;
  /** Shown and announced when Next is pressed on an unanswered required question. */
  surveyRequired: string;
  /** Marker after an optional question, shown in parentheses. */
  surveyOptional: string;
  /** Hint under a multiple-choice question. */
  surveyChooseAll: string;
}

export const surveyStrings: Catalog<SurveyStrings> = {
  en,
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
};
