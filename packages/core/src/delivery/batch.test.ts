import { expect } from '@open-wc/testing';
import type { ResponseRecord } from '../schema.js';
import { batchBody, fitBatch } from './batch.js';

const rec = (i: number, commentLength: number): ResponseRecord => ({
  id: `0000000${i}`,
  type: 'feedback',
  comment: 'é'.repeat(commentLength), // two bytes each in UTF-8
  createdAt: '2026-11-23T10:00:00.000Z',
  attempt: 1,
});
const bytes = (r: ResponseRecord) => new TextEncoder().encode(JSON.stringify(r)).length;

describe('fitBatch', () => {
  it('keeps every record when they fit', () => {
    const records = [rec(1, 10), rec(2, 10)];
    expect(fitBatch(records, 10_000)).to.deep.equal(records);
  });

  it('stops before the record that would pass the byte cap (counting UTF-8 bytes)', () => {
    const records = [rec(1, 1000), rec(2, 1000), rec(3, 1000)];
    const one = bytes(records[0]!);
    expect(one).to.be.above(2000);
    expect(fitBatch(records, 100 + 2 * (one + 1))).to.have.length(2);
    expect(fitBatch(records, 100 + 2 * (one + 1) - 1)).to.have.length(1);
  });

  it('always sends at least one record, even an oversized one', () => {
    expect(fitBatch([rec(1, 5000)], 1000)).to.have.length(1);
  });
});

describe('batchBody', () => {
  it('is the SPEC §5 envelope', () => {
    const body = JSON.parse(batchBody([rec(1, 1)], 'pk_demo', Date.UTC(2026, 10, 23, 10)));
    expect(body).to.deep.equal({
      writeKey: 'pk_demo',
      sentAt: '2026-11-23T10:00:00.000Z',
      batch: [rec(1, 1)],
    });
    expect(JSON.parse(batchBody([], undefined, 0))).to.not.have.property('writeKey');
  });
});
