import { expect } from '@open-wc/testing';
import { NPS_RANGE, npsCategory, parseScore, scoresOf } from './score.js';

describe('parseScore (pure)', () => {
  const ok: Array<[unknown, number | null]> = [
    ['', null],
    [null, null],
    [undefined, null],
    ['   ', null],
    ['0', 0],
    [' 9 ', 9],
    [10, 10],
    [0, 0],
  ];
  for (const [input, score] of ok) {
    it(`${JSON.stringify(input)} → ${score}`, () => {
      expect(parseScore(input, NPS_RANGE)).to.deep.equal({ ok: true, score });
    });
  }
  const bad: Array<[unknown, RegExp]> = [
    [11, /11 is outside 0–10/],
    ['-1', /-1 is outside 0–10/],
    ['9.5', /"9.5" is not an integer/],
    [2.5, /"2.5" is not an integer/],
    ['nine', /"nine" is not an integer/],
    [NaN, /"NaN" is not an integer/],
    [{}, /expected a number, got object/],
    [true, /expected a number, got boolean/],
  ];
  for (const [input, reason] of bad) {
    it(`rejects ${String(input)}`, () => {
      const parsed = parseScore(input, NPS_RANGE);
      expect(parsed.ok).to.equal(false);
      if (!parsed.ok) expect(parsed.reason).to.match(reason);
    });
  }
  it('honours other ranges (CSAT 1–5)', () => {
    expect(parseScore('0', { min: 1, max: 5 }).ok).to.equal(false);
    expect(parseScore('5', { min: 1, max: 5 })).to.deep.equal({ ok: true, score: 5 });
  });
});

describe('npsCategory (pure)', () => {
  const table: Array<[number, string]> = [
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ];
  for (const [score, category] of table) {
    it(`${score} → ${category}`, () => expect(npsCategory(score)).to.equal(category));
  }
});

describe('scoresOf', () => {
  it('lists a range in order', () => {
    expect(scoresOf(NPS_RANGE)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(scoresOf({ min: 1, max: 3 })).to.deep.equal([1, 2, 3]);
  });
});
