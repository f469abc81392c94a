import type { FeedbackStrings } from '../feedback.strings.js';

/** tp-feedback: Spanish, loaded when an element shows in es. */
const es: FeedbackStrings = {
  feedbackCategoryLabel: 'Categoría',
  feedbackCategoryBug: 'Error',
  feedbackCategoryIdea: 'Sugerencia',
  feedbackCategoryQuestion: 'Pregunta',
  feedbackCategoryOther: 'Otro',
  feedbackMessageLabel: 'Sus comentarios',
  feedbackEmailLabel: 'Correo electrónico',
  feedbackEmailOptionalLabel: 'Correo electrónico (opcional)',
  feedbackIncludePage: 'Incluir la dirección de esta página',
  feedbackCancel: 'Cancelar',
  feedbackSending: 'Enviando…',
  feedbackErrorSummary: 'Corrija lo siguiente:',
  feedbackMessageMissing: 'Escriba sus comentarios.',
  feedbackMessageTooLong: 'Acorte sus comentarios a {max} caracteres como máximo.',
  feedbackEmailMissing: 'Escriba su dirección de correo electrónico.',
  feedbackEmailInvalid:
    'Escriba una dirección de correo electrónico válida, como nombre@ejemplo.com.',
  feedbackSendFailed: 'No se pudieron enviar sus comentarios. Inténtelo de nuevo.',
  feedbackCharactersLeft: 'Caracteres restantes: {count}',
};

export default es;
