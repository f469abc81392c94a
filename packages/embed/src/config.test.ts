import { expect } from '@open-wc/testing';
import { resolveOptions } from '../../core/src/options.js';
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
          'data-recontact-days must be a number of days from 0 to 3650, got "-1"',
        ],
      },
    ],
    [
      // What createTouchpoint checks of these options, the embed checks of the tag.
      'too long write key, a non-http surveys URL and too many recontact days',
      { endpoint: '/e', writeKey: 'k'.repeat(201), surveysUrl: 'ftp://x/s', recontactDays: '4000' },
      {
        ok: false,
        errors: [
          'data-write-key must be at most 200 characters',
          'data-recontact-days must be a number of days from 0 to 3650, got "4000"',
          'data-surveys-url must be an http(s) URL, got "ftp://x/s"',
        ],
      },
    ],
    [
      'an endpoint that is not a URL',
      { endpoint: 'http://[', recontactDays: 'soon' },
      {
        ok: false,
        errors: [
          'data-endpoint must be an http(s) URL, got "http://["',
          'data-recontact-days must be a number of days from 0 to 3650, got "soon"',
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

// The embed starts the SDK without `createTouchpoint`'s option checks (main.ts), so for every tag
// it accepts, the SDK's own check must accept the same options — and what it refuses, the SDK
// refuses too. Pinned at each limit.
describe('readEmbedConfig agrees with the SDK option checks', () => {
  const tags: Array<Record<string, string>> = [
    { endpoint: '/e' },
    { endpoint: 'ftp://x/e' },
    { endpoint: '/e', writeKey: 'k'.repeat(200) },
    { endpoint: '/e', writeKey: 'k'.repeat(201) },
    { endpoint: '/e', surveysUrl: '/s' },
    { endpoint: '/e', surveysUrl: 'data:,x' },
    ...['0', '3650', '3651', '-1', '2.5', 'soon'].map((days) => ({
      endpoint: '/e',
      surveysUrl: '/s',
      recontactDays: days,
    })),
    ...['granted', 'pending', 'denied'].map((consent) => ({ endpoint: '/e', consent })),
  ];
  for (const tag of tags) {
    it(JSON.stringify(tag), () => {
      const result = readEmbedConfig(tag, base);
      let sdkError: unknown;
      try {
        const { locale: _, ...options } = result.ok ? result.config : readLoose(tag);
        resolveOptions(options);
      } catch (error) {
        sdkError = error;
      }
      expect(result.ok, String(sdkError)).to.equal(sdkError === undefined);
    });
  }
});

/** The tag's values as options, unchecked: what the SDK would have been given without the embed's check. */
function readLoose(tag: Record<string, string>) {
  return {
    endpoint: new URL(tag.endpoint!, base).href,
    consent: (tag.consent ?? 'granted') as 'granted',
    locale: undefined,
    ...(tag.writeKey && { writeKey: tag.writeKey }),
    ...(tag.surveysUrl && { surveysUrl: new URL(tag.surveysUrl, base).href }),
    ...(tag.recontactDays && { recontactDays: Number(tag.recontactDays) }),
  };
}
