import type { Strings } from '../localize.js';

export const fr: Strings = {
  npsQuestion:
    'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue\u202f?',
  npsLowLabel: 'Pas du tout probable',
  npsHighLabel: 'Extrêmement probable',
  npsFollowUp: 'Quelle est la principale raison de votre note\u202f?',
  next: 'Suivant',
  submit: 'Envoyer',
  skip: 'Passer',
  close: 'Fermer',
  thankYou: 'Merci pour votre avis\u202f!',
  valueMissing: 'Veuillez choisir une note.',
  characterCount: '{count}/{max} caractères',
};
