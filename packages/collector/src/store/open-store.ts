import { POSTGRES_NOT_AVAILABLE, parseDatabaseLocation } from './database-location.js';
import type { ResponseStore } from './response-store.js';
import { openSqliteStore } from './sqlite-store.js';

/**
 * Opens the store named by a database setting (see `parseDatabaseLocation`). PostgreSQL is
 * recognised but not built in yet, and fails with a message saying so.
 */
export function openStore(location: string): ResponseStore {
  const parsed = parseDatabaseLocation(location);
  if (parsed.kind === 'postgres') throw new Error(POSTGRES_NOT_AVAILABLE);
  return openSqliteStore(parsed.path);
}
