/**
 * Who is answering: the optional user id and traits set by the site (`identify`), and an
 * anonymous id generated once per browser profile, so answers from one visitor can be grouped
 * before and after they log in. It is kept in the `meta` store — or, when IndexedDB fails but
 * Web Storage works, in localStorage (else sessionStorage; `webStorageId` in the storage
 * fallback) — and only written once consent allows storage; until then it lives in memory.
 */
import type { KeyValueStore, Persistence } from './outbox/store.js';
import type { ResponseUser } from './response.js';

const KEY = 'anonymousId';

export interface Identity {
  /**
   * Loads the stored anonymous id, or stores the new one: in IndexedDB when storage is durable,
   * in Web Storage when IndexedDB failed (durable was asked for), else nowhere. Call only when
   * storage is allowed.
   */
  persist(storage: Persistence, asked: Persistence): Promise<void>;
  /** After a purge the stored id is gone (and removed from Web Storage): store it again later. */
  forget(): Promise<void>;
  /** Sets the user id; traits are merged into the existing ones. */
  identify(userId: string, traits?: Record<string, unknown>): void;
  /** The `user` object of the next record. */
  readonly user: ResponseUser;
}

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
    async persist(storage, asked) {
      if (stored) return;
      if (storage == 'durable') {
        const found = await meta.get<string>(KEY);
        if (typeof found == 'string' && found) anonymousId = found;
        else await meta.setMany([[KEY, anonymousId]]);
      } else if (asked == 'durable') {
        // Only when IndexedDB failed: the code comes with the storage fallback, loaded by then.
        anonymousId = (await import('./outbox/store-ops.js')).webStorageId(webKey, anonymousId);
      }
      stored = true;
    },
    async forget() {
      stored = false;
      (await import('./outbox/store-ops.js')).removeWebStorageId(webKey);
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
