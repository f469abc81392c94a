import type { CommonStrings } from '../common.strings.js';

/** Strings every component shares: English, built in (every other language falls back to it). */
const en: CommonStrings = {
  next: 'Next',
  submit: 'Submit',
  skip: 'Skip',
  close: 'Close',
  thankYou: 'Thank you for your feedback!',
  valueMissing: 'Please select a score.',
  characterCount: '{count}/{max} characters',
  ratingFollowUp: 'What is the main reason for your rating?',
  npsQuestion: 'How likely are you to recommend us to a friend or colleague?',
  npsLowLabel: 'Not at all likely',
  npsHighLabel: 'Extremely likely',
  npsFollowUp: 'What is the main reason for your score?',
};

export default en;
