import { expect } from '@open-wc/testing';
import { createIdGenerator } from '../id.js';
import type { ResponseRecord } from '../schema.js';
import { uniqueName } from '../test-support/endpoint.js';
import {
  countingIndexedDB,
  rawDelete,
  rawEntries,
  rawPut,
  type TransactionLog,
} from '../test-support/idb.js';
import { Outbox } from './outbox.js';
import { createStorage, type KeyValueStore } from './store.js';

const newId = createIdGenerator();
const record = (over: Partial<ResponseRecord> = {}): ResponseRecord => ({
  id: newId(),
  type: 'nps',
  score: 9,
  createdAt: new Date().toISOString(),
  attempt: 0,
  user: { anonymousId: 'anon-1', traits: {} },
  context: { sdk: 'touchpoint/0.1.0' },
  ...over,
});

function setup(options: { maxQueue?: number; log?: TransactionLog[] } = {}) {
  const dbName = uniqueName('outbox-db');
  const storage = createStorage({
    dbName,
    persistence: 'durable',
    ...(options.log ? { indexedDB: countingIndexedDB(options.log) } : {}),
  });
  const quarantined: number[] = [];
  const outbox = new Outbox(storage.store('outbox'), storage.store('quarantine'), {
    maxQueue: options.maxQueue ?? 1000,
    now: Date.now,
    onQuarantine: (n) => quarantined.push(n),
  });
  return { dbName, storage, outbox, quarantined };
}

describe('Outbox', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0)) await fn();
  });
  const track = (s: ReturnType<typeof setup>) => {
    cleanup.push(async () => {
      s.storage.close();
      await rawDelete(s.dbName);
    });
    return s;
  };

  it('resolves enqueue only after the record is committed (seen through raw IndexedDB)', async () => {
    const { dbName, outbox } = track(setup());
    const r = record();
    await outbox.enqueue(r);
    const stored = await rawEntries(dbName, 'outbox');
    expect(stored).to.have.length(1);
    expect(stored[0]![0]).to.equal(r.id);
    expect(stored[0]![1]).to.deep.equal({ ...r, v: 1 });
  });

  it('writes 100 concurrent enqueues in ONE IndexedDB transaction, resolving each after it', async () => {
    const log: TransactionLog[] = [];
    const dbName = uniqueName('outbox-db');
    const storage = createStorage({
      dbName,
      persistence: 'durable',
      indexedDB: countingIndexedDB(log),
    });
    cleanup.push(async () => {
      storage.close();
      await rawDelete(dbName);
    });
    await storage.open();
    // Instrument the store: how many writes, and whether each promise waited for its commit.
    const inner = storage.store('outbox');
    let setManyCalls = 0;
    let committed = false;
    const instrumented: KeyValueStore = {
      ...inner,
      setMany: async (entries) => {
        setManyCalls++;
        await inner.setMany(entries);
        committed = true;
      },
    };
    const outbox = new Outbox(instrumented, storage.store('quarantine'), {
      maxQueue: 1000,
      now: Date.now,
    });
    const before = log.length;
    const resolvedAfterCommit = await Promise.all(
      Array.from({ length: 100 }, () => outbox.enqueue(record()).then(() => committed)),
    );
    expect(resolvedAfterCommit.every(Boolean), 'every enqueue resolved after the commit').to.equal(
      true,
    );
    expect(setManyCalls).to.equal(1);
    const outboxWrites = log
      .slice(before)
      .filter((t) => t.mode === 'readwrite' && t.stores.includes('outbox'));
    expect(outboxWrites, 'readwrite IndexedDB transactions on the outbox').to.have.length(1);
    expect(await rawEntries(dbName, 'outbox')).to.have.length(100);
  });

  it('groups enqueues made while a commit is in flight into the next transaction', async () => {
    const log: TransactionLog[] = [];
    const { storage, outbox } = track(setup({ log }));
    await storage.open();
    const before = log.length;
    const first = outbox.enqueue(record());
    await Promise.resolve(); // let the first commit start
    await Promise.resolve();
    const rest = Array.from({ length: 20 }, () => outbox.enqueue(record()));
    await Promise.all([first, ...rest]);
    const writes = log.slice(before).filter((t) => t.mode === 'readwrite');
    expect(writes.length).to.be.within(1, 2);
    expect(await outbox.count()).to.equal(21);
  });

  it('lists oldest first by id and removes acknowledged ids', async () => {
    const { outbox } = track(setup());
    const records = Array.from({ length: 5 }, () => record());
    // Enqueue out of order: the key (a UUIDv7) decides the order, not the insertion.
    await Promise.all([...records].reverse().map((r) => outbox.enqueue(r)));
    expect((await outbox.take(3)).map((r) => r.id)).to.deep.equal(
      records.slice(0, 3).map((r) => r.id),
    );
    await outbox.remove([records[0]!.id, records[2]!.id]);
    expect((await outbox.take(10)).map((r) => r.id)).to.deep.equal(
      [records[1], records[3], records[4]].map((r) => r!.id),
    );
    expect(outbox.size).to.equal(3);
  });

  it('quarantines a corrupt record put directly into the store, and keeps going', async () => {
    const { dbName, storage, outbox, quarantined } = track(setup());
    const good = [record(), record()];
    await Promise.all(good.map((r) => outbox.enqueue(r)));
    // Sorts between the two good ones.
    const badKey = `${good[0]!.id.slice(0, -1)}~`;
    await rawPut(dbName, 'outbox', badKey, { v: 1, ...record({ id: badKey }), score: 42 });
    await rawPut(dbName, 'outbox', 'zzz-old-format', { answer: 'no version' });

    const taken = await outbox.take(10);
    expect(taken.map((r) => r.id)).to.deep.equal(good.map((r) => r.id));
    expect(quarantined).to.deep.equal([2]);
    const q = new Map(await storage.store('quarantine').entries<{ reason: string }>());
    expect(q.get(badKey)!.reason).to.equal('id: must be a UUID');
    expect(q.get('zzz-old-format')!.reason).to.equal('unknown stored schema version undefined');
    expect((await rawEntries(dbName, 'outbox')).map(([k]) => k)).to.deep.equal(
      good.map((r) => r.id),
    );
  });

  it('still returns a full page when corrupt records fill the first read', async () => {
    const { dbName, outbox } = track(setup());
    const good = record();
    await outbox.enqueue(good);
    for (let i = 0; i < 3; i++) await rawPut(dbName, 'outbox', `0000000${i}`, { v: 2 });
    expect((await outbox.take(2)).map((r) => r.id)).to.deep.equal([good.id]);
  });

  it('refuses records beyond maxQueue with a clear Error and keeps the rest', async () => {
    const { outbox } = track(setup({ maxQueue: 3 }));
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => outbox.enqueue(record())),
    );
    expect(results.map((r) => r.status)).to.deep.equal([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
    ]);
    expect((results[3] as PromiseRejectedResult).reason.message).to.equal(
      'Touchpoint: the outbox is full (maxQueue 3); the response was not stored',
    );
    expect(await outbox.count()).to.equal(3);
  });

  it('rejects every record of a group whose transaction fails, storing none', async () => {
    const { dbName, storage, outbox } = track(setup());
    await outbox.enqueue(record());
    // A function cannot be stored: the real transaction aborts with a DataCloneError.
    const results = await Promise.allSettled([
      outbox.enqueue(record()),
      outbox.enqueue(record({ data: { callback: () => 1 } })),
    ]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason.name).to.equal('DataCloneError');
    expect(await rawEntries(dbName, 'outbox')).to.have.length(1);
    expect(storage.persistence, 'a bad value is not a storage failure').to.equal('durable');
  });
});
