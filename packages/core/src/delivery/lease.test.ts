import { expect } from '@open-wc/testing';
import { decideLease, inFlight, type Lease } from './lease.js';

const NOW = 1_000_000;
const lease = (over: Partial<Lease> = {}): Lease => ({
  owner: 'other',
  expiresAt: 0,
  notBefore: 0,
  server: false,
  failures: 0,
  ...over,
});

describe('decideLease', () => {
  const table: Array<
    [
      string,
      Lease | undefined,
      { webLocked?: boolean; forced?: boolean },
      ReturnType<typeof decideLease>,
    ]
  > = [
    ['no lease yet', undefined, {}, { take: true }],
    ['released (expiresAt 0)', lease(), {}, { take: true }],
    ['expired', lease({ expiresAt: NOW - 1 }), {}, { take: true }],
    [
      'another tab’s live lease, no Web Lock: wait for it',
      lease({ expiresAt: NOW + 500 }),
      {},
      { take: false, waitMs: 500 },
    ],
    [
      'another tab’s live lease, Web Lock held: that tab stopped, take over',
      lease({ expiresAt: NOW + 500 }),
      { webLocked: true },
      { take: true },
    ],
    ['my own live lease', lease({ owner: 'me', expiresAt: NOW + 500 }), {}, { take: true }],
    ['backoff window', lease({ notBefore: NOW + 2000 }), {}, { take: false, waitMs: 2000 }],
    [
      'backoff window, forced (flush(), online)',
      lease({ notBefore: NOW + 2000 }),
      { forced: true },
      { take: true },
    ],
    [
      'Retry-After window',
      lease({ notBefore: NOW + 3000, server: true }),
      {},
      { take: false, waitMs: 3000 },
    ],
    [
      'Retry-After window, forced: still waits',
      lease({ notBefore: NOW + 3000, server: true }),
      { forced: true },
      { take: false, waitMs: 3000 },
    ],
    [
      'Retry-After window, Web Lock held: still waits',
      lease({ notBefore: NOW + 3000, server: true }),
      { webLocked: true, forced: true },
      { take: false, waitMs: 3000 },
    ],
    ['window over', lease({ notBefore: NOW, server: true }), {}, { take: true }],
  ];
  for (const [name, current, { webLocked = false, forced = false }, expected] of table) {
    it(name, () =>
      expect(decideLease(current, 'me', NOW, webLocked, forced)).to.deep.equal(expected),
    );
  }
});

describe('inFlight', () => {
  it('holds the ids of a keepalive request until sendingUntil', () => {
    const marked = lease({ sending: ['a', 'b'], sendingUntil: NOW + 1 });
    expect([...inFlight(marked, NOW)]).to.deep.equal(['a', 'b']);
    expect([...inFlight(marked, NOW + 1)]).to.deep.equal([]);
    expect([...inFlight(lease(), NOW)]).to.deep.equal([]);
    expect([...inFlight(undefined, NOW)]).to.deep.equal([]);
  });
});
