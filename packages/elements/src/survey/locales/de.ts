import type { SurveyStrings } from '../survey.strings.js';

/** tp-survey: German, loaded when an element shows in de. */
const de: SurveyStrings = {
  surveyBack: 'Zurück',
  surveyProgress: '{current} von {total}',
  surveyProgressLabel: 'Fortschritt der Umfrage',
  surveyRequired: 'Bitte beantworten Sie diese Frage.',
  surveyOptional: 'freiwillig',
  surveyChooseAll: 'Wählen Sie alle zutreffenden Antworten aus.',
};

export default de;
