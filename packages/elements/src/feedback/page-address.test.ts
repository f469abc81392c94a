import { expect } from '@open-wc/testing';
import { pageAddress } from './page-address.js';

describe('pageAddress', () => {
  const cases: Array<[string, string | undefined]> = [
    ['https://shop.example/cart', 'https://shop.example/cart'],
    ['https://shop.example/cart?token=secret#step-2', 'https://shop.example/cart'],
    ['https://shop.example', 'https://shop.example/'],
    ['http://127.0.0.1:8000/a/b/?q=1', 'http://127.0.0.1:8000/a/b/'],
    ['https://user:pass@shop.example/x', 'https://shop.example/x'],
    ['about:blank', undefined],
    ['data:text/html,hi', undefined],
    ['not a url', undefined],
  ];
  for (const [href, expected] of cases) {
    it(`${href} → ${expected}`, () => expect(pageAddress(href)).to.equal(expected));
  }
});
