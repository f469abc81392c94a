/** The dead-letter store: records the endpoint refused for good, with the reason, by record id. */
import type { ResponseRecord } from '../schema.js';
import type { KeyValueStore } from './store.js';
import { STORED_VERSION, type DeadLetter } from './stored.js';

export class DeadLetters {
  constructor(private readonly store: KeyValueStore) {}

  /** Stores dead letters in one transaction. */
  async add(letters: DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    await this.store.setMany(letters.map((l) => [l.record.id, { v: STORED_VERSION, ...l }]));
  }

  /** Every dead letter, oldest record first. */
  async list(): Promise<DeadLetter[]> {
    const entries = await this.store.entries<DeadLetter & { v?: number }>();
    return entries.map(([, { v: _v, ...letter }]) => letter);
  }

  count(): Promise<number> {
    return this.store.count();
  }
}

/** Builds a dead letter for a record. */
export function deadLetter(
  record: ResponseRecord,
  reason: string,
  at: number,
  status?: number,
): DeadLetter {
  return {
    record,
    reason,
    ...(status === undefined ? {} : { status }),
    deadLetteredAt: new Date(at).toISOString(),
  };
}
