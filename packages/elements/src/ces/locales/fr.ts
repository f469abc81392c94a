import type { CesStrings } from '../ces.strings.js';

/** tp-ces: French, loaded when an element shows in fr. */
const fr: CesStrings = {
  cesQuestion: 'Dans quelle mesure a-t-il été facile d’obtenir ce dont vous aviez besoin ?',
  cesVeryDifficult: 'Très difficile',
  cesDifficult: 'Difficile',
  cesSomewhatDifficult: 'Plutôt difficile',
  cesNeutral: 'Ni facile ni difficile',
  cesSomewhatEasy: 'Plutôt facile',
  cesEasy: 'Facile',
  cesVeryEasy: 'Très facile',
};

export default fr;
