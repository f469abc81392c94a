import { parseArgs } from 'node:util';
import type { StartCollectorOptions } from '../index.js';

export const USAGE = `Usage: touchpoint-collector [options]

Options:
  --port <n>              TCP port, 0 for a free one (env PORT; default 8787)
  --host <addr>           interface to bind (default 127.0.0.1)
  --db <path|url>         SQLite file, ':memory:' or file: URL (env DATABASE_URL,
                          which wins when both are set; default ./touchpoint.db)
  --write-keys <a,b>      accepted write keys; none = accept any key (development)
  --cors-origins <a,b|*>  origins allowed to POST from browsers
                          (default * without write keys, none with them)
  --admin-token <token>   dashboard token (env TOUCHPOINT_ADMIN_TOKEN; default random)
  --surveys <file.json>   survey definitions served at GET /v1/surveys
  --demo <dir>            folder served at /demo/ (default: the repo's demo/)
  --rate-limit <n>        requests per minute per client IP and write key (default 600)
  -h, --help              show this help
`;

/** The collector options a command line asks for (functions such as `now` stay default). */
export type CliOptions = Omit<StartCollectorOptions, 'now'>;

export type CliParse =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'run'; options: CliOptions; warnings: string[] };

const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function integer(value: string, name: string, min: number, max: number): number | string {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min && n <= max
    ? n
    : `${name} must be an integer from ${min} to ${max}, got "${value}"`;
}

/**
 * Reads the command line and environment into collector options. Pure: no I/O, so every flag
 * combination is table-tested. Flags win over the environment, except DATABASE_URL over --db
 * (SPEC §7: the database URL selects the store; `npm start` always passes --db).
 */
export function parseCliArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): CliParse {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        'write-keys': { type: 'string' },
        'cors-origins': { type: 'string' },
        'admin-token': { type: 'string' },
        surveys: { type: 'string' },
        demo: { type: 'string' },
        'rate-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // Node's messages run on with advice about `--`; the first sentence is the useful part.
    const message = (error as Error).message.split('. ')[0]!.replace(/\.$/, '');
    return { kind: 'error', message };
  }
  if (values.help) return { kind: 'help' };
  // An empty variable (`PORT= touchpoint-collector`) means unset, as in most CLIs.
  const fromEnv = (name: string) => env[name] || undefined;

  const warnings: string[] = [];
  const port = integer(
    values.port ?? fromEnv('PORT') ?? '8787',
    values.port ? '--port' : 'PORT',
    0,
    65535,
  );
  if (typeof port === 'string') return { kind: 'error', message: port };

  let dbPath = values.db ?? './touchpoint.db';
  const databaseUrl = fromEnv('DATABASE_URL');
  if (databaseUrl) {
    if (values.db !== undefined && values.db !== databaseUrl) {
      warnings.push(`DATABASE_URL is set; it is used instead of --db ${values.db}.`);
    }
    dbPath = databaseUrl;
  }
  if (dbPath.trim() === '') return { kind: 'error', message: '--db must not be empty' };

  const options: CliOptions = { port, host: values.host ?? '127.0.0.1', dbPath };
  if (options.host === '') return { kind: 'error', message: '--host must not be empty' };
  if (values['write-keys'] !== undefined) {
    const keys = list(values['write-keys']);
    if (!keys.length) return { kind: 'error', message: '--write-keys needs at least one key' };
    options.writeKeys = keys;
  }
  if (values['cors-origins'] !== undefined) {
    const origins = values['cors-origins'].trim();
    options.corsOrigins = origins === '*' ? '*' : list(origins);
  }
  const adminToken = values['admin-token'] ?? fromEnv('TOUCHPOINT_ADMIN_TOKEN');
  if (adminToken !== undefined) {
    if (adminToken.length < 8) {
      return { kind: 'error', message: '--admin-token must be at least 8 characters' };
    }
    options.adminToken = adminToken;
  }
  if (values.surveys !== undefined) options.surveysFile = values.surveys;
  if (values.demo !== undefined) options.demoDir = values.demo;
  if (values['rate-limit'] !== undefined) {
    const perMinute = integer(values['rate-limit'], '--rate-limit', 1, 1_000_000);
    if (typeof perMinute === 'string') return { kind: 'error', message: perMinute };
    options.rateLimit = { perMinute };
  }
  return { kind: 'run', options, warnings };
}

/** The lines printed once listening; `npm start` and the tests read them. */
export function startupLines(url: string, adminToken: string): string[] {
  return [
    `Touchpoint collector listening on ${url}`,
    `  Demo:       ${url}/demo/`,
    `  Dashboard:  ${url}/login?token=${encodeURIComponent(adminToken)}`,
  ];
}
