import type { NpsStrings } from '../nps.strings.js';

/** tp-nps: Spanish, loaded when an element shows in es. */
const es: NpsStrings = {
  npsQuestion: '¿Qué probabilidad hay de que nos recomiende a un amigo o colega?',
  npsLowLabel: 'Nada probable',
  npsHighLabel: 'Extremadamente probable',
  npsFollowUp: '¿Cuál es el motivo principal de su puntuación?',
};

export default es;
