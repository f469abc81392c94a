import { expect } from '@open-wc/testing';
import {
  feedbackProblems,
  isEmail,
  type FeedbackFields,
  type FeedbackProblem,
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
  const cases: Array<[string, Partial<FeedbackFields>, FeedbackProblem[]]> = [
    ['a message alone is fine', {}, []],
    ['blank message, required', { message: '  \n ' }, [{ field: 'message', kind: 'missing' }]],
    ['blank message, not required: unanswered, fine', { message: '', messageRequired: false }, []],
    [
      'message over the limit',
      { message: 'x'.repeat(21) },
      [{ field: 'message', kind: 'too-long' }],
    ],
    ['message exactly at the limit', { message: 'x'.repeat(20) }, []],
    ['valid email, trimmed', { email: ' a@b.co ' }, []],
    ['malformed email', { email: 'a@b' }, [{ field: 'email', kind: 'invalid' }]],
    ['required email missing', { emailRequired: true }, [{ field: 'email', kind: 'missing' }]],
    [
      'both wrong: message first',
      { message: '', email: 'nope' },
      [
        { field: 'message', kind: 'missing' },
        { field: 'email', kind: 'invalid' },
      ],
    ],
    [
      'blank optional message: a malformed email still counts',
      { message: '', messageRequired: false, email: 'nope' },
      [{ field: 'email', kind: 'invalid' }],
    ],
    [
      'blank optional message: a missing required email does not',
      { message: '', messageRequired: false, emailRequired: true },
      [],
    ],
  ];
  for (const [name, fields, problems] of cases) {
    it(name, () => expect(feedbackProblems({ ...base, ...fields })).to.deep.equal(problems));
  }
});
