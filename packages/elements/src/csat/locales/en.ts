import type { CsatStrings } from '../csat.strings.js';

/** tp-csat: English, built in (every other language falls back to it). */
const en: CsatStrings = {
  csatQuestion: 'How satisfied are you with your experience?',
  csatVeryDissatisfied: 'Very dissatisfied',
  csatDissatisfied: 'Dissatisfied',
  csatSomewhatDissatisfied: 'Somewhat dissatisfied',
  csatNeutral: 'Neutral',
  csatSomewhatSatisfied: 'Somewhat satisfied',
  csatSatisfied: 'Satisfied',
  csatVerySatisfied: 'Very satisfied',
};

export default en;
