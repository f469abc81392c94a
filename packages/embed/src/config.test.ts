import { expect } from '@open-wc/testing';
import { readEmbedConfig } from './config.js';

const base = 'https://shop.example/page';

describe('readEmbedConfig', () => {
  const cases: Array<[string, Record<string, string>, unknown]> = [
    [
      'relative endpoint resolves against the page',
      { endpoint: '/v1/responses', writeKey: 'pk_demo' },
      {
        ok: true,
        config: {
          endpoint: 'https://shop.example/v1/responses',
          writeKey: 'pk_demo',
          consent: 'granted',
        },
      },
    ],
    [
      'absolute endpoint on another origin',
      { endpoint: 'https://api.example.com/v1/responses', consent: 'pending' },
      {
        ok: true,
        config: { endpoint: 'https://api.example.com/v1/responses', consent: 'pending' },
      },
    ],
    [
      'locale, surveys URL and recontact days',
      { endpoint: '/e', locale: 'de', surveysUrl: '/v1/surveys', recontactDays: '14' },
      {
        ok: true,
        config: {
          endpoint: 'https://shop.example/e',
          consent: 'granted',
          locale: 'de',
          surveysUrl: 'https://shop.example/v1/surveys',
          recontactDays: 14,
        },
      },
    ],
    [
      'missing endpoint',
      {},
      { ok: false, errors: ['data-endpoint is required (the URL answers are POSTed to)'] },
    ],
    [
      'javascript: endpoint',
      { endpoint: 'javascript:alert(1)' },
      { ok: false, errors: ['data-endpoint must be an http(s) URL, got "javascript:alert(1)"'] },
    ],
    [
      'bad consent and recontact days are all reported',
      { endpoint: '/e', consent: 'yes', recontactDays: '-1' },
      {
        ok: false,
        errors: [
          'data-consent must be one of granted, pending, denied, got "yes"',
          'data-recontact-days must be a number ≥ 0, got "-1"',
        ],
      },
    ],
  ];
  for (const [name, data, expected] of cases) {
    it(name, () => {
      expect(readEmbedConfig(data, base)).to.deep.equal(expected);
    });
  }
});
