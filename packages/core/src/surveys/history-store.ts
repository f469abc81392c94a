/**
 * Keeps the survey history (targeting/history.ts) in the instance's `meta` store, so it survives
 * reloads and is shared by the tabs of a profile. Each write merges what is stored first, and a
 * survey is about to be shown only after a fresh read ({@link HistoryStore.refresh}), so two
 * tabs do not both show surveys inside one cooldown.
 */
import type { KeyValueStore } from '../outbox/store.js';
import {
  emptyHistory,
  mergeHistory,
  reviveHistory,
  type SurveyHistory,
} from '../targeting/history.js';

const KEY = 'surveys:history';

export class HistoryStore {
  #history: SurveyHistory = emptyHistory();

  readonly #meta: KeyValueStore;
  readonly #mayStore: () => boolean;

  constructor(meta: KeyValueStore, mayStore: () => boolean) {
    this.#meta = meta;
    this.#mayStore = mayStore;
  }

  get value(): SurveyHistory {
    return this.#history;
  }

  /** Merges the stored history (written by this or another tab) into memory. */
  async refresh(): Promise<void> {
    if (!this.#mayStore()) return;
    try {
      const stored = reviveHistory(await this.#meta.get(KEY));
      if (stored) this.#history = mergeHistory(this.#history, stored);
    } catch (error) {
      console.warn('Touchpoint: could not read the survey history', error);
    }
  }

  /** Applies `change` in memory at once, then stores the result merged with what is stored. */
  async update(change: (history: SurveyHistory) => SurveyHistory): Promise<void> {
    this.#history = change(this.#history);
    if (!this.#mayStore()) return;
    await this.refresh();
    try {
      await this.#meta.setMany([[KEY, this.#history]]);
    } catch (error) {
      console.warn('Touchpoint: could not store the survey history', error);
    }
  }
}
