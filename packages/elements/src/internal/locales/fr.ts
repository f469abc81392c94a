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
};

export default fr;
