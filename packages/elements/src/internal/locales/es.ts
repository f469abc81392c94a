import type { Strings } from '../localize.js';

export const es: Strings = {
  npsQuestion: '¿Qué probabilidad hay de que nos recomiende a un amigo o colega?',
  npsLowLabel: 'Nada probable',
  npsHighLabel: 'Extremadamente probable',
  npsFollowUp: '¿Cuál es el motivo principal de su puntuación?',
  next: 'Siguiente',
  submit: 'Enviar',
  skip: 'Omitir',
  close: 'Cerrar',
  thankYou: '¡Gracias por sus comentarios!',
  valueMissing: 'Seleccione una puntuación.',
  characterCount: '{count}/{max} caracteres',
};
