import { expect } from '@open-wc/testing';
import type { Question } from '@touchpoint/core/survey';
import { cesTerm } from './survey-ces.js';
import { csatTerm } from './survey-csat.js';
import { npsTerm, ratingLabel, type TermOf } from './survey-scale.js';

const q = (kind: Question['kind'], extra: Partial<Question> = {}): Question => ({
  id: 'q',
  kind,
  text: 'Q?',
  ...extra,
});

describe('rating terms per kind (pure)', () => {
  // [name, the kind's term function, question, score, term]
  const table: Array<[string, TermOf, Question, number, string | null | undefined]> = [
    ['nps 0', npsTerm, q('nps'), 0, 'npsLowLabel'],
    ['nps 5', npsTerm, q('nps'), 5, null],
    ['nps 10', npsTerm, q('nps'), 10, 'npsHighLabel'],
    ['ces 1', cesTerm, q('ces'), 1, 'cesVeryDifficult'],
    ['ces 4', cesTerm, q('ces'), 4, 'cesNeutral'],
    ['ces 7', cesTerm, q('ces'), 7, 'cesVeryEasy'],
    ['csat 5-point 1', csatTerm, q('csat'), 1, 'csatVeryDissatisfied'],
    ['csat 3-point 2', csatTerm, q('csat', { scale: 3 }), 2, 'csatNeutral'],
    ['csat 7-point 3', csatTerm, q('csat', { scale: 7 }), 3, 'csatSomewhatDissatisfied'],
    ['csat thumbs 2', csatTerm, q('csat', { variant: 'thumbs' }), 2, 'csatSatisfied'],
    ['csat 4-point: no wording', csatTerm, q('csat', { scale: 4 }), 1, null],
    ['rating: numbers only', npsTerm, q('rating'), 1, null],
    ['text: not a scale', npsTerm, q('text'), 1, null],
  ];
  for (const [name, termOf, question, score, term] of table) {
    it(`${name} → ${term}`, () => expect(termOf(question, score)).to.equal(term));
  }
});

describe('ratingLabel (pure)', () => {
  const term = (key: string) => `<${key}>`;
  it('the definition labels win at the ends only', () => {
    const question = q('csat', { lowLabel: 'Awful', highLabel: 'Superb' });
    expect([1, 2, 5].map((score) => ratingLabel(question, score, term, csatTerm))).to.deep.equal([
      'Awful',
      '<csatDissatisfied>',
      'Superb',
    ]);
  });
  it('empty when neither the definition nor a built-in string names the point', () => {
    expect(ratingLabel(q('rating', { scale: 10 }), 4, term, npsTerm)).to.equal('');
    expect(ratingLabel(q('single'), 1, term, npsTerm)).to.equal('');
  });
});
