import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCliArgs, startupLines, type CliParse } from './cli/args.js';

test('parseCliArgs: table', () => {
  const cases: {
    name: string;
    argv: string[];
    env?: Record<string, string>;
    expected: CliParse;
  }[] = [
    {
      name: 'defaults',
      argv: [],
      expected: {
        kind: 'run',
        options: { port: 8787, host: '127.0.0.1', dbPath: './touchpoint.db' },
        warnings: [],
      },
    },
    {
      name: 'every flag',
      argv: [
        '--port',
        '0',
        '--host',
        '0.0.0.0',
        '--db',
        'x.db',
        '--write-keys',
        'pk_a, pk_b,',
        '--cors-origins',
        'https://a.example,https://b.example',
        '--admin-token',
        'secret-token',
        '--surveys',
        's.json',
        '--demo',
        'demo',
        '--rate-limit',
        '60',
      ],
      expected: {
        kind: 'run',
        options: {
          port: 0,
          host: '0.0.0.0',
          dbPath: 'x.db',
          writeKeys: ['pk_a', 'pk_b'],
          corsOrigins: ['https://a.example', 'https://b.example'],
          adminToken: 'secret-token',
          surveysFile: 's.json',
          demoDir: 'demo',
          rateLimit: { perMinute: 60 },
        },
        warnings: [],
      },
    },
    {
      name: 'environment: PORT, DATABASE_URL, TOUCHPOINT_ADMIN_TOKEN',
      argv: ['--cors-origins', '*'],
      env: { PORT: '9000', DATABASE_URL: 'file:./env.db', TOUCHPOINT_ADMIN_TOKEN: 'env-token-123' },
      expected: {
        kind: 'run',
        options: {
          port: 9000,
          host: '127.0.0.1',
          dbPath: 'file:./env.db',
          corsOrigins: '*',
          adminToken: 'env-token-123',
        },
        warnings: [],
      },
    },
    {
      name: '--port wins over PORT',
      argv: ['--port', '1234'],
      env: { PORT: '9000' },
      expected: {
        kind: 'run',
        options: { port: 1234, host: '127.0.0.1', dbPath: './touchpoint.db' },
        warnings: [],
      },
    },
    {
      name: 'DATABASE_URL wins over --db, with a warning',
      argv: ['--db', './touchpoint.db'],
      env: { DATABASE_URL: 'postgres://db/tp' },
      expected: {
        kind: 'run',
        options: { port: 8787, host: '127.0.0.1', dbPath: 'postgres://db/tp' },
        warnings: ['DATABASE_URL is set; it is used instead of --db ./touchpoint.db.'],
      },
    },
    {
      name: 'empty environment variables count as unset',
      argv: [],
      env: { PORT: '', DATABASE_URL: '', TOUCHPOINT_ADMIN_TOKEN: '' },
      expected: {
        kind: 'run',
        options: { port: 8787, host: '127.0.0.1', dbPath: './touchpoint.db' },
        warnings: [],
      },
    },
    { name: 'help', argv: ['--help'], expected: { kind: 'help' } },
    { name: 'help, short', argv: ['-h'], expected: { kind: 'help' } },
    {
      name: 'unknown flag',
      argv: ['--bogus'],
      expected: { kind: 'error', message: "Unknown option '--bogus'" },
    },
    {
      name: 'positional',
      argv: ['serve'],
      expected: { kind: 'error', message: "Unexpected argument 'serve'" },
    },
    {
      name: 'missing value',
      argv: ['--port'],
      expected: { kind: 'error', message: "Option '--port <value>' argument missing" },
    },
    {
      name: 'port not a number',
      argv: ['--port', 'abc'],
      expected: { kind: 'error', message: '--port must be an integer from 0 to 65535, got "abc"' },
    },
    {
      name: 'port too large',
      argv: ['--port', '70000'],
      expected: {
        kind: 'error',
        message: '--port must be an integer from 0 to 65535, got "70000"',
      },
    },
    {
      name: 'bad PORT env',
      argv: [],
      env: { PORT: '-1' },
      expected: { kind: 'error', message: 'PORT must be an integer from 0 to 65535, got "-1"' },
    },
    {
      name: 'empty write keys',
      argv: ['--write-keys', ' , '],
      expected: { kind: 'error', message: '--write-keys needs at least one key' },
    },
    {
      name: 'short admin token',
      argv: ['--admin-token', 'abc'],
      expected: { kind: 'error', message: '--admin-token must be at least 8 characters' },
    },
    {
      name: 'rate limit 0',
      argv: ['--rate-limit', '0'],
      expected: {
        kind: 'error',
        message: '--rate-limit must be an integer from 1 to 1000000, got "0"',
      },
    },
  ];
  for (const c of cases) assert.deepEqual(parseCliArgs(c.argv, c.env ?? {}), c.expected, c.name);
});

test('startupLines: the three lines npm start relies on', () => {
  assert.deepEqual(startupLines('http://127.0.0.1:8787', 'tok/en+1'), [
    'Touchpoint collector listening on http://127.0.0.1:8787',
    '  Demo:       http://127.0.0.1:8787/demo/',
    '  Dashboard:  http://127.0.0.1:8787/login?token=tok%2Fen%2B1',
  ]);
});
