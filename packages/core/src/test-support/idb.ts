/** Test support (not shipped): raw IndexedDB access, to check what the SDK really stored. */

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** Opens an existing database at its current version (fails the test if it does not exist). */
export async function rawOpen(dbName: string): Promise<IDBDatabase> {
  if (!(await databaseExists(dbName))) throw new Error(`database ${dbName} does not exist`);
  return request(indexedDB.open(dbName));
}

export async function databaseExists(dbName: string): Promise<boolean> {
  return (await indexedDB.databases()).some((info) => info.name === dbName);
}

/** All [key, value] pairs of one object store. */
export async function rawEntries(dbName: string, store: string): Promise<Array<[string, unknown]>> {
  const db = await rawOpen(dbName);
  try {
    const tx = db.transaction(store, 'readonly');
    const [keys, values] = await Promise.all([
      request(tx.objectStore(store).getAllKeys()),
      request(tx.objectStore(store).getAll()),
    ]);
    return keys.map((key, i) => [String(key), values[i]]);
  } finally {
    db.close();
  }
}

/** Writes a value straight into an object store (e.g. a corrupt record). */
export async function rawPut(dbName: string, store: string, key: string, value: unknown) {
  const db = await rawOpen(dbName);
  try {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value, key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Deletes a database at the end of a test. */
export function rawDelete(dbName: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(dbName);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

export interface TransactionLog {
  stores: string[];
  mode: IDBTransactionMode;
}

/**
 * The real IndexedDB factory, with every transaction opened through it logged — proof of how
 * many transactions a piece of code used.
 */
export function countingIndexedDB(log: TransactionLog[]): IDBFactory {
  return new Proxy(indexedDB, {
    get(target, prop) {
      if (prop === 'open') {
        return (name: string, version?: number) => {
          const req = version === undefined ? target.open(name) : target.open(name, version);
          // Registered before the SDK's onsuccess, so it runs first.
          req.addEventListener('success', () => {
            const db = req.result;
            const original = db.transaction.bind(db);
            db.transaction = ((stores: string | string[], mode?: IDBTransactionMode) => {
              log.push({ stores: [stores].flat(), mode: mode ?? 'readonly' });
              return original(stores, mode);
            }) as IDBDatabase['transaction'];
          });
          return req;
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A factory whose `open()` throws, as in some private modes and sandboxed frames. */
export function throwingIndexedDB(): IDBFactory {
  return new Proxy(indexedDB, {
    get(target, prop) {
      if (prop === 'open') {
        return () => {
          throw new DOMException('IndexedDB is not available here', 'InvalidStateError');
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * A real IndexedDB whose open fails asynchronously with a VersionError: the database already
 * exists at a higher version than the one requested.
 */
export async function versionErrorIndexedDB(dbName: string): Promise<IDBFactory> {
  const db = await request(indexedDB.open(dbName, 5));
  db.close();
  return new Proxy(indexedDB, {
    get(target, prop) {
      if (prop === 'open') return (name: string) => target.open(name, 1);
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
