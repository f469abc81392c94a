/**
 * Storage: one IndexedDB database (default name `touchpoint`) holding a few object stores, and a
 * memory store with the same interface. When IndexedDB cannot be opened or written (private mode,
 * blocked, quota), everything continues in memory and `persistence` turns `volatile` — nothing is
 * refused, but nothing survives a reload.
 */
import { promisifyRequest } from 'idb-keyval';

/** The object stores of the database. */
export const STORE_NAMES = ['outbox', 'dead-letters', 'quarantine', 'meta'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export type Persistence = 'durable' | 'volatile';

/** A sorted key-value store; keys are strings and entries come back in key order. */
export interface KeyValueStore {
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Up to `limit` entries (all when omitted) with keys after `after`, in ascending key order. */
  entries<T = unknown>(limit?: number, after?: string): Promise<Array<[string, T]>>;
  count(): Promise<number>;
  /** Writes every entry in one transaction: all or none. */
  setMany(entries: Array<[string, unknown]>): Promise<void>;
  /**
   * Deletes in one transaction — with a single key-range delete when the keys are exactly what
   * that range holds (checked inside the transaction, so a key added meanwhile is never lost).
   */
  delMany(keys: string[]): Promise<void>;
  clear(): Promise<void>;
  /**
   * Atomic read-modify-write of one key: `change` gets the stored value and returns the new one,
   * or undefined to write nothing. Resolves with the value stored afterwards.
   */
  update<T>(key: string, change: (old: T | undefined) => T | undefined): Promise<T | undefined>;
}

const after = (key: string | undefined) =>
  key === undefined ? null : IDBKeyRange.lowerBound(key, true);

/** An in-memory store, for `persistence: 'volatile'` and as the fallback. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  // Cloned like IndexedDB does: callers never share objects with the store.
  const clone = <T>(v: T): T => structuredClone(v);
  return {
    get: async (key) => clone(map.get(key)) as never,
    entries: async (limit, from) =>
      [...map.keys()]
        .filter((k) => from === undefined || k > from)
        .sort()
        .slice(0, limit)
        .map((k) => [k, clone(map.get(k))] as [string, never]),
    count: async () => map.size,
    async setMany(entries) {
      // Clone first: a value that cannot be cloned writes nothing.
      for (const [k, v] of entries.map(([k, v]) => [k, clone(v)] as const)) map.set(k, v);
    },
    delMany: async (keys) => keys.forEach((k) => map.delete(k)),
    clear: async () => map.clear(),
    async update(key, change) {
      const next = change(clone(map.get(key)) as never);
      if (next !== undefined) map.set(key, clone(next));
      return clone(map.get(key)) as never;
    },
  };
}

type RecordsStore = IDBObjectStore & {
  getAllRecords?(options: {
    query: IDBKeyRange | null;
    count?: number | undefined;
  }): IDBRequest<Array<{ key: IDBValidKey; value: unknown }>>;
};

/** An IndexedDB object store; `db()` yields an open connection. */
export function idbStore(db: () => Promise<IDBDatabase>, name: string): KeyValueStore {
  /** Runs `fn` in one transaction; resolves with what its returned getter reads after the commit. */
  const tx = async <T>(
    mode: IDBTransactionMode,
    fn: (store: IDBObjectStore) => (() => T) | void,
  ): Promise<T> => {
    const t = (await db()).transaction(name, mode);
    let result: (() => T) | void;
    try {
      result = fn(t.objectStore(name));
    } catch (error) {
      // A put that throws (DataCloneError) must not let the puts before it commit.
      t.abort();
      throw error;
    }
    await promisifyRequest(t);
    return result?.() as T;
  };
  return {
    get: (key) =>
      tx('readonly', (s) =>
        (
          (r) => () =>
            r.result
        )(s.get(key)),
      ),
    entries: (limit, from) =>
      tx('readonly', (s) => {
        const query = after(from);
        // getAllRecords (Chromium 141+) reads keys and values in one pass.
        const all = (s as RecordsStore).getAllRecords?.({ query, count: limit });
        if (all) return () => all.result.map((r) => [String(r.key), r.value] as [string, never]);
        const keys = s.getAllKeys(query, limit);
        const values = s.getAll(query, limit);
        return () => keys.result.map((k, i) => [String(k), values.result[i]] as [string, never]);
      }),
    count: () =>
      tx('readonly', (s) =>
        (
          (r) => () =>
            r.result
        )(s.count()),
      ),
    setMany: (entries) =>
      tx('readwrite', (s) => {
        for (const [k, v] of entries) s.put(v, k);
      }),
    delMany: (keys) =>
      tx('readwrite', (s) => {
        const sorted = [...keys].sort();
        const deleteEach = () => sorted.forEach((k) => s.delete(k));
        if (sorted.length < 3) return deleteEach();
        // One range delete is ~3× faster than a delete per key (bench/README.md).
        const range = IDBKeyRange.bound(sorted[0], sorted[sorted.length - 1]);
        const held = s.getAllKeys(range);
        held.onsuccess = () =>
          held.result.length == sorted.length && held.result.every((k, i) => k === sorted[i])
            ? s.delete(range)
            : deleteEach();
      }),
    clear: () => tx('readwrite', (s) => void s.clear()),
    update: (key, change) =>
      tx('readwrite', (s) => {
        const r = s.get(key);
        let value: unknown;
        r.onsuccess = () => {
          value = change(r.result) ?? r.result;
          if (value !== r.result) s.put(value, key);
        };
        return () => value as never;
      }),
  };
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
  const factory =
    options.persistence == 'durable' ? (options.indexedDB ?? globalThis.indexedDB) : undefined;
  let volatile = !factory;
  let writesFailed = false;
  let closed = false;
  let connection: Promise<IDBDatabase | null> | undefined;
  let db: IDBDatabase | null = null;
  const stores = new Map<StoreName, KeyValueStore>();
  const memories = STORE_NAMES.map(memoryStore);

  const fallBack = (error: unknown) => {
    if (!volatile) options.onFallback?.(error);
    volatile = true;
  };

  const connect = (): Promise<IDBDatabase | null> =>
    !factory || closed
      ? Promise.resolve(null)
      : (connection ??= openDatabase(factory, options.dbName, options.openTimeoutMs ?? 10_000).then(
          (opened) => {
            db = opened;
            const forget = () => {
              db = null;
              connection = undefined;
            };
            // Another tab upgrading or deleting the database must not be blocked by this one.
            opened.onversionchange = () => {
              opened.close();
              forget();
            };
            opened.onclose = forget;
            return opened;
          },
          (error: unknown) => (fallBack(error), null),
        ));

  const durableDb = async () => {
    const opened = await connect();
    if (!opened) throw new Error('Touchpoint: IndexedDB connection closed');
    return opened;
  };

  // Memory holds only what could not be written durably: reads and deletes go to both; writes go
  // to IndexedDB until one fails (quota, a broken database), then to memory.
  const store = (name: StoreName): KeyValueStore => {
    const memory = memories[STORE_NAMES.indexOf(name)]!;
    const idb = idbStore(durableDb, name);
    const durable = async () => !writesFailed && !!(await connect());
    const readable = async () => !!(await connect());
    const write = async <T>(op: (s: KeyValueStore) => Promise<T>): Promise<T> => {
      if (await durable()) {
        try {
          return await op(idb);
        } catch (error) {
          // A value that cannot be cloned is the caller's problem, not the database's.
          if ((error as DOMException)?.name == 'DataCloneError') throw error;
          writesFailed = true;
          fallBack(error);
        }
      }
      return op(memory);
    };
    return {
      async get<T>(key: string) {
        return ((await readable()) ? await idb.get<T>(key) : undefined) ?? memory.get<T>(key);
      },
      async entries<T>(limit?: number, from?: string) {
        const durableEntries = (await readable()) ? await idb.entries<T>(limit, from) : [];
        const memoryEntries = await memory.entries<T>(limit, from);
        if (!memoryEntries.length) return durableEntries;
        return [...durableEntries, ...memoryEntries]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .slice(0, limit);
      },
      async count() {
        return ((await readable()) ? await idb.count() : 0) + (await memory.count());
      },
      setMany: (entries) => write((s) => s.setMany(entries)),
      update: (key, change) => write((s) => s.update(key, change)),
      async delMany(keys) {
        await memory.delMany(keys);
        if (await readable()) await idb.delMany(keys);
      },
      async clear() {
        await memory.clear();
        if (await readable()) await idb.clear();
      },
    };
  };

  return {
    get persistence() {
      return volatile ? 'volatile' : 'durable';
    },
    async open() {
      await connect();
      return this.persistence;
    },
    store: (name) => {
      let s = stores.get(name);
      if (!s) stores.set(name, (s = store(name)));
      return s;
    },
    async purge() {
      for (const memory of memories) await memory.clear();
      if (!db && !(await databaseExists(factory, options.dbName))) return;
      for (const name of STORE_NAMES) await idbStore(durableDb, name).clear();
    },
    close() {
      closed = true;
      db?.close();
      db = null;
      connection = undefined;
    },
  };
}

/** Whether a database exists, without creating it. Unknown (no `databases()`) counts as yes. */
async function databaseExists(factory: IDBFactory | undefined, name: string): Promise<boolean> {
  if (!factory) return false;
  try {
    return !factory.databases || (await factory.databases()).some((info) => info.name == name);
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
  const attempt = (version?: number) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => {
      for (const store of STORE_NAMES) {
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store);
      }
    };
    return promisifyRequest(request);
  };
  return new Promise<IDBDatabase>((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(new Error(`IndexedDB did not open within ${timeoutMs} ms`));
    }, timeoutMs);
    // `open()` itself throws in some private modes and sandboxed frames: inside the promise chain.
    Promise.resolve()
      .then(() => attempt())
      .then((db) => {
        if (STORE_NAMES.every((s) => db.objectStoreNames.contains(s))) return db;
        // The database exists without some of our stores (older layout, or other code's).
        db.close();
        return attempt(db.version + 1);
      })
      .then(
        (db) => {
          clearTimeout(timer);
          // Opened after we gave up: this instance already runs in memory.
          if (late) db.close();
          else resolve(db);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
  });
}
