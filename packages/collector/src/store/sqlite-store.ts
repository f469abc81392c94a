import Database from 'better-sqlite3';
import type { ResponseType } from '@touchpoint/core/schema';
import { pendingMigrations } from './migrations.js';
import type {
  InsertOutcome,
  NewResponse,
  ResponseFilter,
  ResponseStore,
  StoredResponse,
} from './response-store.js';

/** A `responses` row as SQLite returns it. */
export interface ResponseRow {
  id: string;
  type: ResponseType;
  survey_id: string | null;
  score: number | null;
  comment: string | null;
  data: string | null;
  user_id: string | null;
  anonymous_id: string | null;
  created_at: string;
  received_at: string;
  write_key: string | null;
  context: string | null;
  raw: string;
}

const COLUMNS =
  'id, type, survey_id, score, comment, data, user_id, anonymous_id, created_at, received_at, write_key, context, raw';

function fromRow(row: ResponseRow): StoredResponse {
  return {
    id: row.id,
    type: row.type,
    surveyId: row.survey_id,
    score: row.score,
    comment: row.comment,
    data: row.data,
    userId: row.user_id,
    anonymousId: row.anonymous_id,
    createdAt: row.created_at,
    receivedAt: row.received_at,
    writeKey: row.write_key,
    context: row.context,
    raw: row.raw,
  };
}

/** `survey_id = ?` clause and parameters for an optional survey filter. */
function where(filter: ResponseFilter | undefined, extra: string[] = []) {
  const clauses = [...extra];
  const params: unknown[] = [];
  if (filter?.surveyId !== undefined) {
    clauses.push('survey_id = ?');
    params.push(filter.surveyId);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * Opens (creating if needed) a SQLite database and migrates it. `path` is a file path or
 * `:memory:`. WAL lets the dashboard read while batches are written.
 */
export function openSqliteStore(path: string): ResponseStore {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    // The SDK deletes a record from its outbox once we acknowledge it, so an acknowledged row
    // must survive a power loss too; WAL's default NORMAL only survives application crashes.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const insert = db.prepare(
    `INSERT INTO responses (${COLUMNS}) VALUES
       (@id, @type, @surveyId, @score, @comment, @data, @userId, @anonymousId, @createdAt,
        @receivedAt, @writeKey, @context, @raw)
     ON CONFLICT (id) DO NOTHING`,
  );
  const insertAll = db.transaction((responses: readonly NewResponse[]): InsertOutcome[] =>
    responses.map((r) => (insert.run(r).changes === 1 ? 'inserted' : 'duplicate')),
  );

  return {
    async insertBatch(responses) {
      return insertAll(responses);
    },
    async scoreCounts(type, filter) {
      const w = where(filter, ['type = ?', 'score IS NOT NULL']);
      const rows = db
        .prepare(`SELECT score, COUNT(*) AS n FROM responses ${w.sql} GROUP BY score`)
        .all(type, ...w.params) as { score: number; n: number }[];
      return new Map(rows.map((r) => [r.score, r.n]));
    },
    async countByType(filter) {
      const w = where(filter);
      const rows = db
        .prepare(`SELECT type, COUNT(*) AS n FROM responses ${w.sql} GROUP BY type`)
        .all(...w.params) as { type: ResponseType; n: number }[];
      return new Map(rows.map((r) => [r.type, r.n]));
    },
    async latest(limit, filter) {
      const w = where(filter);
      const rows = db
        .prepare(
          `SELECT ${COLUMNS} FROM responses ${w.sql} ORDER BY created_at DESC, rowid DESC LIMIT ?`,
        )
        .all(...w.params, limit) as ResponseRow[];
      return rows.map(fromRow);
    },
    async surveyIds() {
      const rows = db
        .prepare(
          'SELECT DISTINCT survey_id FROM responses WHERE survey_id IS NOT NULL ORDER BY survey_id',
        )
        .all() as { survey_id: string }[];
      return rows.map((r) => r.survey_id);
    },
    async *pages(filter, pageSize = 500) {
      // Keyset pagination on rowid: each page is a complete query, so the connection is never
      // left mid-iteration while the caller awaits (better-sqlite3 would refuse other queries).
      let after = 0;
      for (;;) {
        const w = where(filter, ['rowid > ?']);
        const rows = db
          .prepare(`SELECT rowid AS seq, ${COLUMNS} FROM responses ${w.sql} ORDER BY rowid LIMIT ?`)
          .all(after, ...w.params, pageSize) as (ResponseRow & { seq: number })[];
        if (rows.length === 0) return;
        after = rows[rows.length - 1]!.seq;
        yield rows.map(fromRow);
        if (rows.length < pageSize) return;
      }
    },
    async schemaVersion() {
      return db.pragma('user_version', { simple: true }) as number;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

/** Runs each pending migration in its own transaction, bumping `user_version` with it. */
function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of pendingMigrations(current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      // PRAGMA takes no bound parameters; the version is an integer from our own list.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
  }
}
