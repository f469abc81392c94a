import type { NpsStrings } from '../nps.strings.js';

/** tp-nps: French, loaded when an element shows in fr. */
const fr: NpsStrings = {
  npsQuestion: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue ?',
  npsLowLabel: 'Pas du tout probable',
  npsHighLabel: 'Extrêmement probable',
  npsFollowUp: 'Quelle est la principale raison de votre note ?',
};

export default fr;
