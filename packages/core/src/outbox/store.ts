/**
 * Storage: one IndexedDB database (default name `touchpoint`) holding a few object stores, used
 * through idb-keyval with a custom store, and a memory store with the same interface. When
 * IndexedDB cannot be opened or written (private mode, blocked, quota), everything continues in
 * memory and `persistence` turns `volatile` — nothing is refused, but nothing survives a reload.
 */
import { clear, delMany, get, promisifyRequest, type UseStore } from 'idb-keyval';

/** The object stores of the database. */
export const STORE_NAMES = ['outbox', 'dead-letters', 'quarantine', 'meta'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export type Persistence = 'durable' | 'volatile';

/** A sorted key-value store; keys are strings and entries come back in key order. */
export interface KeyValueStore {
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Up to `limit` entries (all when omitted), in ascending key order. */
  entries<T = unknown>(limit?: number): Promise<Array<[string, T]>>;
  count(): Promise<number>;
  /** Writes every entry in one transaction: all or none. */
  setMany(entries: Array<[string, unknown]>): Promise<void>;
  delMany(keys: string[]): Promise<void>;
  clear(): Promise<void>;
}

/** An in-memory store, for `persistence: 'volatile'` and as the fallback. */
export class MemoryStore implements KeyValueStore {
  #map = new Map<string, unknown>();

  async get<T>(key: string): Promise<T | undefined> {
    return structuredClone(this.#map.get(key)) as T | undefined;
  }
  async entries<T>(limit?: number): Promise<Array<[string, T]>> {
    const keys = [...this.#map.keys()].sort(compareKeys).slice(0, limit);
    return keys.map((key) => [key, structuredClone(this.#map.get(key)) as T]);
  }
  async count(): Promise<number> {
    return this.#map.size;
  }
  async setMany(entries: Array<[string, unknown]>): Promise<void> {
    // Clone first, like IndexedDB: a value that cannot be cloned writes nothing.
    const cloned = entries.map(([key, value]) => [key, structuredClone(value)] as const);
    for (const [key, value] of cloned) this.#map.set(key, value);
  }
  async delMany(keys: string[]): Promise<void> {
    for (const key of keys) this.#map.delete(key);
  }
  async clear(): Promise<void> {
    this.#map.clear();
  }
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An IndexedDB object store through idb-keyval. */
export class IdbStore implements KeyValueStore {
  constructor(private readonly use: UseStore) {}

  get<T>(key: string): Promise<T | undefined> {
    return get<T>(key, this.use);
  }
  entries<T>(limit?: number): Promise<Array<[string, T]>> {
    return this.use('readonly', async (store) => {
      const [keys, values] = await Promise.all([
        promisifyRequest(store.getAllKeys(null, limit)),
        promisifyRequest(store.getAll(null, limit)),
      ]);
      return keys.map((key, i) => [String(key), values[i] as T]);
    });
  }
  count(): Promise<number> {
    return this.use('readonly', (store) => promisifyRequest(store.count()));
  }
  setMany(entries: Array<[string, unknown]>): Promise<void> {
    return this.use('readwrite', (store) => {
      // idb-keyval's setMany lets the transaction commit the puts made before one throws
      // (DataCloneError); abort so a group is written all or nothing.
      try {
        for (const [key, value] of entries) store.put(value, key);
      } catch (error) {
        store.transaction.abort();
        throw error;
      }
      return promisifyRequest(store.transaction);
    });
  }
  delMany(keys: string[]): Promise<void> {
    return delMany(keys, this.use);
  }
  clear(): Promise<void> {
    return clear(this.use);
  }
}

export interface StorageOptions {
  dbName: string;
  persistence: Persistence;
  /** Defaults to the global `indexedDB`; injectable for tests and unusual hosts. */
  indexedDB?: IDBFactory;
  /** Called once when storage falls back to memory, with the cause. */
  onFallback?: (error: unknown) => void;
  /** Gives up opening the database after this long (a blocked open never settles). */
  openTimeoutMs?: number;
}

export interface Storage {
  /** `volatile` when asked for, or after IndexedDB failed to open or to write. */
  readonly persistence: Persistence;
  /** Opens the database (first call only) and reports the resulting persistence. */
  open(): Promise<Persistence>;
  store(name: StoreName): KeyValueStore;
  /** Clears every store — opening the database only if it already exists. */
  purge(): Promise<void>;
  /** Closes the database connection. */
  close(): void;
}

/** Creates storage; nothing is opened (or written) until the first operation or `open()`. */
export function createStorage(options: StorageOptions): Storage {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  let volatile = options.persistence === 'volatile' || !factory;
  let writesFailed = false;
  let dbPromise: Promise<IDBDatabase | null> | undefined;
  let db: IDBDatabase | null = null;
  let closed = false;
  const memory = new Map<StoreName, MemoryStore>();
  const durable = new Map<StoreName, IdbStore>();

  const fallBack = (error: unknown) => {
    if (volatile) return;
    volatile = true;
    options.onFallback?.(error);
  };

  const connect = (): Promise<IDBDatabase | null> => {
    if (options.persistence === 'volatile' || !factory || closed) return Promise.resolve(null);
    if (!dbPromise) {
      dbPromise = openDatabase(factory, options.dbName, options.openTimeoutMs ?? 10_000).then(
        (opened) => {
          db = opened;
          // Another tab upgrading or deleting the database must not be blocked by this connection.
          opened.onversionchange = () => {
            opened.close();
            db = null;
            dbPromise = undefined;
          };
          opened.onclose = () => {
            db = null;
            dbPromise = undefined;
          };
          return opened;
        },
        (error: unknown) => {
          fallBack(error);
          return null;
        },
      );
    }
    return dbPromise;
  };

  const memoryStore = (name: StoreName) => {
    let store = memory.get(name);
    if (!store) memory.set(name, (store = new MemoryStore()));
    return store;
  };
  const durableStore = async (name: StoreName): Promise<IdbStore | null> => {
    if (!(await connect())) return null;
    let store = durable.get(name);
    if (!store) {
      const use: UseStore = (mode, callback) =>
        connect().then((opened) => {
          if (!opened) throw new Error('Touchpoint: IndexedDB connection closed');
          return callback(opened.transaction(name, mode).objectStore(name));
        });
      durable.set(name, (store = new IdbStore(use)));
    }
    return store;
  };

  // Reads and deletes go to both stores (memory holds only what could not be written durably);
  // writes go to IndexedDB until it fails once, then to memory.
  const store = (name: StoreName): KeyValueStore => ({
    async get<T>(key: string) {
      const idb = await durableStore(name);
      const value = idb ? await idb.get<T>(key).catch(() => undefined) : undefined;
      return value ?? memoryStore(name).get<T>(key);
    },
    async entries<T>(limit?: number) {
      const idb = await durableStore(name);
      const fromIdb = idb ? await idb.entries<T>(limit) : [];
      const fromMemory = await memoryStore(name).entries<T>(limit);
      if (fromMemory.length === 0) return fromIdb;
      return [...fromIdb, ...fromMemory].sort(([a], [b]) => compareKeys(a, b)).slice(0, limit);
    },
    async count() {
      const idb = await durableStore(name);
      return (idb ? await idb.count() : 0) + (await memoryStore(name).count());
    },
    async setMany(entries: Array<[string, unknown]>) {
      const idb = writesFailed ? null : await durableStore(name);
      if (idb) {
        try {
          await idb.setMany(entries);
          return;
        } catch (error) {
          // A value that cannot be cloned is the caller's problem, not the database's.
          if (error instanceof DOMException && error.name === 'DataCloneError') throw error;
          // Quota or a broken database: keep the records in memory rather than refuse them.
          writesFailed = true;
          fallBack(error);
        }
      }
      await memoryStore(name).setMany(entries);
    },
    async delMany(keys: string[]) {
      const idb = await durableStore(name);
      await memoryStore(name).delMany(keys);
      if (idb) await idb.delMany(keys);
    },
    async clear() {
      const idb = await durableStore(name);
      await memoryStore(name).clear();
      if (idb) await idb.clear();
    },
  });

  return {
    get persistence() {
      return volatile ? 'volatile' : 'durable';
    },
    async open() {
      await connect();
      return volatile ? 'volatile' : 'durable';
    },
    store,
    async purge() {
      for (const m of memory.values()) await m.clear();
      if (!db && !(await databaseExists(factory, options.dbName))) return;
      for (const name of STORE_NAMES) await store(name).clear();
    },
    close() {
      closed = true;
      db?.close();
      db = null;
      dbPromise = undefined;
    },
  };
}

/** Whether a database exists, without creating it. Unknown (no `databases()`) counts as yes. */
async function databaseExists(factory: IDBFactory | undefined, name: string): Promise<boolean> {
  if (!factory) return false;
  if (typeof factory.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((info) => info.name === name);
  } catch {
    return false;
  }
}

/** Opens the database with every object store, adding missing ones with a version bump. */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  timeoutMs: number,
): Promise<IDBDatabase> {
  const attempt = (version?: number) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = version === undefined ? factory.open(name) : factory.open(name, version);
      request.onupgradeneeded = () => {
        const db = request.result;
        for (const store of STORE_NAMES) {
          if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    });

  const open = async () => {
    const db = await attempt();
    if (STORE_NAMES.every((store) => db.objectStoreNames.contains(store))) return db;
    // The database exists without some of our stores (older layout, or created by other code).
    const next = db.version + 1;
    db.close();
    return attempt(next);
  };

  return new Promise<IDBDatabase>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new Error(`IndexedDB did not open within ${timeoutMs} ms`));
    }, timeoutMs);
    // `open()` itself throws in some private modes and sandboxed frames.
    Promise.resolve()
      .then(open)
      .then(
        (db) => {
          clearTimeout(timer);
          // Opened after we gave up: this instance already runs in memory.
          if (settled) db.close();
          else resolve(db);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
  });
}
