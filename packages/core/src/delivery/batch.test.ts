import { expect } from '@open-wc/testing';
import type { ResponseRecord } from '../schema.js';
import { batchBody, fitBatch } from './batch.js';

const rec = (i: number, comment: string): ResponseRecord => ({
  id: `0000000${i}`,
  type: 'feedback',
  comment,
  createdAt: '2026-11-23T10:00:00.000Z',
  attempt: 1,
});
const bytes = (r: ResponseRecord) => new TextEncoder().encode(JSON.stringify(r)).length;
const sent = (r: ResponseRecord) => ({ ...r, attempt: r.attempt + 1 });

describe('fitBatch', () => {
  it('keeps every record when they fit, counting this send in attempt', () => {
    const records = [rec(1, 'a'), rec(2, 'b')];
    const batch = fitBatch(records, 10_000);
    expect(batch.records).to.deep.equal(records.map(sent));
    expect(batch.json.map((j) => JSON.parse(j) as unknown)).to.deep.equal(records.map(sent));
    expect(records[0]!.attempt, 'the input is not changed').to.equal(1);
  });

  for (const [what, char] of [
    ['ASCII', 'e'],
    ['two-byte UTF-8', 'é'],
    ['four-byte UTF-8 (a surrogate pair)', '😀'],
  ] as const) {
    it(`stops before the record that would pass the byte cap (${what})`, () => {
      const records = [1, 2, 3].map((i) => rec(i, char.repeat(1000)));
      const one = bytes(sent(records[0]!));
      expect(fitBatch(records, 100 + 2 * (one + 1)).records).to.have.length(2);
      expect(fitBatch(records, 100 + 2 * (one + 1) - 1).records).to.have.length(1);
    });
  }

  it('always sends at least one record, even an oversized one', () => {
    expect(fitBatch([rec(1, 'x'.repeat(5000))], 1000).records).to.have.length(1);
  });
});

describe('batchBody', () => {
  it('is the SPEC §5 envelope', () => {
    const { json } = fitBatch([rec(1, 'c')], 10_000);
    const body = JSON.parse(batchBody(json, 'pk_"demo', Date.UTC(2026, 10, 23, 10))) as unknown;
    expect(body).to.deep.equal({
      writeKey: 'pk_"demo',
      sentAt: '2026-11-23T10:00:00.000Z',
      batch: [sent(rec(1, 'c'))],
    });
    expect(JSON.parse(batchBody([], undefined, 0))).to.deep.equal({
      sentAt: '1970-01-01T00:00:00.000Z',
      batch: [],
    });
  });
});
