// The hand-written validators (validate.ts in the browser entry, validate-delivery.ts in the lazy
// delivery chunk) and the zod schemas (schema.ts, the wire-format definition the collector
// validates with) must agree: one table of valid and invalid values goes through both; validity
// and the path of the first problem match.
import { expect } from '@open-wc/testing';
import * as schema from './schema.js';
import { checkInput, type Check } from './validate.js';
import { checkAck, checkRecord } from './validate-delivery.js';

type Case = [name: string, value: unknown];

function agree(check: Check, zod: { safeParse(v: unknown): unknown }, cases: Case[]) {
  for (const [name, value] of cases) {
    it(name, () => {
      const parsed = zod.safeParse(value) as {
        success: boolean;
        error?: { issues: Array<{ path: PropertyKey[] }> };
      };
      const problem = check(value, '');
      const zodPath = parsed.error?.issues[0]?.path.map(String).join('.');
      expect(
        { valid: !problem, path: problem?.[0] },
        `zod: ${JSON.stringify(parsed.error?.issues[0] ?? 'valid')}; ours: ${JSON.stringify(problem ?? 'valid')}`,
      ).to.deep.equal({ valid: parsed.success, path: zodPath });
    });
  }
}

const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const good = {
  id: ID,
  type: 'nps',
  surveyId: 'q4',
  score: 9,
  comment: 'great',
  data: { answers: { a: 1 } },
  createdAt: '2026-11-23T10:00:00.000Z',
  attempt: 1,
  user: { id: 'u', anonymousId: 'anon', traits: { plan: 'pro' } },
  context: { url: 'https://x.test/', referrer: '', locale: 'en', userAgent: 'UA', sdk: 'tp/1' },
};
class Thing {
  a = 1;
}

describe('validate.ts agrees with schema.ts', () => {
  describe('submit input (SubmitInputSchema)', () => {
    agree(checkInput, schema.SubmitInputSchema, [
      ['minimal', { type: 'nps' }],
      ['every field', { type: 'feedback', surveyId: 's', score: 3, comment: 'c', data: {} }],
      ['unknown keys pass', { type: 'event', extra: true }],
      ['explicit undefined', { type: 'nps', score: undefined }],
      ['score out of range is not an input problem', { type: 'nps', score: 99 }],
      ['negative score', { type: 'chat', score: -3 }],
      ['null', null],
      ['a string', 'nps'],
      ['an array', [{ type: 'nps' }]],
      ['a class instance', new Thing()],
      ['no type', {}],
      ['unknown type', { type: 'poll' }],
      ['type not a string', { type: 1 }],
      ['surveyId a number', { type: 'nps', surveyId: 4 }],
      ['surveyId null', { type: 'nps', surveyId: null }],
      ['surveyId 200 chars', { type: 'nps', surveyId: 's'.repeat(200) }],
      ['surveyId 201 chars', { type: 'nps', surveyId: 's'.repeat(201) }],
      ['score 7.5', { type: 'nps', score: 7.5 }],
      ['score NaN', { type: 'nps', score: NaN }],
      ['score Infinity', { type: 'nps', score: Infinity }],
      ['score 2^53', { type: 'nps', score: 2 ** 53 }],
      ['score a string', { type: 'nps', score: '9' }],
      ['comment 5000 chars', { type: 'feedback', comment: 'x'.repeat(5000) }],
      ['comment 5001 chars', { type: 'feedback', comment: 'x'.repeat(5001) }],
      ['data an array', { type: 'feedback', data: [] }],
      ['data a Date', { type: 'feedback', data: new Date() }],
      ['data a Map', { type: 'feedback', data: new Map() }],
      ['data without prototype', { type: 'feedback', data: Object.create(null) as object }],
      ['data a class instance', { type: 'feedback', data: new Thing() }],
      ['two problems: the first wins', { type: 'x', score: 'y' }],
    ]);
  });

  describe('records (ResponseRecordSchema)', () => {
    const without = (key: keyof typeof good) => {
      const copy: Record<string, unknown> = { ...good };
      delete copy[key];
      return copy;
    };
    agree(checkRecord, schema.ResponseRecordSchema, [
      ['complete', good],
      ['minimal', { id: ID, type: 'event', createdAt: '2026-01-01T00:00:00Z', attempt: 3 }],
      ['unknown keys pass', { ...good, v: 1 }],
      ['no id', without('id')],
      ['id not a UUID', { ...good, id: 'abc' }],
      ['id upper-case UUID', { ...good, id: ID.toUpperCase() }],
      ['no createdAt', without('createdAt')],
      ['createdAt a number', { ...good, createdAt: 1 }],
      ['createdAt with an offset', { ...good, createdAt: '2026-11-23T10:00:00+01:00' }],
      ['createdAt without seconds', { ...good, createdAt: '2026-11-23T10:00Z' }],
      ['createdAt without zone', { ...good, createdAt: '2026-11-23T10:00:00' }],
      ['createdAt a date only', { ...good, createdAt: '2026-11-23' }],
      ['createdAt 30 February', { ...good, createdAt: '2026-02-30T10:00:00Z' }],
      ['createdAt 29 February, leap year', { ...good, createdAt: '2024-02-29T10:00:00Z' }],
      ['createdAt 29 February, other year', { ...good, createdAt: '2026-02-29T10:00:00Z' }],
      ['createdAt 29 February 2000', { ...good, createdAt: '2000-02-29T10:00:00Z' }],
      ['createdAt 29 February 1900', { ...good, createdAt: '1900-02-29T10:00:00Z' }],
      ['createdAt 31 April', { ...good, createdAt: '2026-04-31T10:00:00Z' }],
      ['createdAt day 00', { ...good, createdAt: '2026-04-00T10:00:00Z' }],
      ['createdAt month 13', { ...good, createdAt: '2026-13-01T10:00:00Z' }],
      ['createdAt hour 24', { ...good, createdAt: '2026-11-23T24:00:00Z' }],
      ['createdAt offset +24:00', { ...good, createdAt: '2026-11-23T10:00:00+24:00' }],
      ['attempt 0', { ...good, attempt: 0 }],
      ['attempt 1.5', { ...good, attempt: 1.5 }],
      ['no attempt', without('attempt')],
      ['nps score 10', { ...good, score: 10 }],
      ['nps score 11', { ...good, score: 11 }],
      ['csat score 0', { ...good, type: 'csat', score: 0 }],
      ['ces score 7', { ...good, type: 'ces', score: 7 }],
      ['ces score 8', { ...good, type: 'ces', score: 8 }],
      ['feedback has no score range', { ...good, type: 'feedback', score: 99 }],
      ['user null', { ...good, user: null }],
      ['user id too long', { ...good, user: { id: 'u'.repeat(201) } }],
      ['user anonymousId a number', { ...good, user: { anonymousId: 5 } }],
      ['traits an array', { ...good, user: { traits: [] } }],
      ['trait key too long', { ...good, user: { traits: { ['k'.repeat(201)]: 1 } } }],
      ['context url too long', { ...good, context: { url: 'u'.repeat(2049) } }],
      ['context locale too long', { ...good, context: { locale: 'l'.repeat(65) } }],
      ['context userAgent too long', { ...good, context: { userAgent: 'a'.repeat(513) } }],
      ['context sdk a number', { ...good, context: { sdk: 1 } }],
      ['context a string', { ...good, context: 'x' }],
      ['a field problem before the score range', { ...good, score: 11, comment: 1 }],
    ]);
  });

  describe('acknowledgements (AckSchema)', () => {
    agree(checkAck, schema.AckSchema, [
      ['empty results', { results: [] }],
      [
        'each status',
        { results: ['accepted', 'duplicate', 'rejected'].map((s) => ({ id: 'a', status: s })) },
      ],
      ['with an error', { results: [{ id: 'a', status: 'rejected', error: 'bad' }] }],
      ['extra keys pass', { results: [{ id: 'a', status: 'accepted', at: 1 }], ok: true }],
      ['results missing', {}],
      ['results an object', { results: {} }],
      ['an item without id', { results: [{ status: 'accepted' }] }],
      ['an unknown status', { results: [{ id: 'a', status: 'ok' }] }],
      ['error a number', { results: [{ id: 'a', status: 'rejected', error: 1 }] }],
      ['second item bad', { results: [{ id: 'a', status: 'accepted' }, null] }],
      ['null', null],
    ]);
  });
});
