import { expect } from '@open-wc/testing';
import { describeHttpError, interpretReply, type AckInterpretation } from './ack.js';

const IDS = ['a', 'b', 'c'];
const all = (status: 'accepted' = 'accepted'): AckInterpretation => ({
  kind: 'ack',
  outcomes: { delivered: IDS.map((id) => ({ id, status })), rejected: [], missing: [] },
});

describe('interpretReply', () => {
  const table: Array<[string, number, string, AckInterpretation]> = [
    ['204 acks the whole batch', 204, '', all()],
    ['200 with an empty body acks the whole batch', 200, '', all()],
    ['202 with whitespace acks the whole batch', 202, ' \n', all()],
    ['200 with other JSON acks the whole batch', 200, '{"ok":true}', all()],
    ['200 with a JSON array acks the whole batch', 200, '[]', all()],
    ['200 with a JSON string acks the whole batch', 200, '"ok"', all()],
    [
      '200 HTML (captive portal) is not an ack',
      200,
      '<!doctype html><title>Sign in to Wi-Fi</title>',
      { kind: 'not-ack', reason: 'HTTP 200 with a body that is not JSON' },
    ],
    [
      '200 with plain text is not an ack',
      200,
      'OK',
      { kind: 'not-ack', reason: 'HTTP 200 with a body that is not JSON' },
    ],
    [
      'truncated JSON is not an ack',
      200,
      '{"results":[{"id":"a"',
      { kind: 'not-ack', reason: 'HTTP 200 with a body that is not JSON' },
    ],
    [
      'results that are not an array are not an ack',
      200,
      '{"results":"all good"}',
      { kind: 'not-ack', reason: 'HTTP 200 with malformed "results"' },
    ],
    [
      'a result with an unknown status is not an ack',
      200,
      '{"results":[{"id":"a","status":"maybe"}]}',
      { kind: 'not-ack', reason: 'HTTP 200 with malformed "results"' },
    ],
    [
      'a result without an id is not an ack',
      200,
      '{"results":[{"status":"accepted"}]}',
      { kind: 'not-ack', reason: 'HTTP 200 with malformed "results"' },
    ],
    [
      'per-record results',
      200,
      JSON.stringify({
        results: [
          { id: 'a', status: 'accepted' },
          { id: 'b', status: 'duplicate' },
          { id: 'c', status: 'rejected', error: 'score: out of range' },
        ],
      }),
      {
        kind: 'ack',
        outcomes: {
          delivered: [
            { id: 'a', status: 'accepted' },
            { id: 'b', status: 'duplicate' },
          ],
          rejected: [{ id: 'c', reason: 'score: out of range' }],
          missing: [],
        },
      },
    ],
    [
      'ids missing from results stay queued; unknown ids are ignored',
      207,
      JSON.stringify({
        results: [
          { id: 'b', status: 'accepted' },
          { id: 'zzz', status: 'accepted' },
        ],
      }),
      {
        kind: 'ack',
        outcomes: {
          delivered: [{ id: 'b', status: 'accepted' }],
          rejected: [],
          missing: ['a', 'c'],
        },
      },
    ],
    [
      'rejected without an error gets a reason',
      200,
      JSON.stringify({ results: IDS.map((id) => ({ id, status: 'rejected' })) }),
      {
        kind: 'ack',
        outcomes: {
          delivered: [],
          rejected: IDS.map((id) => ({ id, reason: 'rejected by the endpoint' })),
          missing: [],
        },
      },
    ],
    [
      'empty results acknowledge nothing',
      200,
      '{"results":[]}',
      { kind: 'ack', outcomes: { delivered: [], rejected: [], missing: IDS } },
    ],
    [
      'the first result for an id wins',
      200,
      JSON.stringify({
        results: [
          { id: 'a', status: 'accepted' },
          { id: 'a', status: 'rejected' },
          { id: 'b', status: 'accepted' },
          { id: 'c', status: 'accepted' },
        ],
      }),
      all(),
    ],
    ['503 is an http error', 503, '', { kind: 'http-error', status: 503, reason: 'HTTP 503' }],
    [
      '400 carries the collector message',
      400,
      '{"error":{"code":"invalid_batch","message":"expected array","path":"batch"}}',
      { kind: 'http-error', status: 400, reason: 'HTTP 400: batch: expected array' },
    ],
    ['302 is an http error', 302, '', { kind: 'http-error', status: 302, reason: 'HTTP 302' }],
  ];
  for (const [name, status, bodyText, expected] of table) {
    it(name, () => expect(interpretReply({ status, bodyText }, IDS)).to.deep.equal(expected));
  }
});

describe('describeHttpError', () => {
  const table: Array<[number, string, string]> = [
    [401, '', 'HTTP 401'],
    [401, '{"error":"bad key"}', 'HTTP 401: bad key'],
    [400, '{"error":{"message":"nope"}}', 'HTTP 400: nope'],
    [500, '<html>oops</html>', 'HTTP 500'],
    [400, `{"error":"${'x'.repeat(900)}"}`, `HTTP 400: ${'x'.repeat(500)}`],
  ];
  for (const [status, body, expected] of table) {
    it(`${status} ${body.slice(0, 30)} → ${expected.slice(0, 30)}`, () =>
      expect(describeHttpError(status, body)).to.equal(expected));
  }
});
