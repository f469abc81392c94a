/**
 * The chaos collector's ledger: every record it stored, by id, and every request it received.
 * It stores an id once, like the reference collector (an idempotent insert); a delivery of an id
 * it already holds is answered `duplicate` and counted as a wire duplicate.
 */

/** A stored record. */
export interface LedgerRecord {
  id: string;
  comment?: string;
  /** The request that stored it (1-based). */
  request: number;
  /** Milliseconds since the server started. */
  storedAt: number;
}

/** One POST to the endpoint, as the server saw it. */
export interface RequestLogEntry {
  /** 1-based. */
  no: number;
  /** Milliseconds since the server started. */
  at: number;
  /** The page that sent it (the `Referer`), e.g. `/?tab=b`. */
  from: string;
  ids: string[];
  bytes: number;
  /** What the server did: `ack`, `503`, `html200`, `destroyed`, `delayed`, `client gone`, … */
  outcome: string;
  /** When the reply was written (or the socket dropped), ms since the server started. */
  doneAt?: number;
}

export class Ledger {
  readonly stored = new Map<string, LedgerRecord>();
  readonly requests: RequestLogEntry[] = [];
  /** Deliveries of an id after it was already stored. */
  wireDuplicates = 0;
  /** CORS preflights of the endpoint (a cross-origin page). */
  preflights = 0;

  /** Stores what is new; says per record whether it was new (`accepted`) or not (`duplicate`). */
  store(
    records: ReadonlyArray<{ id: string; comment?: string }>,
    request: number,
    at: number,
  ): Map<string, 'accepted' | 'duplicate'> {
    const outcome = new Map<string, 'accepted' | 'duplicate'>();
    for (const r of records) {
      if (this.stored.has(r.id)) {
        this.wireDuplicates++;
        outcome.set(r.id, 'duplicate');
        continue;
      }
      this.stored.set(r.id, {
        id: r.id,
        ...(r.comment === undefined ? {} : { comment: r.comment }),
        request,
        storedAt: at,
      });
      outcome.set(r.id, 'accepted');
    }
    return outcome;
  }
}
