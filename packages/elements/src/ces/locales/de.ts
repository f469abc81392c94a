import type { CesStrings } from '../ces.strings.js';

/** tp-ces: German, loaded when an element shows in de. */
const de: CesStrings = {
  cesQuestion: 'Wie einfach war es, das zu bekommen, was Sie brauchten?',
  cesVeryDifficult: 'Sehr schwierig',
  cesDifficult: 'Schwierig',
  cesSomewhatDifficult: 'Eher schwierig',
  cesNeutral: 'Weder einfach noch schwierig',
  cesSomewhatEasy: 'Eher einfach',
  cesEasy: 'Einfach',
  cesVeryEasy: 'Sehr einfach',
};

export default de;
