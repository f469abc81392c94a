import { expect } from '@open-wc/testing';
import { mouthPath } from './csat-glyphs.js';
import {
  csatLabelKey,
  csatPoints,
  csatVariant,
  scalePosition,
  type CsatPoints,
} from './csat-scale.js';

describe('csatPoints / csatVariant (pure)', () => {
  const table: Array<[unknown, unknown, string, number]> = [
    ['numbers', 5, 'numbers', 5],
    ['stars', 3, 'stars', 3],
    ['emoji', 7, 'emoji', 7],
    ['thumbs', 7, 'thumbs', 2], // thumbs ignores scale
    ['thumbs', undefined, 'thumbs', 2],
    [undefined, undefined, 'numbers', 5],
    ['hearts', 4, 'numbers', 5], // unknown variant and scale fall back
    ['stars', 10, 'stars', 5],
    ['Stars', 3, 'numbers', 3], // variants are case-sensitive, like native enumerated values in JS
  ];
  for (const [variant, scale, effective, points] of table) {
    it(`variant ${String(variant)}, scale ${String(scale)} → ${effective}, ${points} points`, () => {
      expect(csatVariant(variant)).to.equal(effective);
      expect(csatPoints(variant, scale)).to.equal(points);
    });
  }
});

describe('csatLabelKey (pure)', () => {
  const table: Array<[CsatPoints, string[]]> = [
    [2, ['csatDissatisfied', 'csatSatisfied']],
    [3, ['csatDissatisfied', 'csatNeutral', 'csatSatisfied']],
    [
      5,
      [
        'csatVeryDissatisfied',
        'csatDissatisfied',
        'csatNeutral',
        'csatSatisfied',
        'csatVerySatisfied',
      ],
    ],
    [
      7,
      [
        'csatVeryDissatisfied',
        'csatDissatisfied',
        'csatSomewhatDissatisfied',
        'csatNeutral',
        'csatSomewhatSatisfied',
        'csatSatisfied',
        'csatVerySatisfied',
      ],
    ],
  ];
  for (const [points, keys] of table) {
    it(`${points} points → ${keys.length} symmetric labels`, () => {
      const scores = Array.from({ length: points }, (_, i) => i + 1);
      expect(scores.map((score) => csatLabelKey(points, score))).to.deep.equal(keys);
      expect(csatLabelKey(points, points + 1)).to.equal(undefined);
    });
  }
});

describe('scalePosition / mouthPath (pure)', () => {
  const positions: Array<[number, number, number, number]> = [
    [1, 1, 5, 0],
    [3, 1, 5, 0.5],
    [5, 1, 5, 1],
    [2, 1, 3, 0.5],
    [1, 1, 1, 1],
  ];
  for (const [score, min, max, position] of positions) {
    it(`${score} on ${min}–${max} → ${position}`, () =>
      expect(scalePosition(score, { min, max })).to.equal(position));
  }

  const mouths: Array<[number, string]> = [
    [0, 'M8 17Q12 13 16 17'], // frown: the curve bends up
    [0.5, 'M8 15.5Q12 15.5 16 15.5'], // straight
    [1, 'M8 14Q12 18 16 14'], // smile: the curve bends down
    [-1, 'M8 17Q12 13 16 17'], // clamped
    [2, 'M8 14Q12 18 16 14'],
  ];
  for (const [position, path] of mouths) {
    it(`mouth at ${position} → ${path}`, () => expect(mouthPath(position)).to.equal(path));
  }
});
