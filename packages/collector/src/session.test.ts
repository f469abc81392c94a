import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  SESSION_TTL_MS,
  bearerToken,
  createSessionValue,
  isValidSession,
  secretsEqual,
} from './admin/session.js';

const TOKEN = 'admin-token-1234';
const NOW = Date.parse('2026-11-23T10:00:00.000Z');

test('secretsEqual: equal, different, different lengths, empty', () => {
  assert.equal(secretsEqual('abc', 'abc'), true);
  assert.equal(secretsEqual('abc', 'abd'), false);
  assert.equal(secretsEqual('abc', 'abcd'), false);
  assert.equal(secretsEqual('', 'abc'), false);
});

test('isValidSession: table', () => {
  const value = createSessionValue(TOKEN, NOW);
  const [expires, mac] = value.split('.') as [string, string];
  const cases: [string, string, string | undefined, number, boolean][] = [
    ['fresh session', TOKEN, value, NOW, true],
    ['just before expiry', TOKEN, value, NOW + SESSION_TTL_MS - 1, true],
    ['at expiry', TOKEN, value, NOW + SESSION_TTL_MS, false],
    ['another admin token', 'other-token-1234', value, NOW, false],
    ['extended expiry, same signature', TOKEN, `${Number(expires) + 1000}.${mac}`, NOW, false],
    [
      'tampered signature',
      TOKEN,
      `${expires}.${mac.replace(/.$/, mac.endsWith('0') ? '1' : '0')}`,
      NOW,
      false,
    ],
    ['no cookie', TOKEN, undefined, NOW, false],
    ['garbage', TOKEN, 'not-a-session', NOW, false],
    ['the admin token itself', TOKEN, TOKEN, NOW, false],
  ];
  for (const [name, token, cookie, now, expected] of cases) {
    assert.equal(isValidSession(token, cookie, now), expected, name);
  }
});

test('bearerToken: table', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['Bearer abc', 'abc'],
    ['bearer abc', 'abc'],
    ['Bearer   abc  ', 'abc'],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    [undefined, undefined],
  ];
  for (const [header, expected] of cases)
    assert.equal(bearerToken(header), expected, String(header));
});
