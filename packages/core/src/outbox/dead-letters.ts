/** The dead-letter store: records the endpoint refused for good, with the reason, by record id. */
import type { ResponseRecord } from '../schema.js';
import type { KeyValueStore } from './store.js';
import { STORED_VERSION, type DeadLetter } from './stored.js';

export interface DeadLetters {
  /** Stores dead letters in one transaction. */
  add(letters: DeadLetter[]): Promise<void>;
  /** Every dead letter, oldest record first. */
  list(): Promise<DeadLetter[]>;
  remove(ids: string[]): Promise<void>;
  count(): Promise<number>;
}

export const createDeadLetters = (store: KeyValueStore): DeadLetters => ({
  add: (letters) => store.setMany(letters.map((l) => [l.record.id, { v: STORED_VERSION, ...l }])),
  list: async () =>
    (await store.entries<DeadLetter & { v?: number }>()).map(([, { v: _v, ...letter }]) => letter),
  remove: (ids) => store.delMany(ids),
  count: () => store.count(),
});

/** Builds a dead letter for a record. */
export const deadLetter = (
  record: ResponseRecord,
  reason: string,
  at: number,
  status?: number,
): DeadLetter => ({
  record,
  reason,
  ...(status === undefined ? {} : { status }),
  deadLetteredAt: new Date(at).toISOString(),
});
