import type { CsatStrings } from '../csat.strings.js';

/** tp-csat: Spanish, loaded when an element shows in es. */
const es: CsatStrings = {
  csatQuestion: '¿Qué tan satisfecho está con su experiencia?',
  csatVeryDissatisfied: 'Muy insatisfecho',
  csatDissatisfied: 'Insatisfecho',
  csatSomewhatDissatisfied: 'Algo insatisfecho',
  csatNeutral: 'Ni satisfecho ni insatisfecho',
  csatSomewhatSatisfied: 'Algo satisfecho',
  csatSatisfied: 'Satisfecho',
  csatVerySatisfied: 'Muy satisfecho',
};

export default es;
