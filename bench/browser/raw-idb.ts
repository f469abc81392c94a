/**
 * The baselines: IndexedDB used directly, without the SDK — one object store, the same records.
 */

const STORE = 'records';

export function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
  });
}

/**
 * Runs `work` on the store in one transaction; resolves on `complete` (the commit) with the result
 * of the request `work` returned, if any.
 */
export function inTransaction<T = undefined>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request?.result as T);
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** Writes entries in one readwrite transaction; resolves on `complete` (the commit). */
export function putInOneTransaction(
  db: IDBDatabase,
  entries: Array<[string, unknown]>,
): Promise<void> {
  return inTransaction(db, 'readwrite', (store) => {
    for (const [key, value] of entries) store.put(value, key);
  });
}

/** Deletes a database, waiting for connections still closing (SDK instances close lazily). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`cannot delete ${name}`));
  });
}
