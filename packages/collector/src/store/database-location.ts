/** Where responses are stored, parsed from `--db` / `DATABASE_URL`. */
export type DatabaseLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const POSTGRES_NOT_AVAILABLE = 'PostgreSQL support is not in this build yet';

/**
 * Parses a database setting: a SQLite file path, `:memory:`, a `file:` URL (`file:./x.db`,
 * `file:///abs/x.db`), or a `postgres://` / `postgresql://` URL. Throws on anything else, naming
 * what is accepted.
 */
export function parseDatabaseLocation(value: string): DatabaseLocation {
  const input = value.trim();
  if (input === '') throw new Error('The database location is empty.');
  if (input === ':memory:') return { kind: 'sqlite', path: input };
  if (/^postgres(ql)?:\/\//i.test(input)) return { kind: 'postgres', url: input };
  if (/^file:/i.test(input)) {
    const rest = input.slice('file:'.length);
    // file:///abs/x.db is a proper URL; file:./x.db and file:x.db are the relative forms ORMs use.
    const path = rest.startsWith('//') ? decodeURIComponent(new URL(input).pathname) : rest;
    if (path === '') throw new Error(`The database URL "${input}" names no file.`);
    return { kind: 'sqlite', path };
  }
  // A scheme (not a Windows drive letter such as C:\) that we do not speak.
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(input);
  if (scheme) {
    throw new Error(
      `Unsupported database URL scheme "${scheme[1]}:". Use a SQLite file path, a file: URL ` +
        'or (in a later build) a postgres:// URL.',
    );
  }
  return { kind: 'sqlite', path: input };
}
