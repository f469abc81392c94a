import type { CesStrings } from '../ces.strings.js';

/** tp-ces: English, built in (every other language falls back to it). */
const en: CesStrings = {
  cesQuestion: 'How easy was it to get what you needed?',
  cesVeryDifficult: 'Very difficult',
  cesDifficult: 'Difficult',
  cesSomewhatDifficult: 'Somewhat difficult',
  cesNeutral: 'Neither easy nor difficult',
  cesSomewhatEasy: 'Somewhat easy',
  cesEasy: 'Easy',
  cesVeryEasy: 'Very easy',
};

export default en;
