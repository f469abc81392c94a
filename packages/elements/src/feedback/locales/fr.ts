import type { FeedbackStrings } from '../feedback.strings.js';

/** tp-feedback: French, loaded when an element shows in fr. */
const fr: FeedbackStrings = {
  feedbackCategoryLabel: 'Catégorie',
  feedbackCategoryBug: 'Problème',
  feedbackCategoryIdea: 'Idée',
  feedbackCategoryQuestion: 'Question',
  feedbackCategoryOther: 'Autre',
  feedbackMessageLabel: 'Votre avis',
  feedbackEmailLabel: 'E-mail',
  feedbackEmailOptionalLabel: 'E-mail (facultatif)',
  feedbackIncludePage: 'Inclure l’adresse de cette page',
  feedbackCancel: 'Annuler',
  feedbackSending: 'Envoi en cours…',
  feedbackErrorSummary: 'Veuillez corriger les points suivants :',
  feedbackMessageMissing: 'Veuillez saisir votre avis.',
  feedbackMessageTooLong: 'Veuillez raccourcir votre avis à {max} caractères maximum.',
  feedbackEmailMissing: 'Veuillez saisir votre adresse e-mail.',
  feedbackEmailInvalid: 'Veuillez saisir une adresse e-mail valide, par exemple nom@exemple.com.',
  feedbackSendFailed: 'Votre avis n’a pas pu être envoyé. Veuillez réessayer.',
  feedbackCharactersLeft: 'Caractères restants : {count}',
};

export default fr;
