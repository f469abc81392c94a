import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { csatStyles } from '../csat/csat.styles.js';
import { feedbackStyles } from '../feedback/feedback.styles.js';
import { cardStyles } from './card.styles.js';

/**
 * Every colour is a `light-dark()` pair; browsers without `light-dark()` (Safari before 17.5)
 * would leave such a custom property invalid — a transparent card, buttons without colour — so
 * each stylesheet repeats its pairs, light side only, in an `@supports not` block. Chromium
 * never applies that block, so this checks the text: every pair has its fallback, and it is the
 * pair's light side.
 */

const FALLBACK =
  /@supports not \(color: light-dark\(#000, #fff\)\)\s*\{\s*:host\s*\{([^}]*)\}\s*\}/;

/** `value` with each `light-dark(a, b)` replaced by `a` (arguments may hold parentheses). */
function lightSide(value: string): string {
  let out = value;
  for (let at = out.indexOf('light-dark('); at >= 0; at = out.indexOf('light-dark(')) {
    let depth = 0;
    let comma = -1;
    let end = -1;
    for (let i = at + 'light-dark('.length; i < out.length && end < 0; i++) {
      const c = out[i];
      if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) end = i;
      else if (c === ',' && depth === 0 && comma < 0) comma = i;
    }
    out =
      out.slice(0, at) + out.slice(at + 'light-dark('.length, comma).trim() + out.slice(end + 1);
  }
  return out;
}

/** `--_tp-*` declarations of a block of CSS, name → value with whitespace normalised. */
function declarations(block: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of block.matchAll(/(--_tp-[\w-]+)\s*:\s*([^;{}]+);/g)) {
    found.set(name!, value!.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim());
  }
  return found;
}

const sheets: Array<[string, CSSResult]> = [
  ['card', cardStyles],
  ['csat', csatStyles],
  ['feedback', feedbackStyles],
];

describe('theme colours without light-dark()', () => {
  it('lightSide() keeps the first argument, nested parentheses included', () => {
    expect(lightSide('var(--x, light-dark(rgb(0 0 0 / 0.1), rgb(1 1 1)))')).to.equal(
      'var(--x, rgb(0 0 0 / 0.1))',
    );
  });

  /** The sheet's `--_tp-*` colour pairs outside the fallback, and the fallback block's text. */
  const pairsOf = (sheet: CSSResult) => {
    const text = sheet.cssText;
    const rest = text.replace(FALLBACK, '');
    const pairs = [...declarations(rest)].filter(([, value]) => value.includes('light-dark('));
    return { pairs, rest, fallback: FALLBACK.exec(text)?.[1] };
  };

  it('the card has colour pairs (so the checks below can fail)', () => {
    expect(pairsOf(cardStyles).pairs.length).to.be.greaterThan(5);
  });

  for (const [name, sheet] of sheets) {
    it(`${name}: every light-dark() colour has its light value in the @supports fallback`, () => {
      const { pairs, rest, fallback } = pairsOf(sheet);
      // Only a private colour property can be replaced by the fallback: no light-dark() elsewhere.
      const inPairs = pairs.reduce((n, [, value]) => n + value.split('light-dark(').length - 1, 0);
      expect(rest.split('light-dark(').length - 1, 'light-dark() outside --_tp-* colours').to.equal(
        inPairs,
      );
      if (!pairs.length) return;
      expect(fallback, 'an @supports not (light-dark) block').to.be.a('string');
      const fallbacks = declarations(fallback!);
      for (const [property, value] of pairs) {
        expect(fallbacks.get(property), property).to.equal(lightSide(value));
      }
    });
  }
});
