import type { CommonStrings } from '../common.strings.js';

/** Strings every component shares: German, loaded when an element shows in de. */
const de: CommonStrings = {
  next: 'Weiter',
  submit: 'Senden',
  skip: 'Überspringen',
  close: 'Schließen',
  thankYou: 'Vielen Dank für Ihr Feedback!',
  valueMissing: 'Bitte wählen Sie eine Bewertung aus.',
  characterCount: '{count}/{max} Zeichen',
  ratingFollowUp: 'Was ist der wichtigste Grund für Ihre Bewertung?',
  npsQuestion:
    'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?',
  npsLowLabel: 'Überhaupt nicht wahrscheinlich',
  npsHighLabel: 'Äußerst wahrscheinlich',
  npsFollowUp: 'Was ist der Hauptgrund für Ihre Bewertung?',
};

export default de;
