import type { Strings } from '../localize.js';

/** English: the complete catalogue every other locale falls back to. */
export const en: Strings = {
  npsQuestion: 'How likely are you to recommend us to a friend or colleague?',
  npsLowLabel: 'Not at all likely',
  npsHighLabel: 'Extremely likely',
  npsFollowUp: 'What is the main reason for your score?',
  next: 'Next',
  submit: 'Submit',
  skip: 'Skip',
  close: 'Close',
  thankYou: 'Thank you for your feedback!',
  valueMissing: 'Please select a score.',
  characterCount: '{count}/{max} characters',
};
