import { expect } from '@open-wc/testing';
import type { UrlMatch } from '../surveys/definition.js';
import { globToRegex, matchUrl } from './url-match.js';

const SITE = 'https://shop.example';

describe('matchUrl', () => {
  // [page URL, pattern, match, expected]
  const table: Array<[string, string, UrlMatch | undefined, boolean]> = [
    // exact: path only, query/hash ignored unless named, trailing slash ignored
    ['/pricing', '/pricing', 'exact', true],
    ['/pricing?utm_source=mail', '/pricing', 'exact', true],
    ['/pricing#faq', '/pricing', 'exact', true],
    ['/pricing/', '/pricing', 'exact', true],
    ['/pricing', '/pricing/', 'exact', true],
    ['/pricing/team', '/pricing', 'exact', false],
    ['/Pricing', '/pricing', 'exact', false],
    ['/pricing?plan=pro', '/pricing?plan=pro', 'exact', true],
    ['/pricing?plan=team', '/pricing?plan=pro', 'exact', false],
    ['/pricing#faq', '/pricing#faq', 'exact', true],
    ['/', '/', 'exact', true],
    ['/caf%C3%A9', '/café', 'exact', true],
    // absolute patterns compare the full URL
    ['/pricing', `${SITE}/pricing`, 'exact', true],
    ['/pricing', 'https://other.example/pricing', 'exact', false],
    ['/', SITE, 'exact', true],
    ['/', `${SITE}/`, 'exact', true],
    // contains / startsWith see query and hash
    ['/blog/2026/launch', 'launch', 'contains', true],
    ['/pricing?utm_campaign=black-friday', 'black-friday', 'contains', true],
    ['/pricing', 'checkout', 'contains', false],
    ['/docs/api/v2', '/docs', 'startsWith', true],
    ['/blog/docs', '/docs', 'startsWith', false],
    ['/pricing?x=1', '/pricing?x', 'startsWith', true],
    // endsWith
    ['/order/123/thanks', '/thanks', 'endsWith', true],
    ['/order/123/thanks/', '/thanks', 'endsWith', true],
    ['/order/123/thanks?id=4', '/thanks', 'endsWith', true],
    ['/thanks/order', '/thanks', 'endsWith', false],
    // glob: * is any run of characters; default match is glob
    ['/pricing', '/pricing*', 'glob', true],
    ['/pricing/team', '/pricing*', 'glob', true],
    ['/pricing-old', '/pricing*', 'glob', true],
    ['/about', '/pricing*', 'glob', false],
    ['/blog/a/b/c', '/blog/*', 'glob', true],
    ['/blog/', '/blog/*', 'glob', true],
    ['/shop/42/checkout', '/shop/*/checkout', 'glob', true],
    ['/shop/42/cart', '/shop/*/checkout', 'glob', false],
    ['/a.b', '/a.b', 'glob', true],
    ['/axb', '/a.b', 'glob', false],
    ['/pricing?plan=pro', '/pricing?plan=*', 'glob', true],
    ['/pricing', '/pricing?plan=*', 'glob', false],
    ['/pricing', '/pricing', undefined, true],
    ['/pricing/team', '/pricing*', undefined, true],
    [`/x`, `${SITE}/*`, 'glob', true],
    // regex: unanchored, against path + query + hash, or the full URL when it names ://
    ['/blog/42', '^/blog/\\d+$', 'regex', true],
    ['/blog/new', '^/blog/\\d+$', 'regex', false],
    ['/a?ref=ad', 'ref=(ad|mail)', 'regex', true],
    ['/a', 'https://shop\\.example/a', 'regex', true],
    ['/a', '^https://other\\.example', 'regex', false],
    ['/a', '(', 'regex', false],
  ];
  for (const [path, pattern, match, expected] of table) {
    it(`${match ?? 'default'} ${JSON.stringify(pattern)} on ${path} → ${expected}`, () => {
      expect(matchUrl(SITE + path, pattern, match)).to.equal(expected);
    });
  }

  it('returns false for a URL it cannot parse', () => {
    expect(matchUrl('not a url', '*', 'glob')).to.equal(false);
  });

  it('glob treats every regex character but * literally', () => {
    const regex = globToRegex('/a+(b)[c]$^|{d}\\?*');
    expect(regex.test('/a+(b)[c]$^|{d}\\?anything')).to.equal(true);
    expect(regex.test('/aa(b)c$^|{d}\\?')).to.equal(false);
  });
});
