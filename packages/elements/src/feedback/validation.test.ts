import { expect } from '@open-wc/testing';
import {
  feedbackProblems,
  isEmail,
  validityFlag,
  type FeedbackFields,
  type FeedbackProblem,
  type FeedbackProblems,
} from './validation.js';

describe('isEmail', () => {
  const valid = [
    'name@example.com',
    'first.last+tag@sub.example.co.uk',
    "o'brien@example.ie",
    'x@xn--bcher-kva.example',
    'user@例え.jp',
  ];
  const invalid = [
    '',
    'name',
    'name@',
    '@example.com',
    'name@example',
    'name@example.',
    'name@.com',
    'name@exa..mple.com',
    'name example@example.com',
    'name@exa mple.com',
    'a@b@example.com',
    `${'a'.repeat(250)}@example.com`,
  ];
  for (const value of valid) it(`accepts ${value}`, () => expect(isEmail(value)).to.equal(true));
  for (const value of invalid)
    it(`rejects ${JSON.stringify(value.slice(0, 30))}`, () =>
      expect(isEmail(value)).to.equal(false));
});

describe('feedbackProblems', () => {
  const base: FeedbackFields = {
    message: 'It broke',
    email: '',
    maxLength: 20,
    messageRequired: true,
    emailRequired: false,
  };
  const cases: Array<[string, Partial<FeedbackFields>, FeedbackProblems]> = [
    ['a message alone is fine', {}, {}],
    ['blank message, required', { message: '  \n ' }, { message: 'feedbackMessageMissing' }],
    ['blank message, not required: unanswered, fine', { message: '', messageRequired: false }, {}],
    ['message over the limit', { message: 'x'.repeat(21) }, { message: 'feedbackMessageTooLong' }],
    ['message exactly at the limit', { message: 'x'.repeat(20) }, {}],
    ['valid email, trimmed', { email: ' a@b.co ' }, {}],
    ['malformed email', { email: 'a@b' }, { email: 'feedbackEmailInvalid' }],
    ['required email missing', { emailRequired: true }, { email: 'feedbackEmailMissing' }],
    [
      'both wrong: message first',
      { message: '', email: 'nope' },
      { message: 'feedbackMessageMissing', email: 'feedbackEmailInvalid' },
    ],
    [
      'blank optional message: a malformed email still counts',
      { message: '', messageRequired: false, email: 'nope' },
      { email: 'feedbackEmailInvalid' },
    ],
    [
      'blank optional message: a missing required email does not',
      { message: '', messageRequired: false, emailRequired: true },
      {},
    ],
  ];
  for (const [name, fields, problems] of cases) {
    it(name, () => expect(feedbackProblems({ ...base, ...fields })).to.deep.equal(problems));
  }
  it('lists the fields in form order (the summary and the first focus follow it)', () => {
    const problems = feedbackProblems({ ...base, message: '', email: 'nope' });
    expect(Object.keys(problems)).to.deep.equal(['message', 'email']);
  });
});

describe('validityFlag', () => {
  const cases: Array<[FeedbackProblem, keyof ValidityStateFlags]> = [
    ['feedbackMessageMissing', 'valueMissing'],
    ['feedbackMessageTooLong', 'tooLong'],
    ['feedbackEmailMissing', 'valueMissing'],
    ['feedbackEmailInvalid', 'typeMismatch'],
  ];
  for (const [problem, flag] of cases) {
    it(`${problem} → ${flag}`, () => expect(validityFlag(problem)).to.equal(flag));
  }
});
