import type { SurveyStrings } from '../survey.strings.js';

/** tp-survey: Spanish, loaded when an element shows in es. */
const es: SurveyStrings = {
  surveyBack: 'Atrás',
  surveyProgress: '{current} de {total}',
  surveyProgressLabel: 'Progreso de la encuesta',
  surveyRequired: 'Responda a esta pregunta.',
  surveyOptional: 'opcional',
  surveyChooseAll: 'Elija todas las opciones que correspondan.',
};

export default es;
