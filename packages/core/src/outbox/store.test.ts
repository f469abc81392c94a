import { expect } from '@open-wc/testing';
import { uniqueName } from '../test-support/endpoint.js';
import {
  countingIndexedDB,
  databaseExists,
  rawPut,
  rawDelete,
  rawEntries,
  throwingIndexedDB,
  versionErrorIndexedDB,
  type TransactionLog,
} from '../test-support/idb.js';
import { memoryStore } from './store-ops.js';
import { createStorage, STORE_NAMES, type KeyValueStore } from './store.js';

describe('storage', () => {
  const dbs: string[] = [];
  const name = () => {
    const n = uniqueName('store-db');
    dbs.push(n);
    return n;
  };
  afterEach(async () => {
    for (const db of dbs.splice(0)) await rawDelete(db);
  });

  it('creates one database with every object store, on first use only', async () => {
    const dbName = name();
    const storage = createStorage({ dbName, persistence: 'durable' });
    expect(await databaseExists(dbName), 'nothing before first use').to.equal(false);
    expect(await storage.open()).to.equal('durable');
    await storage.store('meta').setMany([['k', 'v']]);
    expect(await rawEntries(dbName, 'meta')).to.deep.equal([['k', 'v']]);
    for (const store of STORE_NAMES) expect(await rawEntries(dbName, store)).to.be.an('array');
    storage.close();
  });

  it('adds missing object stores to a database created by other code, keeping its data', async () => {
    const dbName = name();
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(dbName, 3);
      req.onupgradeneeded = () => req.result.createObjectStore('outbox').put({ keep: 1 }, 'old');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const storage = createStorage({ dbName, persistence: 'durable' });
    expect(await storage.open()).to.equal('durable');
    expect(await storage.store('outbox').entries()).to.deep.equal([['old', { keep: 1 }]]);
    await storage.store('dead-letters').setMany([['x', 1]]);
    expect(await storage.store('dead-letters').count()).to.equal(1);
    storage.close();
  });

  it('falls back to memory when indexedDB.open() throws', async () => {
    const fallbacks: unknown[] = [];
    const storage = createStorage({
      dbName: name(),
      persistence: 'durable',
      indexedDB: throwingIndexedDB(),
      onFallback: (e) => fallbacks.push(e),
    });
    expect(await storage.open()).to.equal('volatile');
    expect(fallbacks).to.have.length(1);
    const store = storage.store('outbox');
    await store.setMany([
      ['b', 2],
      ['a', 1],
    ]);
    expect(await store.entries()).to.deep.equal([
      ['a', 1],
      ['b', 2],
    ]);
    expect(await store.count()).to.equal(2);
  });

  it('falls back to memory when the open fails asynchronously (VersionError)', async () => {
    const dbName = name();
    const storage = createStorage({
      dbName,
      persistence: 'durable',
      indexedDB: await versionErrorIndexedDB(dbName),
    });
    expect(await storage.open()).to.equal('volatile');
    await storage.store('outbox').setMany([['a', 1]]);
    expect(await storage.store('outbox').entries()).to.deep.equal([['a', 1]]);
  });

  it('never touches IndexedDB with persistence "volatile"', async () => {
    const dbName = name();
    const storage = createStorage({ dbName, persistence: 'volatile' });
    await storage.store('outbox').setMany([['a', 1]]);
    expect(await storage.store('outbox').count()).to.equal(1);
    expect(storage.persistence).to.equal('volatile');
    expect(await databaseExists(dbName)).to.equal(false);
  });

  it('purge clears every store, and does not create a database that does not exist', async () => {
    const dbName = name();
    const storage = createStorage({ dbName, persistence: 'durable' });
    await storage.purge();
    expect(await databaseExists(dbName)).to.equal(false);
    for (const store of STORE_NAMES) await storage.store(store).setMany([['k', 1]]);
    await storage.purge();
    for (const store of STORE_NAMES) expect(await rawEntries(dbName, store)).to.deep.equal([]);
    storage.close();
  });

  it('returns at most `limit` entries in key order', async () => {
    const storage = createStorage({ dbName: name(), persistence: 'durable' });
    const store = storage.store('outbox');
    await store.setMany(['d', 'b', 'a', 'c'].map((k) => [k, k.toUpperCase()]));
    expect(await store.entries(3)).to.deep.equal([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
    ]);
    storage.close();
  });

  /** A durable outbox store whose IndexedDB logs every transaction it opens. */
  const countedOutbox = () => {
    const dbName = name();
    const log: TransactionLog[] = [];
    const storage = createStorage({
      dbName,
      persistence: 'durable',
      indexedDB: countingIndexedDB(log),
    });
    return { dbName, log, storage, store: storage.store('outbox') };
  };

  it('deletes contiguous keys with one range delete, never a key added inside the range', async () => {
    const { dbName, log, storage, store } = countedOutbox();
    await store.setMany(['a', 'b', 'c', 'd', 'e'].map((k) => [k, k]));
    const before = log.length;
    await store.delMany(['b', 'c', 'd']);
    expect(log.length - before, 'one transaction').to.equal(1);
    expect((await store.entries()).map(([k]) => k)).to.deep.equal(['a', 'e']);

    // Another writer put "c2" between the keys read: the range would take it, so each key goes.
    await store.setMany(['b', 'c', 'd'].map((k) => [k, k]));
    await rawPut(dbName, 'outbox', 'c2', 'added meanwhile');
    await store.delMany(['b', 'c', 'd']);
    expect((await store.entries()).map(([k]) => k)).to.deep.equal(['a', 'c2', 'e']);
    storage.close();
  });

  it('entries() deletes what it is given and reads on, in one transaction, never a key added inside the range', async () => {
    const { dbName, log, storage, store } = countedOutbox();
    await store.setMany(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, k.toUpperCase()]));
    const before = log.length;
    expect(await store.entries(2, 'c', ['a', 'b', 'c'])).to.deep.equal([
      ['d', 'D'],
      ['e', 'E'],
    ]);
    expect(log.slice(before), 'one readwrite transaction').to.deep.equal([
      { stores: ['outbox'], mode: 'readwrite' },
    ]);
    expect((await store.entries()).map(([k]) => k)).to.deep.equal(['d', 'e', 'f']);

    // Another writer put "d2" between the keys to delete: the range would take it, so each goes.
    await rawPut(dbName, 'outbox', 'd2', 'added meanwhile');
    expect(await store.entries(5, 'f', ['d', 'e', 'f'])).to.deep.equal([]);
    expect(await store.entries()).to.deep.equal([['d2', 'added meanwhile']]);
    storage.close();
  });

  for (const [kind, open] of [
    [
      'IndexedDB',
      (n: string) => createStorage({ dbName: n, persistence: 'durable' }).store('meta'),
    ],
    ['memory', () => memoryStore()],
  ] as Array<[string, (n: string) => KeyValueStore]>) {
    it(`${kind}: entries after a key, and update() as an atomic read-modify-write`, async () => {
      const dbName = name();
      const store = open(dbName);
      await store.setMany(['a', 'b', 'c', 'd'].map((k) => [k, k.toUpperCase()]));
      expect(await store.entries(2, 'a')).to.deep.equal([
        ['b', 'B'],
        ['c', 'C'],
      ]);
      expect(await store.entries(undefined, 'd')).to.deep.equal([]);
      expect(await store.entries(1, 'a', ['a', 'b'])).to.deep.equal([['c', 'C']]);
      expect((await store.entries()).map(([k]) => k)).to.deep.equal(['c', 'd']);
      // 20 concurrent increments: none is lost.
      await Promise.all(
        Array.from({ length: 20 }, () => store.update<number>('n', (old) => (old ?? 0) + 1)),
      );
      expect(await store.get('n')).to.equal(20);
      // Returning undefined writes nothing and resolves with what is stored.
      expect(await store.update('n', () => undefined)).to.equal(20);
      expect(await store.update('missing', () => undefined)).to.equal(undefined);
    });
  }

  it('update() is atomic across connections (two tabs)', async () => {
    const dbName = name();
    const a = createStorage({ dbName, persistence: 'durable' });
    const b = createStorage({ dbName, persistence: 'durable' });
    await a.open();
    await b.open();
    const bump = (s: typeof a) => s.store('meta').update<number>('n', (old) => (old ?? 0) + 1);
    await Promise.all(Array.from({ length: 10 }, (_, i) => bump(i % 2 ? a : b)));
    expect(await a.store('meta').get('n')).to.equal(10);
    a.close();
    b.close();
  });
});
