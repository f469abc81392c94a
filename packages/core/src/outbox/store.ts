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
  /**
   * Up to `limit` entries (all when omitted) with keys after `after`, in ascending key order;
   * deletes `drop` first, in the same transaction (as `delMany` does).
   */
  entries<T = unknown>(
    limit?: number,
    after?: string,
    drop?: string[],
  ): Promise<Array<[string, T]>>;
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

/** Runs `fn` in one transaction; resolves with what its returned getter reads after the commit. */
export type Tx = <T>(
  mode: IDBTransactionMode,
  fn: (store: IDBObjectStore) => (() => T) | void,
) => Promise<T>;

/**
 * Ordered reads, deletes and read-modify-writes are used by delivery (and `deadLetters()`) only,
 * clears only by a purge (consent withdrawn), and memory only when IndexedDB fails or is not
 * wanted: that code (`store-ops.ts`) loads on first use, so the core entry carries just what
 * storing an answer needs.
 */
const storeOps = () => import('./store-ops.js');
type Ops = ReturnType<Awaited<ReturnType<typeof storeOps>>['idbOps']>;

/** The memory layer's stores, once IndexedDB failed or was not wanted. */
export interface Fallback {
  /** Memory for writes; reads and deletes go to both (IndexedDB while it can be read). */
  store(name: StoreName, idb: BasicStore, readable: () => Promise<boolean>): KeyValueStore;
  /** Empties every memory store. */
  clear(): Promise<void>;
}

/** The operations of an IndexedDB object store the entry needs to store an answer. */
export type BasicStore = Pick<KeyValueStore, 'get' | 'count' | 'setMany'> & { tx: Tx };

/**
 * An IndexedDB object store's basic operations; `db()` yields an open connection. The others
 * (`idbOps` in `store-ops.ts`) run on its `tx`.
 */
export function idbStore(db: () => Promise<IDBDatabase>, name: string): BasicStore {
  const tx: Tx = async (mode, fn) => {
    const t = (await db()).transaction(name, mode);
    let result;
    try {
      result = fn(t.objectStore(name));
    } catch (error) {
      // A put that throws (DataCloneError) must not let the puts before it commit.
      t.abort();
      throw error;
    }
    await promisifyRequest(t);
    return result?.() as never;
  };
  const read = <T>(request: (store: IDBObjectStore) => IDBRequest<T>) =>
    tx('readonly', (s) =>
      (
        (r) => () =>
          r.result
      )(request(s)),
    );
  return {
    tx,
    get: (key) => read((s) => s.get(key)) as never,
    count: () => read((s) => s.count()),
    setMany: (entries) =>
      tx('readwrite', (s) => {
        for (const [k, v] of entries) s.put(v, k);
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
  let closed = false;
  let connection: Promise<IDBDatabase | null> | undefined;
  let db: IDBDatabase | null = null;
  // Memory, loaded when IndexedDB fails or is not wanted (in practice when it is first opened, at
  // start-up); loaded again at the next need if that failed. Nothing is in memory before.
  let fallback: Promise<Fallback> | undefined;
  const loadFallback = () =>
    (fallback ??= storeOps().then(
      (ops) => ops.createFallback(),
      (error: unknown) => {
        fallback = undefined;
        throw error;
      },
    ));

  const fallBack = (error: unknown) => {
    if (!volatile) options.onFallback?.(error);
    volatile = true;
    loadFallback().catch(() => undefined);
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

  // IndexedDB alone while it works: memory is empty until then. Once it could not be opened, or
  // a write failed (quota, a broken database), the fallback's layered store takes every call.
  const store = (name: StoreName): KeyValueStore => {
    const idb = idbStore(durableDb, name);
    const readable = async () => !!(await connect());
    // Built once, on the first call that needs memory (the fallback, once loaded, stays).
    let layered: KeyValueStore | undefined;
    const route =
      (method: keyof KeyValueStore) =>
      async (...args: unknown[]): Promise<unknown> => {
        if (!volatile && (await readable())) {
          try {
            const op =
              idb[method as keyof BasicStore] ??
              (await storeOps()).idbOps(idb.tx)[method as keyof Ops];
            return await (op as (...a: unknown[]) => Promise<unknown>)(...args);
          } catch (error) {
            // A value that cannot be cloned is the caller's problem, not the database's; so is
            // a failed read or delete.
            const write = method == 'setMany' || method == 'update';
            if ((error as DOMException)?.name == 'DataCloneError' || !write) throw error;
            fallBack(error);
          }
        }
        layered ??= (await loadFallback()).store(name, idb, readable);
        return (layered[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      };
    return Object.fromEntries(
      (['get', 'entries', 'count', 'setMany', 'delMany', 'clear', 'update'] as const).map((m) => [
        m,
        route(m),
      ]),
    ) as unknown as KeyValueStore;
  };

  return {
    get persistence() {
      return volatile ? 'volatile' : 'durable';
    },
    async open() {
      await connect();
      return this.persistence;
    },
    store,
    // Only after consent is withdrawn: the code comes with store-ops.ts.
    purge: async () => (await storeOps()).purge(factory, options.dbName, !!db, durableDb, fallback),
    close() {
      closed = true;
      db?.close();
      db = null;
      connection = undefined;
    },
  };
}

/** Opens the database with every object store, adding missing ones with a version bump. */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  timeoutMs: number,
): Promise<IDBDatabase> {
  // Async: `open()` itself throws in some private modes and sandboxed frames; that rejects too.
  const attempt = async (version?: number): Promise<IDBDatabase> => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => {
      for (const store of STORE_NAMES) {
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store);
      }
    };
    const db = await promisifyRequest(request);
    // The database exists without some of our stores (older layout, or other code's).
    return STORE_NAMES.every((s) => db.objectStoreNames.contains(s))
      ? db
      : (db.close(), attempt(db.version + 1));
  };
  return new Promise<IDBDatabase>((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(new Error(`IndexedDB did not open within ${timeoutMs} ms`));
    }, timeoutMs);
    attempt()
      // Opened after we gave up: this instance already runs in memory.
      .then((db) => (late && db.close(), db))
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}
