/**
 * The fault schedule of the chaos collector, as a pure decision: given the records of one
 * request, which reply does the server give? Rules are tried in order; the first one that applies
 * decides, and a rule with `times` applies that many times, then is spent. `reject-one` and
 * `400-for` are properties of a record (it is invalid for good), so they never run out.
 *
 * "Server down" is not a rule: no request reaches a closed port. It is a state of the server
 * (`FaultServer.down()` / `up()`, which re-listens on the same port so the page's origin and its
 * IndexedDB stay the same).
 */

export type FaultRule =
  /**
   * An HTTP error, e.g. `{ status: 503, headers: { 'Retry-After': '1' }, times: 3 }`, written
   * after `afterMs` (default at once).
   */
  | {
      kind: 'status';
      status: number;
      headers?: Record<string, string>;
      body?: string;
      afterMs?: number;
      times?: number;
    }
  /** A 2xx `text/html` page: a captive portal or a proxy login, not an acknowledgement. */
  | { kind: 'html200'; times?: number }
  /**
   * A slow server: the reply comes after `ms`. `storeFirst` commits the records at once (the
   * server did its work; only the answer is late), otherwise they are stored when the reply is
   * written, and not at all if the client went away before (the server aborts on disconnect).
   */
  | { kind: 'delay'; ms: number; storeFirst?: boolean; times?: number }
  /** The socket is destroyed: a network error. `afterStore` loses the reply of a stored batch. */
  | { kind: 'destroy'; afterStore?: boolean; times?: number }
  /** A per-record `rejected` in an otherwise accepted batch, for the record with this id/comment. */
  | { kind: 'reject-one'; id?: string; comment?: string; error?: string }
  /** A plain endpoint that refuses a whole batch with HTTP 400 when it holds this record. */
  | { kind: '400-for'; comment: string }
  /** HTTP 413 for any batch of more than `maxRecords` records. */
  | { kind: '413-over'; maxRecords: number; times?: number }
  /** Each request, with probability `rate` (seeded), gets one of `rules` (picked at random). */
  | { kind: 'flaky'; rate: number; seed: number; rules: FaultRule[] };

/** What the server does with one request. */
export type FaultAction =
  | { kind: 'ack'; rejected: Map<string, string> }
  | {
      kind: 'status';
      status: number;
      headers: Record<string, string>;
      body: string;
      afterMs: number;
    }
  | { kind: 'html200' }
  | { kind: 'delay'; ms: number; storeFirst: boolean; rejected: Map<string, string> }
  | { kind: 'destroy'; afterStore: boolean };

/** What the schedule needs to know about a record. */
export interface RecordKey {
  id: string;
  comment?: string;
}

interface Entry {
  rule: FaultRule;
  left: number;
  random?: () => number;
}

export const INJECTED_REJECTION = 'injected: this record is invalid for the endpoint';

export class FaultSchedule {
  #entries: Entry[] = [];

  /** Replaces every rule. */
  set(rules: FaultRule[]): void {
    this.#entries = rules.map(toEntry);
  }

  /** Adds rules after the current ones. */
  add(...rules: FaultRule[]): void {
    this.#entries.push(...rules.map(toEntry));
  }

  clear(): void {
    this.#entries = [];
  }

  /** Rules that can still fire. */
  get active(): FaultRule[] {
    return this.#entries.filter((e) => e.left > 0).map((e) => e.rule);
  }

  /** Decides the reply to a request carrying `records`, and spends one use of the rule. */
  next(records: readonly RecordKey[]): FaultAction {
    const rejected = new Map<string, string>();
    for (const { rule } of this.#entries) {
      if (rule.kind !== 'reject-one') continue;
      for (const r of records) {
        if ((rule.id && r.id === rule.id) || (rule.comment && r.comment === rule.comment)) {
          rejected.set(r.id, rule.error ?? INJECTED_REJECTION);
        }
      }
    }
    for (const entry of this.#entries) {
      if (entry.left <= 0) continue;
      const action = decide(entry, records, rejected);
      if (!action) continue;
      entry.left--;
      return action;
    }
    return { kind: 'ack', rejected };
  }
}

const toEntry = (rule: FaultRule): Entry => ({
  rule,
  left: 'times' in rule && rule.times !== undefined ? rule.times : Infinity,
  ...(rule.kind === 'flaky' ? { random: seeded(rule.seed) } : {}),
});

function decide(
  entry: Entry,
  records: readonly RecordKey[],
  rejected: Map<string, string>,
): FaultAction | undefined {
  const { rule } = entry;
  switch (rule.kind) {
    case 'reject-one':
      return undefined;
    case 'status':
      return {
        kind: 'status',
        status: rule.status,
        headers: rule.headers ?? {},
        body: rule.body ?? errorBody('injected', `HTTP ${rule.status} injected by the chaos suite`),
        afterMs: rule.afterMs ?? 0,
      };
    case 'html200':
      return { kind: 'html200' };
    case 'delay':
      return { kind: 'delay', ms: rule.ms, storeFirst: rule.storeFirst ?? false, rejected };
    case 'destroy':
      return { kind: 'destroy', afterStore: rule.afterStore ?? false };
    case '400-for': {
      const bad = records.find((r) => r.comment === rule.comment);
      if (!bad) return undefined;
      return {
        kind: 'status',
        status: 400,
        headers: {},
        body: errorBody('invalid_record', `record ${bad.id} is invalid (injected)`),
        afterMs: 0,
      };
    }
    case '413-over':
      if (records.length <= rule.maxRecords) return undefined;
      return {
        kind: 'status',
        status: 413,
        headers: {},
        body: errorBody('too_large', `at most ${rule.maxRecords} records per request`),
        afterMs: 0,
      };
    case 'flaky': {
      const random = entry.random!;
      if (random() >= rule.rate || rule.rules.length === 0) return undefined;
      const picked = rule.rules[Math.floor(random() * rule.rules.length)]!;
      return decide({ rule: picked, left: 1 }, records, rejected);
    }
  }
}

const errorBody = (code: string, message: string) => JSON.stringify({ error: { code, message } });

/** mulberry32: a small seeded generator, so a flaky run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
