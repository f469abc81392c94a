import { expect } from '@open-wc/testing';
import { COMMENT_MAX_LENGTH } from '../internal/answer-element.js';
import {
  charactersLeftToAnnounce,
  DEFAULT_MAX_LENGTH,
  resolveMaxLength,
} from './message-length.js';

describe('resolveMaxLength', () => {
  const cases: Array<[unknown, number, boolean]> = [
    [undefined, DEFAULT_MAX_LENGTH, false],
    [null, DEFAULT_MAX_LENGTH, false],
    ['', DEFAULT_MAX_LENGTH, false],
    [500, 500, false],
    ['500', 500, false],
    [1, 1, false],
    [COMMENT_MAX_LENGTH, COMMENT_MAX_LENGTH, false],
    [COMMENT_MAX_LENGTH + 1, COMMENT_MAX_LENGTH, true],
    [0, DEFAULT_MAX_LENGTH, true],
    [-5, DEFAULT_MAX_LENGTH, true],
    [12.5, DEFAULT_MAX_LENGTH, true],
    ['lots', DEFAULT_MAX_LENGTH, true],
    [Number.NaN, DEFAULT_MAX_LENGTH, true],
  ];
  for (const [input, maxLength, warns] of cases) {
    it(`${String(input)} → ${maxLength}${warns ? ', with a reason' : ''}`, () => {
      const result = resolveMaxLength(input);
      expect(result.maxLength).to.equal(maxLength);
      expect(typeof result.problem === 'string').to.equal(warns);
    });
  }
});

describe('charactersLeftToAnnounce', () => {
  const cases: Array<[number, number, number | null]> = [
    [0, 2000, null],
    [1799, 2000, null],
    [1800, 2000, 200],
    [1999, 2000, 1],
    [2000, 2000, 0],
    [2100, 2000, 0],
    [0, 100, null],
    [79, 100, null],
    [80, 100, 20],
    [0, 10, 10],
  ];
  for (const [length, max, left] of cases) {
    it(`${length}/${max} → ${left}`, () =>
      expect(charactersLeftToAnnounce(length, max)).to.equal(left));
  }
});
