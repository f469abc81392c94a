import type { CommonStrings } from '../common.strings.js';

/** Strings every component shares: Spanish, loaded when an element shows in es. */
const es: CommonStrings = {
  next: 'Siguiente',
  submit: 'Enviar',
  skip: 'Omitir',
  close: 'Cerrar',
  thankYou: '¡Gracias por sus comentarios!',
  valueMissing: 'Seleccione una puntuación.',
  characterCount: '{count}/{max} caracteres',
  ratingFollowUp: '¿Cuál es el motivo principal de su valoración?',
  npsQuestion: '¿Qué probabilidad hay de que nos recomiende a un amigo o colega?',
  npsLowLabel: 'Nada probable',
  npsHighLabel: 'Extremadamente probable',
  npsFollowUp: '¿Cuál es el motivo principal de su puntuación?',
};

export default es;
