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
import { createOutbox, type EvictionReason } from './outbox.js';
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

function setup(
  options: {
    maxQueue?: number;
    retentionMs?: number;
    now?: () => number;
    log?: TransactionLog[];
  } = {},
) {
  const dbName = uniqueName('outbox-db');
  const storage = createStorage({
    dbName,
    persistence: 'durable',
    ...(options.log ? { indexedDB: countingIndexedDB(options.log) } : {}),
  });
  const quarantined: number[] = [];
  const evicted: Array<[string[], EvictionReason]> = [];
  const outbox = createOutbox(storage.store('outbox'), storage.store('quarantine'), {
    maxQueue: options.maxQueue ?? 1000,
    retentionMs: options.retentionMs,
    now: options.now ?? Date.now,
    onQuarantine: (n) => quarantined.push(n),
    onEvict: (records, reason) => evicted.push([records.map((r) => r.id), reason]),
  });
  return { dbName, storage, outbox, quarantined, evicted };
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
    const outbox = createOutbox(instrumented, storage.store('quarantine'), {
      maxQueue: 1000,
      now: Date.now,
      onEvict: () => undefined,
      onQuarantine: () => undefined,
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

  it('reads oldest first by id, after a key, and removes acknowledged ids', async () => {
    const { outbox } = track(setup());
    const records = Array.from({ length: 5 }, () => record());
    const ids = (rs: Array<ResponseRecord | undefined>) => rs.map((r) => r!.id);
    // Enqueue out of order: the key (a UUIDv7) decides the order, not the insertion.
    await Promise.all([...records].reverse().map((r) => outbox.enqueue(r)));
    const first = await outbox.read(3);
    expect(ids(first.records)).to.deep.equal(ids(records.slice(0, 3)));
    expect(first.last).to.equal(records[2]!.id);
    expect(ids((await outbox.read(10, first.last)).records)).to.deep.equal(ids(records.slice(3)));
    await outbox.remove([records[0]!.id, records[2]!.id]);
    expect(ids((await outbox.read(10)).records)).to.deep.equal(
      ids([records[1], records[3], records[4]]),
    );
    expect(outbox.size).to.equal(3);
    expect(await outbox.read(10, records[4]!.id)).to.deep.equal({
      records: [],
      last: undefined,
      end: true,
    });
  });

  it('quarantines a corrupt record put directly into the store, and keeps going', async () => {
    const { dbName, storage, outbox, quarantined } = track(setup());
    const good = [record(), record()];
    await Promise.all(good.map((r) => outbox.enqueue(r)));
    // Sorts between the two good ones.
    const badKey = `${good[0]!.id.slice(0, -1)}~`;
    await rawPut(dbName, 'outbox', badKey, { v: 1, ...record({ id: badKey }), score: 42 });
    await rawPut(dbName, 'outbox', 'zzz-no-record', { answer: 'no version' });
    await rawPut(dbName, 'outbox', 'zzz-not-an-object', 'text');

    const read = await outbox.read(10);
    expect(read.records.map((r) => r.id)).to.deep.equal(good.map((r) => r.id));
    expect(quarantined).to.deep.equal([3]);
    const q = new Map(await storage.store('quarantine').entries<{ reason: string }>());
    expect(q.get(badKey)!.reason).to.equal('id: must be a UUID');
    expect(q.get('zzz-no-record')!.reason).to.equal('id: must be a string');
    expect(q.get('zzz-not-an-object')!.reason).to.equal('not an object');
    expect((await rawEntries(dbName, 'outbox')).map(([k]) => k)).to.deep.equal(
      good.map((r) => r.id),
    );
  });

  it('migrates a version-0 record (stored before records were versioned) and sends it', async () => {
    const { dbName, outbox, quarantined } = track(setup());
    // The v0 layout: no `v`, and no `attempt` until a record had been sent.
    const { attempt: _attempt, ...v0 } = record({ comment: 'from an old SDK' });
    await outbox.enqueue(record());
    await rawPut(dbName, 'outbox', v0.id, v0);
    const [migrated] = (await outbox.read(1)).records;
    expect(migrated).to.deep.equal({ ...v0, attempt: 0 });
    expect(quarantined).to.deep.equal([]);
  });

  it('leaves a record of a newer stored version in place, for the SDK that wrote it', async () => {
    const { dbName, outbox, quarantined } = track(setup());
    const mine = record();
    await outbox.enqueue(mine);
    const future = { ...record(), v: 2, shape: 'unknown to this SDK' };
    await rawPut(dbName, 'outbox', future.id, future);
    const read = await outbox.read(10);
    expect(read.records.map((r) => r.id)).to.deep.equal([mine.id]);
    expect(read.last).to.equal(future.id);
    expect(quarantined).to.deep.equal([]);
    expect((await rawEntries(dbName, 'outbox')).map(([k]) => k)).to.deep.equal([
      mine.id,
      future.id,
    ]);
  });

  it('quarantines a record whose version is not a number', async () => {
    const { dbName, storage, outbox, quarantined } = track(setup());
    await storage.open();
    const bad = { ...record(), v: 'one' };
    await rawPut(dbName, 'outbox', bad.id, bad);
    expect((await outbox.read(10)).records).to.deep.equal([]);
    expect(quarantined).to.deep.equal([1]);
  });

  it('evicts the oldest records beyond maxQueue, reporting each, after the commit', async () => {
    const { dbName, outbox, evicted } = track(setup({ maxQueue: 3 }));
    const records = Array.from({ length: 5 }, () => record());
    const results = await Promise.allSettled(records.map((r) => outbox.enqueue(r)));
    expect(results.map((r) => r.status)).to.deep.equal(Array(5).fill('fulfilled'));
    await outbox.settled();
    expect(evicted).to.deep.equal([[[records[0]!.id, records[1]!.id], 'maxQueue']]);
    expect((await rawEntries(dbName, 'outbox')).map(([k]) => k)).to.deep.equal(
      records.slice(2).map((r) => r.id),
    );
    expect(outbox.size).to.equal(3);
  });

  it('counts records another tab added, so maxQueue holds for the shared outbox', async () => {
    let clock = 1_000_000;
    const { dbName, storage, outbox, evicted } = track(setup({ maxQueue: 4, now: () => clock }));
    await outbox.enqueue(record());
    await outbox.settled();
    expect(outbox.size).to.equal(1);
    // Another tab (another instance on the same database) adds three.
    const other = createOutbox(storage.store('outbox'), storage.store('quarantine'), {
      maxQueue: 4,
      now: () => clock,
      onEvict: () => undefined,
      onQuarantine: () => undefined,
    });
    const theirs = [record(), record(), record()];
    await Promise.all(theirs.map((r) => other.enqueue(r)));
    clock += 1001; // past the recount interval
    const newest = record();
    await outbox.enqueue(newest);
    await outbox.settled();
    expect(evicted).to.have.length(1);
    expect(evicted[0]![0]).to.have.length(1);
    expect((await rawEntries(dbName, 'outbox')).map(([k]) => k)).to.include(newest.id);
    expect(await outbox.count()).to.equal(4);
  });

  it('evicts records past retention when reading, and on expire()', async () => {
    const day = 86_400_000;
    let clock = Date.UTC(2026, 10, 1);
    const { outbox, evicted } = track(setup({ retentionMs: 30 * day, now: () => clock }));
    const old = [0, 1].map((d) =>
      record({ createdAt: new Date(clock - (40 - d) * day).toISOString() }),
    );
    const fresh = record({ createdAt: new Date(clock - day).toISOString() });
    await Promise.all([...old, fresh].map((r) => outbox.enqueue(r)));
    const read = await outbox.read(10);
    expect(read.records.map((r) => r.id)).to.deep.equal([fresh.id]);
    expect(evicted).to.deep.equal([[old.map((r) => r.id), 'retention']]);

    clock += 30 * day; // now `fresh` is past retention too
    await outbox.expire();
    expect(evicted[1]).to.deep.equal([[fresh.id], 'retention']);
    expect(await outbox.count()).to.equal(0);
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
