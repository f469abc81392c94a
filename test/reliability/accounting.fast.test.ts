// The chaos suite's own rules, table-driven: how figures are counted, how the fault schedule
// decides, how the ledger dedups. A wrong rule here would make every chaos cell lie.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gapsAfter } from './cells/index.js';
import { FaultSchedule, INJECTED_REJECTION, type FaultRule } from './faults.js';
import { computeFigures } from './figures.js';
import { Ledger, type RequestLogEntry } from './ledger.js';

const sub = (id: string, comment = `c-${id}`) => ({ id, comment });
const stored = (...entries: Array<[string, string?]>) =>
  new Map(entries.map(([id, comment]) => [id, comment === undefined ? {} : { comment }]));

describe('computeFigures', () => {
  const cases = [
    {
      name: 'everything stored once',
      input: { submitted: [sub('a'), sub('b')], stored: stored(['a', 'c-a'], ['b', 'c-b']) },
      expect: { lost: 0, storedDuplicates: 0, phantoms: 0, deadLettered: 0 },
    },
    {
      name: 'a submitted id never stored is lost',
      input: { submitted: [sub('a'), sub('b')], stored: stored(['a', 'c-a']) },
      expect: { lost: 1, storedDuplicates: 0, phantoms: 0, deadLettered: 0 },
    },
    {
      name: 'a dead letter is accounted for, not lost',
      input: { submitted: [sub('a'), sub('b')], stored: stored(['a', 'c-a']), dead: ['b'] },
      expect: { lost: 0, storedDuplicates: 0, phantoms: 0, deadLettered: 1 },
    },
    {
      name: 'the same answer under a second id is a stored duplicate',
      input: { submitted: [sub('a')], stored: stored(['a', 'c-a'], ['x', 'c-a']) },
      expect: { lost: 0, storedDuplicates: 1, phantoms: 1, deadLettered: 0 },
    },
    {
      name: 'an id no submit resolved with is a phantom',
      input: { submitted: [sub('a')], stored: stored(['a', 'c-a'], ['z', 'other']) },
      expect: { lost: 0, storedDuplicates: 0, phantoms: 1, deadLettered: 0 },
    },
    {
      name: 'records without a comment are never duplicates of each other',
      input: { submitted: [sub('a'), sub('b')], stored: stored(['a'], ['b']) },
      expect: { lost: 0, storedDuplicates: 0, phantoms: 0, deadLettered: 0 },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const f = computeFigures({
        submitted: c.input.submitted,
        stored: c.input.stored,
        deadLetterIds: c.input.dead ?? [],
        wireDuplicates: 3,
      });
      assert.deepEqual(
        {
          lost: f.lost,
          storedDuplicates: f.storedDuplicates,
          phantoms: f.phantoms,
          deadLettered: f.deadLettered,
        },
        c.expect,
      );
      assert.equal(f.wireDuplicates, 3);
    });
  }

  it('flags a dead letter the server stored anyway', () => {
    const f = computeFigures({
      submitted: [sub('a')],
      stored: stored(['a', 'c-a']),
      deadLetterIds: ['a'],
      wireDuplicates: 0,
    });
    assert.equal(f.deadLetteredButStored, 1);
  });
});

describe('Ledger', () => {
  it('stores an id once and counts every later delivery as a wire duplicate', () => {
    const ledger = new Ledger();
    assert.deepEqual(
      [...ledger.store([{ id: 'a' }, { id: 'b' }], 1, 0)],
      [
        ['a', 'accepted'],
        ['b', 'accepted'],
      ],
    );
    assert.deepEqual(
      [...ledger.store([{ id: 'a' }, { id: 'c' }], 2, 5)],
      [
        ['a', 'duplicate'],
        ['c', 'accepted'],
      ],
    );
    ledger.store([{ id: 'a' }], 3, 9);
    assert.equal(ledger.stored.size, 3);
    assert.equal(ledger.wireDuplicates, 2);
    assert.equal(ledger.stored.get('a')?.request, 1);
  });
});

describe('FaultSchedule', () => {
  const batch = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `id-${i}`, comment: `#${i}` }));
  const kinds = (rules: FaultRule[], sizes: number[]) => {
    const schedule = new FaultSchedule();
    schedule.set(rules);
    return sizes.map((n) => {
      const a = schedule.next(batch(n));
      return a.kind === 'status' ? a.status : a.kind;
    });
  };
  const cases: Array<{ name: string; rules: FaultRule[]; sizes: number[]; expect: unknown[] }> = [
    { name: 'no rule acks', rules: [], sizes: [3], expect: ['ack'] },
    {
      name: 'times runs out',
      rules: [{ kind: 'status', status: 503, times: 2 }],
      sizes: [1, 1, 1],
      expect: [503, 503, 'ack'],
    },
    {
      name: 'rules apply in order',
      rules: [
        { kind: 'html200', times: 1 },
        { kind: 'destroy', times: 1 },
      ],
      sizes: [1, 1, 1],
      expect: ['html200', 'destroy', 'ack'],
    },
    {
      name: '413 only above the limit, for good',
      rules: [{ kind: '413-over', maxRecords: 2 }],
      sizes: [5, 2, 3, 1],
      expect: [413, 'ack', 413, 'ack'],
    },
    {
      name: '400 only for a batch holding the bad record',
      rules: [{ kind: '400-for', comment: '#3' }],
      sizes: [5, 3, 4],
      expect: [400, 'ack', 400],
    },
    {
      name: 'a flaky rule of rate 0 never fires, of rate 1 always',
      rules: [
        { kind: 'flaky', rate: 0, seed: 1, rules: [{ kind: 'html200' }] },
        { kind: 'flaky', rate: 1, seed: 1, rules: [{ kind: 'status', status: 502 }] },
      ],
      sizes: [1, 1],
      expect: [502, 502],
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(kinds(c.rules, c.sizes), c.expect));
  }

  it('reject-one marks its record rejected in every ack and never runs out', () => {
    const schedule = new FaultSchedule();
    schedule.set([{ kind: 'reject-one', comment: '#1' }]);
    for (let i = 0; i < 3; i++) {
      const action = schedule.next(batch(3));
      assert.equal(action.kind, 'ack');
      assert.deepEqual(action.kind === 'ack' ? [...action.rejected] : [], [
        ['id-1', INJECTED_REJECTION],
      ]);
    }
  });
});

describe('gapsAfter', () => {
  const entry = (no: number, at: number, doneAt: number, outcome: string): RequestLogEntry => ({
    no,
    at,
    doneAt,
    outcome,
    from: '/',
    ids: [],
    bytes: 0,
  });
  it('measures from each matching reply to the next request', () => {
    const log = [
      entry(1, 0, 10, '503'),
      entry(2, 1010, 1015, '503'),
      entry(3, 4015, 4020, 'ack'),
      entry(4, 5000, 5001, '503'),
    ];
    assert.deepEqual(gapsAfter(log, '503'), [1000, 3000]);
  });
});
