/**
 * Who is answering: the optional user id and traits set by the site (`identify`), and an
 * anonymous id generated once per browser profile, so answers from one visitor can be grouped
 * before and after they log in. It is kept in the `meta` store — or, when IndexedDB fails but
 * Web Storage works, in localStorage (else sessionStorage) — and only written once consent allows
 * storage; until then it lives in memory.
 */
import type { KeyValueStore } from './outbox/store.js';
import type { ResponseUser } from './response.js';

const KEY = 'anonymousId';

/** Where the anonymous id is kept: IndexedDB, Web Storage (IndexedDB failed), or nowhere. */
export type IdPlace = 'idb' | 'web' | 'memory';

export interface Identity {
  /** Loads the stored anonymous id, or stores the new one. Call only when storage is allowed. */
  persist(place: IdPlace): Promise<void>;
  /** After a purge the stored id is gone (and removed from Web Storage): store it again later. */
  forget(): void;
  /** Sets the user id; traits are merged into the existing ones. */
  identify(userId: string, traits?: Record<string, unknown>): void;
  /** The `user` object of the next record. */
  readonly user: ResponseUser;
}

const webStores = (): Storage[] => {
  const found: Storage[] = [];
  // Reading the property itself throws where storage is blocked (sandboxed frames, cookies off).
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      found.push(globalThis[name]);
    } catch {
      /* blocked: try the next */
    }
  }
  return found;
};

export function createIdentity(
  meta: KeyValueStore,
  /** The Web Storage key, one per database. */
  webKey: string,
  newId: () => string,
  user: { id?: string; traits?: Record<string, unknown> } = {},
): Identity {
  let anonymousId = newId();
  let userId = user.id;
  let traits = { ...user.traits };
  let stored = false;
  return {
    async persist(place) {
      if (stored) return;
      if (place == 'idb') {
        const found = await meta.get<string>(KEY);
        if (typeof found == 'string' && found) anonymousId = found;
        else await meta.setMany([[KEY, anonymousId]]);
      } else if (place == 'web') {
        for (const store of webStores()) {
          try {
            const found = store.getItem(webKey);
            if (found) anonymousId = found;
            else store.setItem(webKey, anonymousId);
            break;
          } catch {
            /* full or blocked: try the next */
          }
        }
      }
      stored = true;
    },
    forget() {
      stored = false;
      for (const store of webStores()) {
        try {
          store.removeItem(webKey);
        } catch {
          /* nothing stored there */
        }
      }
    },
    identify(id, more) {
      userId = id;
      traits = { ...traits, ...more };
    },
    get user() {
      return {
        anonymousId,
        traits: { ...traits },
        ...(userId === undefined ? {} : { id: userId }),
      };
    },
  };
}
