import type { CommonStrings } from '../common.strings.js';

/** Strings every component shares: French, loaded when an element shows in fr. */
const fr: CommonStrings = {
  next: 'Suivant',
  submit: 'Envoyer',
  skip: 'Passer',
  close: 'Fermer',
  thankYou: 'Merci pour votre avis !',
  valueMissing: 'Veuillez choisir une note.',
  characterCount: '{count}/{max} caractères',
  ratingFollowUp: 'Quelle est la principale raison de votre évaluation ?',
  npsQuestion: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue ?',
  npsLowLabel: 'Pas du tout probable',
  npsHighLabel: 'Extrêmement probable',
  npsFollowUp: 'Quelle est la principale raison de votre note ?',
};

export default fr;
