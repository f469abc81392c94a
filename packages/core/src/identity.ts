/**
 * Who is answering: the optional user id and traits set by the site (`identify`), and an
 * anonymous id generated once per browser profile and kept in the `meta` store, so answers from
 * one visitor can be grouped before and after they log in. It is only written when consent
 * allows storage; until then it lives in memory.
 */
import type { KeyValueStore } from './outbox/store.js';
import type { ResponseUser } from './response.js';

const ANONYMOUS_ID_KEY = 'anonymousId';

export class Identity {
  #anonymousId: string;
  #userId: string | undefined;
  #traits: Record<string, unknown>;
  #stored = false;

  constructor(
    private readonly meta: KeyValueStore,
    newId: () => string,
    user: { id?: string; traits?: Record<string, unknown> } = {},
  ) {
    this.#anonymousId = newId();
    this.#userId = user.id;
    this.#traits = { ...user.traits };
  }

  /** Loads the stored anonymous id, or stores the new one. Call only when storage is allowed. */
  async persist(): Promise<void> {
    if (this.#stored) return;
    const stored = await this.meta.get<string>(ANONYMOUS_ID_KEY);
    if (typeof stored === 'string' && stored) this.#anonymousId = stored;
    else await this.meta.setMany([[ANONYMOUS_ID_KEY, this.#anonymousId]]);
    this.#stored = true;
  }

  /** After a purge the stored id is gone: store it again when storage is allowed next time. */
  forget(): void {
    this.#stored = false;
  }

  /** Sets the user id; traits are merged into the existing ones. */
  identify(userId: string, traits?: Record<string, unknown>): void {
    this.#userId = userId;
    if (traits) this.#traits = { ...this.#traits, ...traits };
  }

  /** The `user` object of the next record. */
  get user(): ResponseUser {
    const user: ResponseUser = { anonymousId: this.#anonymousId, traits: { ...this.#traits } };
    if (this.#userId !== undefined) user.id = this.#userId;
    return user;
  }
}
