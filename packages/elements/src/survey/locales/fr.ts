import type { SurveyStrings } from '../survey.strings.js';

/** tp-survey: French, loaded when an element shows in fr. */
const fr: SurveyStrings = {
  surveyBack: 'Retour',
  surveyProgress: '{current} sur {total}',
  surveyProgressLabel: 'Progression de l’enquête',
  surveyRequired: 'Veuillez répondre à cette question.',
  surveyOptional: 'facultatif',
  surveyChooseAll: 'Choisissez toutes les réponses qui conviennent.',
};

export default fr;
