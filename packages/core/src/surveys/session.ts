/**
 * How many surveys this browser-tab session has shown (`maxPerSession`). sessionStorage is what
 * "session" means to a visitor: it spans reloads and pages of the site in this tab, and ends
 * with the tab. Written only when consent allows storing; without sessionStorage (sandboxed
 * frames) the count lives in memory.
 */
export class SessionCounter {
  #count: number;

  readonly #key: string;
  readonly #mayStore: () => boolean;

  constructor(key: string, mayStore: () => boolean) {
    this.#key = key;
    this.#mayStore = mayStore;
    this.#count = Number(read(key)) || 0;
  }

  get count(): number {
    return Math.max(this.#count, Number(read(this.#key)) || 0);
  }

  increment(): void {
    this.#count = this.count + 1;
    if (!this.#mayStore()) return;
    try {
      sessionStorage.setItem(this.#key, String(this.#count));
    } catch {
      // Storage disabled or full: the in-memory count still limits this page.
    }
  }
}

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
