import type { CesStrings } from '../ces.strings.js';

/** tp-ces: Spanish, loaded when an element shows in es. */
const es: CesStrings = {
  cesQuestion: '¿Qué tan fácil fue obtener lo que necesitaba?',
  cesVeryDifficult: 'Muy difícil',
  cesDifficult: 'Difícil',
  cesSomewhatDifficult: 'Algo difícil',
  cesNeutral: 'Ni fácil ni difícil',
  cesSomewhatEasy: 'Algo fácil',
  cesEasy: 'Fácil',
  cesVeryEasy: 'Muy fácil',
};

export default es;
