/** A listener for one event type. */
export type Listener<T> = (payload: T) => void;

/**
 * A tiny typed event emitter. A throwing listener is reported and never stops delivery to the
 * others, nor the SDK code that emitted the event.
 */
export class Emitter<Events extends object> {
  #listeners = new Map<keyof Events, Set<Listener<never>>>();

  /** Adds a listener; returns a function that removes it. */
  on<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void {
    this.#listeners.set(type, (this.#listeners.get(type) ?? new Set()).add(listener));
    return () => this.off(type, listener);
  }

  /** Removes a listener added with `on`. */
  off<K extends keyof Events>(type: K, listener: Listener<Events[K]>): void {
    this.#listeners.get(type)?.delete(listener);
  }

  emit<K extends keyof Events>(type: K, payload: Events[K]): void {
    // A copy: a listener may remove itself (or others) while this loops.
    for (const listener of [...(this.#listeners.get(type) ?? [])] as Listener<Events[K]>[]) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`Touchpoint: a "${String(type)}" listener threw`, error);
      }
    }
  }

  /** Removes every listener. */
  clear(): void {
    this.#listeners.clear();
  }
}
