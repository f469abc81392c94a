import type { CsatStrings } from '../csat.strings.js';

/** tp-csat: German, loaded when an element shows in de. */
const de: CsatStrings = {
  csatQuestion: 'Wie zufrieden sind Sie mit Ihrer Erfahrung?',
  csatVeryDissatisfied: 'Sehr unzufrieden',
  csatDissatisfied: 'Unzufrieden',
  csatSomewhatDissatisfied: 'Eher unzufrieden',
  csatNeutral: 'Weder zufrieden noch unzufrieden',
  csatSomewhatSatisfied: 'Eher zufrieden',
  csatSatisfied: 'Zufrieden',
  csatVerySatisfied: 'Sehr zufrieden',
};

export default de;
