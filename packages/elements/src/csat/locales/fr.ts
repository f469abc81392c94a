import type { CsatStrings } from '../csat.strings.js';

/** tp-csat: French, loaded when an element shows in fr. */
const fr: CsatStrings = {
  csatQuestion: 'Dans quelle mesure êtes-vous satisfait de votre expérience ?',
  csatVeryDissatisfied: 'Très insatisfait',
  csatDissatisfied: 'Insatisfait',
  csatSomewhatDissatisfied: 'Plutôt insatisfait',
  csatNeutral: 'Ni satisfait ni insatisfait',
  csatSomewhatSatisfied: 'Plutôt satisfait',
  csatSatisfied: 'Satisfait',
  csatVerySatisfied: 'Très satisfait',
};

export default fr;
