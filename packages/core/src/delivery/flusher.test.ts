// The flusher against real IndexedDB and the loopback endpoint, several instances on one
// database standing in for tabs: the lease, the shared retry window, page-hide marks, and how
// few writes a drain makes.
import { expect } from '@open-wc/testing';
import { Emitter } from '../emitter.js';
import type { TouchpointEventMap } from '../events.js';
import { createIdGenerator } from '../id.js';
import { createDeadLetters } from '../outbox/dead-letters.js';
import { createOutbox } from '../outbox/outbox.js';
import { createStorage } from '../outbox/store.js';
import type { ResponseRecord } from '../schema.js';
import { createCounters } from '../stats.js';
import {
  endpointLog,
  endpointUrl,
  scriptEndpoint,
  sleep,
  uniqueName,
  until,
} from '../test-support/endpoint.js';
import {
  countingIndexedDB,
  rawDelete,
  rawEntries,
  type TransactionLog,
} from '../test-support/idb.js';
import { createFlusher, type FlusherOptions } from './flusher.js';
import { LEASE_KEY, type Lease } from './lease.js';
import type { FetchLike } from './transport.js';

const newId = createIdGenerator();
const record = (): ResponseRecord => ({
  id: newId(),
  type: 'nps',
  score: 9,
  createdAt: new Date().toISOString(),
  attempt: 0,
  user: { anonymousId: 'anon', traits: {} },
  context: { sdk: 'touchpoint/0.1.0' },
});

describe('flusher', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  /** One "tab": its own storage connection, outbox and flusher on a shared database. */
  function tab(
    dbName: string,
    endpoint: string,
    over: Partial<FlusherOptions> & { log?: TransactionLog[]; webLocks?: boolean } = {},
  ) {
    const storage = createStorage({
      dbName,
      persistence: 'durable',
      ...(over.log ? { indexedDB: countingIndexedDB(over.log) } : {}),
    });
    const outbox = createOutbox(storage.store('outbox'), storage.store('quarantine'), {
      maxQueue: 10_000,
      now: Date.now,
      onEvict: () => undefined,
      onQuarantine: () => undefined,
    });
    const events = new Emitter<TouchpointEventMap>();
    const sent: string[] = [];
    events.on('response:sent', ({ record }) => sent.push(record.id));
    const flusher = createFlusher({
      outbox,
      deadLetters: createDeadLetters(storage.store('dead-letters')),
      meta: storage.store('meta'),
      events,
      counters: createCounters(),
      endpoint: new URL(endpointUrl(endpoint), location.href).href,
      batchSize: 50,
      // null: no Web Lock, the lease alone serialises flushes.
      lockName: () => (over.webLocks === false ? null : `touchpoint-flush:${dbName}`),
      maySend: () => true,
      owner: uniqueName('tab'),
      now: Date.now,
      random: () => 0,
      ...over,
    });
    cleanup.push(() => {
      flusher.destroy();
      storage.close();
    });
    return { storage, outbox, flusher, sent, meta: storage.store('meta') };
  }

  function database() {
    const dbName = uniqueName('flusher-db');
    cleanup.push(() => rawDelete(dbName));
    return dbName;
  }

  /** A fetch that records how many requests were in flight at once. */
  function concurrency() {
    const seen = { now: 0, max: 0 };
    const fetch: FetchLike = async (input, init) => {
      seen.max = Math.max(seen.max, ++seen.now);
      try {
        return await globalThis.fetch(input, init);
      } finally {
        seen.now--;
      }
    };
    return { seen, fetch };
  }

  it('a successful drain writes no attempt counts and deletes in few transactions', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    const log: TransactionLog[] = [];
    const t = tab(dbName, endpoint, { log });
    const records = Array.from({ length: 120 }, record);
    await Promise.all(records.map((r) => t.outbox.enqueue(r)));
    await t.outbox.settled();
    const before = log.length;
    expect(await t.flusher.flush()).to.deep.equal({ sent: 120, failed: 0, pending: 0 });
    const writes = log
      .slice(before)
      .filter((x) => x.mode == 'readwrite' && x.stores.includes('outbox'));
    // 3 requests of ≤ 50; deletes in chunks. The old flusher wrote each batch twice (attempt + 1
    // before sending, then the deletes): 6 writes.
    expect(writes.length).to.be.at.most(3);
    const bodies = await endpointLog(endpoint);
    expect(bodies.map((b) => b.body.batch.length)).to.deep.equal([50, 50, 20]);
    expect(bodies.flatMap((b) => b.body.batch.map((r) => r['attempt']))).to.satisfy((a: number[]) =>
      a.every((n) => n === 1),
    );
    expect(t.sent).to.deep.equal(records.map((r) => r.id));
  });

  it('a flush() before the run going has read the outbox joins that run', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    const t = tab(dbName, endpoint);
    const records = Array.from({ length: 60 }, record);
    await Promise.all(records.map((r) => t.outbox.enqueue(r)));
    // The second call comes while the first waits for its lock: one run sends everything.
    const [a, b] = await Promise.all([t.flusher.flush(), t.flusher.flush()]);
    expect(a).to.deep.equal({ sent: 60, failed: 0, pending: 0 });
    expect(b).to.deep.equal(a);
    expect((await endpointLog(endpoint)).map((q) => q.body.batch.length)).to.deep.equal([50, 10]);
  });

  it('a flush() once the run going has read the outbox queues one follow-up run', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    await scriptEndpoint(endpoint, [{ status: 200, delayMs: 300, body: {} }]);
    let sending!: () => void;
    const out = new Promise<void>((resolve) => (sending = resolve));
    const fetch: FetchLike = (input, init) => (sending(), globalThis.fetch(input, init));
    const t = tab(dbName, endpoint, { fetch });
    const [early, late] = [record(), record()];
    await t.outbox.enqueue(early);
    const going = t.flusher.flush();
    await out;
    // Queued while the run's request is out: that run read the outbox before it.
    await t.outbox.enqueue(late);
    const [first, second] = await Promise.all([going, t.flusher.flush()]);
    expect([first.sent, second.sent]).to.deep.equal([1, 1]);
    expect(second.pending).to.equal(0);
    expect(t.sent).to.deep.equal([early.id, late.id]);
  });

  it('a drain that stops early deletes what was acknowledged and counts exactly what is left', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    await scriptEndpoint(endpoint, [{ status: 200, body: {} }, { status: 500 }]);
    const t = tab(dbName, endpoint);
    const records = Array.from({ length: 120 }, record);
    await Promise.all(records.map((r) => t.outbox.enqueue(r)));
    expect(await t.flusher.flush()).to.deep.equal({ sent: 50, failed: 0, pending: 70 });
    const left = (await rawEntries(dbName, 'outbox')).map(([key]) => key);
    expect(left).to.deep.equal(records.slice(50).map((r) => r.id));
    expect(t.sent).to.deep.equal(records.slice(0, 50).map((r) => r.id));
    expect(t.outbox.size).to.equal(70);
  });

  it('persists the attempt count when a send fails', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    await scriptEndpoint(endpoint, [{ status: 500 }]);
    const t = tab(dbName, endpoint);
    const r = record();
    await t.outbox.enqueue(r);
    await t.flusher.flush();
    const stored = (await rawEntries(dbName, 'outbox')) as Array<[string, ResponseRecord]>;
    expect(stored.map(([, value]) => value.attempt)).to.deep.equal([1]);
  });

  it('without Web Locks the lease alone lets one tab send at a time, and nothing twice', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    await scriptEndpoint(endpoint, [{ status: 200, delayMs: 300, body: {} }]);
    const { seen, fetch } = concurrency();
    const a = tab(dbName, endpoint, { webLocks: false, fetch });
    const b = tab(dbName, endpoint, { webLocks: false, fetch });
    const records = Array.from({ length: 60 }, record);
    await Promise.all(records.map((r) => a.outbox.enqueue(r)));
    const [ra, rb] = await Promise.all([a.flusher.flush(), b.flusher.flush()]);
    expect(seen.max, 'requests in flight at once').to.equal(1);
    expect(ra.sent + rb.sent).to.equal(60);
    expect(Math.min(ra.sent, rb.sent), 'the other tab waited for the lease').to.equal(0);
    // The waiting tab learns the outbox is empty when it looks again (its stats().queued).
    await b.flusher.flush();
    expect(b.outbox.size).to.equal(0);
    const ids = (await endpointLog(endpoint)).flatMap((q) => q.body.batch.map((x) => x['id']));
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('waits for another tab’s live lease, and takes over once it expires (a crashed leader)', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    const t = tab(dbName, endpoint, { webLocks: false });
    await t.outbox.enqueue(record());
    const crashed: Lease = {
      owner: 'crashed-tab',
      expiresAt: Date.now() + 600,
      notBefore: 0,
      server: false,
      failures: 0,
    };
    await t.meta.setMany([[LEASE_KEY, crashed]]);
    expect(await t.flusher.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
    await until(() => t.sent.length === 1, 'the takeover after expiry', 3000);
    expect((await t.meta.get<Lease>(LEASE_KEY))!.owner).to.not.equal('crashed-tab');
  });

  it('with the Web Lock, a leftover live lease is taken over at once (the browser freed its lock)', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    const t = tab(dbName, endpoint);
    await t.outbox.enqueue(record());
    await t.meta.setMany([
      [
        LEASE_KEY,
        {
          owner: 'crashed-tab',
          expiresAt: Date.now() + 60_000,
          notBefore: 0,
          server: false,
          failures: 0,
        },
      ],
    ]);
    expect((await t.flusher.flush()).sent).to.equal(1);
  });

  it('a Retry-After window holds for every tab on the database, and across a reload', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    await scriptEndpoint(endpoint, [{ status: 503, headers: { 'Retry-After': '2' } }]);
    const a = tab(dbName, endpoint);
    await a.outbox.enqueue(record());
    expect((await a.flusher.flush()).sent).to.equal(0);
    // Another tab, and a fresh instance (a reload): both see the window and send nothing.
    const b = tab(dbName, endpoint);
    expect(await b.flusher.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
    a.flusher.destroy();
    const reloaded = tab(dbName, endpoint);
    reloaded.flusher.wake('start');
    await sleep(300);
    expect(await endpointLog(endpoint)).to.have.length(1);
    await until(
      () => b.sent.length + reloaded.sent.length === 1,
      'the send after the window',
      4000,
    );
  });

  it('leaves ids a page-hide request may still carry to it, and sends them once it cannot', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    const t = tab(dbName, endpoint);
    const [carried, other] = [record(), record()];
    await Promise.all([carried, other].map((r) => t.outbox.enqueue(r)));
    const gone: Lease = {
      owner: 'closed-tab',
      expiresAt: Date.now() + 60_000,
      notBefore: 0,
      server: false,
      failures: 0,
      sending: [carried.id],
      sendingUntil: Date.now() + 800,
    };
    await t.meta.setMany([[LEASE_KEY, gone]]);
    expect((await t.flusher.flush()).sent).to.equal(1);
    expect(t.sent).to.deep.equal([other.id]);
    await until(() => t.sent.length === 2, 'the carried record, after its mark expired', 3000);
    expect(t.sent[1]).to.equal(carried.id);
  });

  it('a page-hide send marks its ids, so another tab does not send them meanwhile', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    await scriptEndpoint(endpoint, [{ status: 200, delayMs: 600, body: {} }]);
    const hiding = tab(dbName, endpoint);
    const records = [record(), record()];
    await Promise.all(records.map((r) => hiding.outbox.enqueue(r)));
    hiding.flusher.sendOnPageHide();
    await until(async () => (await hiding.meta.get<Lease>(LEASE_KEY))?.sending?.length, 'the mark');
    const other = tab(dbName, endpoint);
    expect((await other.flusher.flush()).sent, 'nothing left that is not in flight').to.equal(0);
    await until(() => hiding.sent.length === 2, 'the keepalive reply, read by the live page');
    expect((await hiding.meta.get<Lease>(LEASE_KEY))!.sending).to.deep.equal([]);
    const requests = await endpointLog(endpoint);
    expect(requests).to.have.length(1);
  });
});
