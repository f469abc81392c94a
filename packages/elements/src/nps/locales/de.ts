import type { NpsStrings } from '../nps.strings.js';

/** tp-nps: German, loaded when an element shows in de. */
const de: NpsStrings = {
  npsQuestion:
    'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?',
  npsLowLabel: 'Überhaupt nicht wahrscheinlich',
  npsHighLabel: 'Äußerst wahrscheinlich',
  npsFollowUp: 'Was ist der Hauptgrund für Ihre Bewertung?',
};

export default de;
