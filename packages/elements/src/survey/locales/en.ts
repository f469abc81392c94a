import type { SurveyStrings } from '../survey.strings.js';

/** tp-survey: English, built in (every other language falls back to it). */
const en: SurveyStrings = {
  surveyBack: 'Back',
  surveyProgress: '{current} of {total}',
  surveyProgressLabel: 'Survey progress',
  surveyRequired: 'Please answer this question.',
  surveyOptional: 'optional',
  surveyChooseAll: 'Choose all that apply.',
};

export default en;
