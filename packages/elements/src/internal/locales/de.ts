import type { Strings } from '../localize.js';

export const de: Strings = {
  npsQuestion:
    'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?',
  npsLowLabel: 'Überhaupt nicht wahrscheinlich',
  npsHighLabel: 'Äußerst wahrscheinlich',
  npsFollowUp: 'Was ist der Hauptgrund für Ihre Bewertung?',
  next: 'Weiter',
  submit: 'Senden',
  skip: 'Überspringen',
  close: 'Schließen',
  thankYou: 'Vielen Dank für Ihr Feedback!',
  valueMissing: 'Bitte wählen Sie eine Bewertung aus.',
  characterCount: '{count}/{max} Zeichen',
};
