/**
 * Storage behind the collector. Every method is async so a networked database (PostgreSQL, for
 * stateless collectors behind a load balancer) can implement the same interface as SQLite.
 */
import type { ResponseType } from '@touchpoint/core/schema';

/** A validated record, flattened into the columns the collector stores. */
export interface NewResponse {
  id: string;
  type: ResponseType;
  surveyId: string | null;
  score: number | null;
  comment: string | null;
  /** JSON text of the type-specific `data` object, or null. */
  data: string | null;
  userId: string | null;
  anonymousId: string | null;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** ISO 8601, UTC: when the collector received the batch. */
  receivedAt: string;
  writeKey: string | null;
  /** JSON text of the record's `context`, or null. */
  context: string | null;
  /** The record exactly as received, as JSON text. */
  raw: string;
}

/** A stored response, as read back. Same shape as what was inserted. */
export type StoredResponse = NewResponse;

/** `inserted` for a new id, `duplicate` when a response with that id was already stored. */
export type InsertOutcome = 'inserted' | 'duplicate';

/** Narrows reads to one survey; no `surveyId` means every response. */
export interface ResponseFilter {
  surveyId?: string;
}

export interface ResponseStore {
  /**
   * Inserts every response in one transaction, idempotently by `id`, and returns one outcome per
   * input in the same order. Either all rows are written or none (the call rejects).
   */
  insertBatch(responses: readonly NewResponse[]): Promise<InsertOutcome[]>;
  /** How many responses of each score exist for `type` (responses without a score are left out). */
  scoreCounts(type: ResponseType, filter?: ResponseFilter): Promise<Map<number, number>>;
  /** How many responses exist per type. */
  countByType(filter?: ResponseFilter): Promise<Map<ResponseType, number>>;
  /** The `limit` most recently answered responses, newest first. */
  latest(limit: number, filter?: ResponseFilter): Promise<StoredResponse[]>;
  /** Every survey id that has at least one response, sorted. */
  surveyIds(): Promise<string[]>;
  /** Every response, oldest stored first, in pages (bounded memory for exports). */
  pages(filter?: ResponseFilter, pageSize?: number): AsyncIterable<StoredResponse[]>;
  /** The storage schema version (SQLite: `PRAGMA user_version`). */
  schemaVersion(): Promise<number>;
  /** Releases the database. Further calls reject. Safe to call twice. */
  close(): Promise<void>;
}
