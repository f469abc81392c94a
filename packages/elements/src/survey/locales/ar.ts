import type { SurveyStrings } from '../survey.strings.js';

/** tp-survey: Arabic, loaded when an element shows in ar. */
const ar: SurveyStrings = {
  surveyBack: 'رجوع',
  surveyProgress: '{current} من {total}',
  surveyProgressLabel: 'التقدم في الاستبيان',
  surveyRequired: 'يرجى الإجابة عن هذا السؤال.',
  surveyOptional: 'اختياري',
  surveyChooseAll: 'اختر كل ما ينطبق.',
};

export default ar;
