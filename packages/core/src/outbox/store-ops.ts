/**
 * What `store.ts` loads on first need, so the core entry carries just what storing an answer
 * needs: the IndexedDB operations only delivery, `deadLetters()` and a purge use — ordered reads,
 * deletes, clears and atomic read-modify-writes — and the fallbacks, used only when IndexedDB
 * cannot be opened or written, or is not wanted (`persistence: 'volatile'`): the memory layer, and
 * Web Storage for the anonymous id; and purging it all when consent is withdrawn.
 */
import { idbStore, STORE_NAMES, type Fallback, type KeyValueStore, type Tx } from './store.js';

type Ops = Pick<KeyValueStore, 'entries' | 'delMany' | 'update' | 'clear'>;

const after = (key: string | undefined) =>
  key === undefined ? null : IDBKeyRange.lowerBound(key, true);

type RecordsStore = IDBObjectStore & {
  getAllRecords?(options: {
    query: IDBKeyRange | null;
    count?: number | undefined;
  }): IDBRequest<Array<{ key: IDBValidKey; value: unknown }>>;
};

/**
 * Deletes `keys` inside `s`'s readwrite transaction — with one key-range delete when the keys are
 * exactly what that range holds (checked in the same transaction, so a key added meanwhile is
 * never lost). One range delete is ~3× faster than a delete per key (bench/README.md).
 */
function deleteKeys(s: IDBObjectStore, keys: string[]): void {
  const sorted = [...keys].sort();
  const deleteEach = () => sorted.forEach((k) => s.delete(k));
  if (sorted.length < 3) return deleteEach();
  const range = IDBKeyRange.bound(sorted[0], sorted[sorted.length - 1]);
  const held = s.getAllKeys(range);
  held.onsuccess = () =>
    held.result.length == sorted.length && held.result.every((k, i) => k === sorted[i])
      ? s.delete(range)
      : deleteEach();
}

/**
 * `[key, value]` whose value is deserialised when first read, not when the read completes: a
 * drain decodes one batch at a time while a request is out, instead of a whole read at once
 * while a reply may be waiting.
 */
const lazyEntry = (r: { key: IDBValidKey; value: unknown }) =>
  Object.defineProperty([String(r.key)] as unknown as [string, never], 1, {
    get: () => r.value,
    enumerable: true,
  });

export const idbOps = (tx: Tx): Ops => ({
  entries: (limit, from, drop = []) =>
    // Deleting what was delivered in the transaction that reads on: a drain makes one
    // transaction per read instead of one more per batch, each a commit the backend pays for.
    tx(drop.length ? 'readwrite' : 'readonly', (s) => {
      deleteKeys(s, drop);
      const query = after(from);
      // getAllRecords (Chromium 141+) reads keys and values in one pass.
      const all = (s as RecordsStore).getAllRecords?.({ query, count: limit });
      if (all) return () => all.result.map(lazyEntry);
      const keys = s.getAllKeys(query, limit);
      const values = s.getAll(query, limit);
      return () => keys.result.map((k, i) => [String(k), values.result[i]] as [string, never]);
    }),
  delMany: (keys) => tx('readwrite', (s) => deleteKeys(s, keys)),
  clear: () => tx('readwrite', (s) => void s.clear()),
  update: (key, change) =>
    tx('readwrite', (s) => {
      const r = s.get(key);
      let value: unknown;
      r.onsuccess = () => {
        value = change(r.result as never) ?? r.result;
        if (value !== r.result) s.put(value, key);
      };
      return () => value as never;
    }),
});

/** An in-memory store, for `persistence: 'volatile'` and as the fallback. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  // Cloned like IndexedDB does: callers never share objects with the store.
  const clone = <T>(v: T): T => structuredClone(v);
  return {
    get: async (key) => clone(map.get(key)) as never,
    async entries(limit, from, drop = []) {
      for (const k of drop) map.delete(k);
      return [...map.keys()]
        .filter((k) => from === undefined || k > from)
        .sort()
        .slice(0, limit)
        .map((k) => [k, clone(map.get(k))] as [string, never]);
    },
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

/**
 * The memory layer of one storage, once IndexedDB could not be opened, was not wanted, or failed
 * a write: memory holds only what could not be written durably, so writes go to memory, and
 * reads and deletes go to both (IndexedDB while it can be read).
 */
export function createFallback(): Fallback {
  const memories = STORE_NAMES.map(memoryStore);
  return {
    store(name, basic, readable) {
      const memory = memories[STORE_NAMES.indexOf(name)]!;
      const idb: KeyValueStore = { ...basic, ...idbOps(basic.tx) };
      return {
        ...memory,
        async get<T>(key: string) {
          return ((await readable()) ? await idb.get<T>(key) : undefined) ?? memory.get<T>(key);
        },
        async entries<T>(limit?: number, from?: string, drop: string[] = []) {
          await memory.delMany(drop);
          const durableEntries = (await readable()) ? await idb.entries<T>(limit, from, drop) : [];
          const memoryEntries = await memory.entries<T>(limit, from);
          if (!memoryEntries.length) return durableEntries;
          return [...durableEntries, ...memoryEntries]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .slice(0, limit);
        },
        async count() {
          return ((await readable()) ? await idb.count() : 0) + (await memory.count());
        },
        async delMany(keys) {
          await memory.delMany(keys);
          if (await readable()) await idb.delMany(keys);
        },
        async clear() {
          await memory.clear();
          if (await readable()) await idb.clear();
        },
      };
    },
    async clear() {
      for (const memory of memories) await memory.clear();
    },
  };
}

const WEB_STORAGE = ['localStorage', 'sessionStorage'] as const;

/**
 * The anonymous id kept in Web Storage under `key` (localStorage, else sessionStorage), for when
 * IndexedDB failed: the stored one, else `fresh`, which is stored.
 */
export function webStorageId(key: string, fresh: string): string {
  for (const name of WEB_STORAGE) {
    try {
      // Reading the property itself throws where storage is blocked (sandboxed frames, cookies
      // off).
      const store = globalThis[name];
      const found = store.getItem(key);
      if (found) return found;
      store.setItem(key, fresh);
      return fresh;
    } catch {
      /* blocked or full: try the next */
    }
  }
  return fresh;
}

/**
 * Clears every store (consent withdrawn) — opening the database only if it is open already or
 * exists, so a visitor who never consented gets none.
 */
export async function purge(
  factory: IDBFactory | undefined,
  name: string,
  open: boolean,
  db: () => Promise<IDBDatabase>,
  fallback: Promise<Fallback> | undefined,
): Promise<void> {
  await (await fallback?.catch(() => undefined))?.clear();
  if (!open && !(await databaseExists(factory, name))) return;
  for (const store of STORE_NAMES) await idbOps(idbStore(db, store).tx).clear();
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

/** Removes the anonymous id kept in Web Storage under `key` (consent withdrawn). */
export function removeWebStorageId(key: string): void {
  for (const name of WEB_STORAGE) {
    try {
      globalThis[name].removeItem(key);
    } catch {
      /* blocked: nothing stored there */
    }
  }
}
