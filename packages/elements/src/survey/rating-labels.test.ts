import { expect } from '@open-wc/testing';
import type { Question } from '@touchpoint/core/survey';
import { ratingLabel, ratingTerm } from './rating-labels.js';

const q = (kind: Question['kind'], extra: Partial<Question> = {}): Question => ({
  id: 'q',
  kind,
  text: 'Q?',
  ...extra,
});

describe('ratingTerm (pure)', () => {
  // [name, question, score, term]
  const table: Array<[string, Question, number, string | null]> = [
    ['nps 0', q('nps'), 0, 'npsLowLabel'],
    ['nps 5', q('nps'), 5, null],
    ['nps 10', q('nps'), 10, 'npsHighLabel'],
    ['ces 1', q('ces'), 1, 'cesVeryDifficult'],
    ['ces 4', q('ces'), 4, 'cesNeutral'],
    ['ces 7', q('ces'), 7, 'cesVeryEasy'],
    ['csat 5-point 1', q('csat'), 1, 'csatVeryDissatisfied'],
    ['csat 3-point 2', q('csat', { scale: 3 }), 2, 'csatNeutral'],
    ['csat 7-point 3', q('csat', { scale: 7 }), 3, 'csatSomewhatDissatisfied'],
    ['csat thumbs 2', q('csat', { variant: 'thumbs' }), 2, 'csatSatisfied'],
    ['csat 4-point: no wording', q('csat', { scale: 4 }), 1, null],
    ['rating: numbers only', q('rating'), 1, null],
    ['text: not a scale', q('text'), 1, null],
  ];
  for (const [name, question, score, term] of table) {
    it(`${name} → ${term}`, () => expect(ratingTerm(question, score)).to.equal(term));
  }
});

describe('ratingLabel (pure)', () => {
  const term = (key: string) => `<${key}>`;
  it('the definition labels win at the ends only', () => {
    const question = q('csat', { lowLabel: 'Awful', highLabel: 'Superb' });
    expect([1, 2, 5].map((score) => ratingLabel(question, score, term))).to.deep.equal([
      'Awful',
      '<csatDissatisfied>',
      'Superb',
    ]);
  });
  it('empty when neither the definition nor a built-in string names the point', () => {
    expect(ratingLabel(q('rating', { scale: 10 }), 4, term)).to.equal('');
    expect(ratingLabel(q('single'), 1, term)).to.equal('');
  });
});
