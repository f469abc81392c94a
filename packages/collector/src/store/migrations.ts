/**
 * SQLite schema history. Each entry brings the database from `version - 1` to `version`; the
 * current version lives in `PRAGMA user_version`. Append new entries, never edit shipped ones.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'responses table',
    sql: `
      CREATE TABLE responses (
        id           TEXT PRIMARY KEY,
        type         TEXT NOT NULL,
        survey_id    TEXT,
        score        INTEGER,
        comment      TEXT,
        data         TEXT,
        user_id      TEXT,
        anonymous_id TEXT,
        created_at   TEXT NOT NULL,
        received_at  TEXT NOT NULL,
        write_key    TEXT,
        context      TEXT,
        raw          TEXT NOT NULL
      );
      CREATE INDEX responses_type_received_at ON responses (type, received_at);
      CREATE INDEX responses_survey_id ON responses (survey_id);
      CREATE INDEX responses_created_at ON responses (created_at);
    `,
  },
];

/** The version a fully migrated database reports. */
export const LATEST_SQLITE_VERSION = SQLITE_MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

/**
 * The migrations still to run on a database at `current`, in order. Throws when the database is
 * newer than this build knows, since writing to it could corrupt data a newer collector relies on.
 */
export function pendingMigrations(
  current: number,
  migrations: readonly Migration[] = SQLITE_MIGRATIONS,
): Migration[] {
  const latest = migrations.reduce((v, m) => Math.max(v, m.version), 0);
  if (current > latest) {
    throw new Error(
      `The database schema is version ${current}, newer than this collector supports (${latest}). ` +
        'Upgrade @touchpoint/collector.',
    );
  }
  return migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
}
