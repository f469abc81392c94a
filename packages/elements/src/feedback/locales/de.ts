import type { FeedbackStrings } from '../feedback.strings.js';

/** tp-feedback: German, loaded when an element shows in de. */
const de: FeedbackStrings = {
  feedbackCategoryLabel: 'Kategorie',
  feedbackCategoryBug: 'Fehler',
  feedbackCategoryIdea: 'Idee',
  feedbackCategoryQuestion: 'Frage',
  feedbackCategoryOther: 'Sonstiges',
  feedbackMessageLabel: 'Ihr Feedback',
  feedbackEmailLabel: 'E-Mail',
  feedbackEmailOptionalLabel: 'E-Mail (optional)',
  feedbackIncludePage: 'Adresse dieser Seite mitsenden',
  feedbackCancel: 'Abbrechen',
  feedbackSending: 'Wird gesendet…',
  feedbackErrorSummary: 'Bitte korrigieren Sie Folgendes:',
  feedbackMessageMissing: 'Bitte geben Sie Ihr Feedback ein.',
  feedbackMessageTooLong: 'Bitte kürzen Sie Ihr Feedback auf höchstens {max} Zeichen.',
  feedbackEmailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  feedbackEmailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
  feedbackSendFailed: 'Ihr Feedback konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
  feedbackCharactersLeft: 'Verbleibende Zeichen: {count}',
};

export default de;
