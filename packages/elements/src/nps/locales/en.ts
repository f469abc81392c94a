import type { NpsStrings } from '../nps.strings.js';

/** tp-nps: English, built in (every other language falls back to it). */
const en: NpsStrings = {
  npsQuestion: 'How likely are you to recommend us to a friend or colleague?',
  npsLowLabel: 'Not at all likely',
  npsHighLabel: 'Extremely likely',
  npsFollowUp: 'What is the main reason for your score?',
};

export default en;
