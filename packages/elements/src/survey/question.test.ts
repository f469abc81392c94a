import { expect } from '@open-wc/testing';
import type { Question } from '@touchpoint/core/survey';
import {
  blocksNext,
  isAnswered,
  isRating,
  ratingRange,
  ratingType,
  type Answer,
} from './question.js';
import { toggleChoice } from './kinds/survey-choice.js';

const q = (kind: Question['kind'], extra: Partial<Question> = {}): Question => ({
  id: 'q',
  kind,
  text: 'Question?',
  ...extra,
});
const CHOICES = [
  { id: 'a', label: 'A' },
  { id: 'b', label: 'B' },
  { id: 'c', label: 'C' },
];

describe('ratingRange / ratingType / isRating (pure)', () => {
  // [question, range, type]
  const table: Array<[string, Question, [number, number] | null, string | null]> = [
    ['nps', q('nps'), [0, 10], 'nps'],
    ['nps ignores scale', q('nps', { scale: 5 }), [0, 10], 'nps'],
    ['ces', q('ces'), [1, 7], 'ces'],
    ['csat default', q('csat'), [1, 5], 'csat'],
    ['csat 3', q('csat', { scale: 3 }), [1, 3], 'csat'],
    ['csat 7', q('csat', { scale: 7 }), [1, 7], 'csat'],
    [
      'csat thumbs is 2 whatever the scale',
      q('csat', { variant: 'thumbs', scale: 5 }),
      [1, 2],
      'csat',
    ],
    ['csat 10 does not fit CSAT 1–7', q('csat', { scale: 10 }), [1, 10], 'feedback'],
    ['rating default', q('rating'), [1, 5], 'csat'],
    ['rating 10', q('rating', { scale: 10 }), [1, 10], 'feedback'],
    ['single', q('single', { choices: CHOICES }), null, null],
    ['multi', q('multi', { choices: CHOICES }), null, null],
    ['text', q('text'), null, null],
  ];
  for (const [name, question, range, type] of table) {
    it(`${name} → ${range ? range.join('–') : 'no scale'}, ${type ?? 'no type'}`, () => {
      const actual = ratingRange(question);
      expect(actual ? [actual.min, actual.max] : null).to.deep.equal(range);
      expect(ratingType(question)).to.equal(type);
      expect(isRating(question)).to.equal(range !== null);
    });
  }
});

describe('isAnswered / blocksNext (pure)', () => {
  // [question, answer, answered]
  const table: Array<[string, Question, Answer | undefined, boolean]> = [
    ['nps 0', q('nps'), 0, true],
    ['nps 10', q('nps'), 10, true],
    ['nps 11', q('nps'), 11, false],
    ['nps 2.5', q('nps'), 2.5, false],
    ['nps "7" (a string)', q('nps'), '7', false],
    ['nps nothing', q('nps'), undefined, false],
    ['csat 0 (below 1)', q('csat'), 0, false],
    ['ces 7', q('ces'), 7, true],
    ['rating 6 of 5', q('rating'), 6, false],
    ['single known id', q('single', { choices: CHOICES }), 'b', true],
    ['single unknown id', q('single', { choices: CHOICES }), 'z', false],
    ['single list', q('single', { choices: CHOICES }), ['a'], false],
    ['multi one', q('multi', { choices: CHOICES }), ['c'], true],
    ['multi none', q('multi', { choices: CHOICES }), [], false],
    ['multi unknown', q('multi', { choices: CHOICES }), ['a', 'z'], false],
    ['text', q('text'), 'fine', true],
    ['text blank', q('text'), '  \n ', false],
  ];
  for (const [name, question, answer, answered] of table) {
    it(`${name} → ${answered ? 'answered' : 'not answered'}`, () => {
      expect(isAnswered(question, answer)).to.equal(answered);
      expect(blocksNext(question, answer), 'required').to.equal(!answered);
      expect(blocksNext({ ...question, optional: true }, answer), 'optional').to.equal(false);
    });
  }
});

describe('toggleChoice (pure)', () => {
  const multi = q('multi', { choices: CHOICES });
  const table: Array<[Answer | undefined, string, string[]]> = [
    [undefined, 'b', ['b']],
    [['b'], 'a', ['a', 'b']], // choice order, not click order
    [['a', 'b'], 'a', ['b']],
    [['c'], 'c', []],
    ['a', 'c', ['c']], // a non-list answer starts over
  ];
  for (const [answer, id, expected] of table) {
    it(`${JSON.stringify(answer)} toggle ${id} → ${JSON.stringify(expected)}`, () => {
      expect(toggleChoice(multi, answer, id)).to.deep.equal(expected);
    });
  }
});
