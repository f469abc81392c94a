import { expect } from '@open-wc/testing';
import type { Filter } from '../surveys/definition.js';
import { matchesAll, matchesFilter } from './filters.js';

const traits = {
  plan: 'pro',
  seats: 12,
  beta: true,
  nothing: null,
  tags: ['admin', 'eu'],
  signedUpAt: '2026-03-01T00:00:00Z',
  company: { size: 50, name: 'Acme' },
  'dotted.key': 'literal',
  score: '42',
};

describe('matchesFilter', () => {
  const table: Array<[Filter, boolean]> = [
    [{ key: 'plan', op: 'eq', value: 'pro' }, true],
    [{ key: 'plan', op: 'eq', value: 'team' }, false],
    [{ key: 'score', op: 'eq', value: 42 }, false],
    [{ key: 'missing', op: 'eq', value: undefined }, false],
    [{ key: 'nothing', op: 'eq', value: null }, true],
    [{ key: 'tags', op: 'eq', value: ['admin', 'eu'] }, true],
    [{ key: 'company', op: 'eq', value: { name: 'Acme', size: 50 } }, true],
    [{ key: 'company', op: 'eq', value: { name: 'Acme' } }, false],
    [{ key: 'plan', op: 'neq', value: 'team' }, true],
    [{ key: 'plan', op: 'neq', value: 'pro' }, false],
    [{ key: 'missing', op: 'neq', value: 'pro' }, true],
    [{ key: 'plan', op: 'in', value: ['pro', 'team'] }, true],
    [{ key: 'plan', op: 'in', value: ['free'] }, false],
    [{ key: 'plan', op: 'in', value: 'pro' }, false],
    [{ key: 'missing', op: 'in', value: ['pro'] }, false],
    [{ key: 'tags', op: 'in', value: ['eu', 'us'] }, true],
    [{ key: 'tags', op: 'in', value: ['us'] }, false],
    [{ key: 'plan', op: 'nin', value: ['free', 'trial'] }, true],
    [{ key: 'plan', op: 'nin', value: ['pro'] }, false],
    [{ key: 'missing', op: 'nin', value: ['pro'] }, true],
    [{ key: 'seats', op: 'gt', value: 10 }, true],
    [{ key: 'seats', op: 'gt', value: 12 }, false],
    [{ key: 'seats', op: 'gte', value: 12 }, true],
    [{ key: 'seats', op: 'lt', value: 12 }, false],
    [{ key: 'seats', op: 'lte', value: 12 }, true],
    [{ key: 'score', op: 'gt', value: 10 }, false],
    [{ key: 'missing', op: 'lt', value: 10 }, false],
    [{ key: 'signedUpAt', op: 'gte', value: '2026-01-01' }, true],
    [{ key: 'signedUpAt', op: 'lt', value: '2026-01-01' }, false],
    [{ key: 'plan', op: 'exists' }, true],
    [{ key: 'nothing', op: 'exists' }, false],
    [{ key: 'missing', op: 'exists' }, false],
    [{ key: 'missing', op: 'notExists' }, true],
    [{ key: 'nothing', op: 'notExists' }, true],
    [{ key: 'plan', op: 'notExists' }, false],
    [{ key: 'plan', op: 'contains', value: 'ro' }, true],
    [{ key: 'plan', op: 'contains', value: 'RO' }, false],
    [{ key: 'tags', op: 'contains', value: 'eu' }, true],
    [{ key: 'tags', op: 'contains', value: 'us' }, false],
    [{ key: 'seats', op: 'contains', value: 1 }, false],
    [{ key: 'company.size', op: 'gte', value: 50 }, true],
    [{ key: 'company.missing', op: 'exists' }, false],
    [{ key: 'plan.length', op: 'exists' }, false],
    [{ key: 'dotted.key', op: 'eq', value: 'literal' }, true],
    [{ key: 'beta', op: 'eq', value: true }, true],
    [{ key: 'constructor', op: 'exists' }, false],
  ];
  for (const [filter, expected] of table) {
    it(`${filter.key} ${filter.op} ${JSON.stringify(filter.value)} → ${expected}`, () => {
      expect(matchesFilter(traits, filter)).to.equal(expected);
    });
  }
});

describe('matchesAll', () => {
  it('passes with no filters, needs every filter otherwise', () => {
    expect(matchesAll(traits, undefined)).to.equal(true);
    expect(matchesAll(undefined, [])).to.equal(true);
    expect(
      matchesAll(traits, [
        { key: 'plan', op: 'eq', value: 'pro' },
        { key: 'seats', op: 'gt', value: 5 },
      ]),
    ).to.equal(true);
    expect(
      matchesAll(traits, [
        { key: 'plan', op: 'eq', value: 'pro' },
        { key: 'seats', op: 'gt', value: 50 },
      ]),
    ).to.equal(false);
    expect(matchesAll(undefined, [{ key: 'plan', op: 'exists' }])).to.equal(false);
  });
});
