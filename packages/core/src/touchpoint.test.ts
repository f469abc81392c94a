import { expect } from '@open-wc/testing';
import { BatchSchema, type ResponseRecord } from './schema.js';
import { createTouchpoint, type Touchpoint, type TouchpointOptions } from './index.js';
import {
  endpointLog,
  endpointUrl,
  scriptEndpoint,
  sleep,
  uniqueName,
  until,
} from './test-support/endpoint.js';
import { databaseExists, rawDelete, rawEntries, throwingIndexedDB } from './test-support/idb.js';
import type { TouchpointEventMap } from './events.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Harness {
  tp: Touchpoint;
  dbName: string;
  endpoint: string;
  events: { [K in keyof TouchpointEventMap]: Array<TouchpointEventMap[K]> };
  outbox: () => Promise<Array<[string, unknown]>>;
  requests: () => ReturnType<typeof endpointLog>;
  sentIds: () => Promise<string[]>;
}

describe('createTouchpoint', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  /** An instance on its own endpoint and database; random 0 makes the first retry 1 s. */
  function make(
    options: Partial<TouchpointOptions> = {},
    names: { dbName?: string } = {},
  ): Harness {
    const endpoint = uniqueName('ep');
    const dbName = names.dbName ?? uniqueName('tp-db');
    const tp = createTouchpoint({
      endpoint: endpointUrl(endpoint),
      dbName,
      random: () => 0,
      ...options,
    });
    cleanup.push(async () => {
      tp.destroy();
      await rawDelete(dbName);
    });
    const events: Harness['events'] = {
      'response:queued': [],
      'response:sent': [],
      'response:failed': [],
      'response:evicted': [],
      'flush:error': [],
    };
    for (const type of Object.keys(events) as Array<keyof TouchpointEventMap>) {
      tp.on(type, (payload) => (events[type] as unknown[]).push(payload));
    }
    return {
      tp,
      dbName,
      endpoint,
      events,
      outbox: () => rawEntries(dbName, 'outbox'),
      requests: () => endpointLog(endpoint),
      sentIds: async () =>
        (await endpointLog(endpoint)).flatMap((r) => r.body.batch.map((b) => String(b['id']))),
    };
  }

  describe('submit and the outbox', () => {
    it('resolves with the record after it is committed to IndexedDB', async () => {
      const h = make({ consent: 'pending' });
      const record = await h.tp.submit({ type: 'nps', surveyId: 'q4', score: 9, comment: 'great' });
      expect(record.id).to.match(UUID_V7);
      expect(record).to.include({ type: 'nps', surveyId: 'q4', score: 9, attempt: 0 });
      const stored = await h.outbox();
      expect(stored.map(([k]) => k)).to.deep.equal([record.id]);
      expect(stored[0]![1]).to.deep.equal({ ...record, v: 1 });
      expect(h.events['response:queued'].map((e) => e.record.id)).to.deep.equal([record.id]);
      expect(h.tp.stats()).to.include({ queued: 1, persistence: 'durable', consent: 'pending' });
    });

    it('a new instance on the same database (a reload) finds the record and delivers it', async () => {
      const first = make();
      await scriptEndpoint(first.endpoint, Array(5).fill({ status: 503 }));
      const record = await first.tp.submit({ type: 'csat', score: 4 });
      await until(async () => (await first.requests()).length === 1, 'the first (failing) send');
      first.tp.destroy();

      const second = make({}, { dbName: first.dbName });
      await until(() => second.events['response:sent'].length === 1, 'delivery after reload');
      const [request] = await second.requests();
      expect(request!.body.batch.map((r) => [r['id'], r['attempt']])).to.deep.equal([
        [record.id, 2],
      ]);
      expect(await second.outbox()).to.deep.equal([]);
    });

    it('rejects invalid input with a clear Error and stores nothing', async () => {
      const h = make({ consent: 'pending' });
      const cases: Array<[unknown, string]> = [
        [
          { type: 'nps', score: 11 },
          'Touchpoint: invalid submit input "score": score out of range for this type',
        ],
        [{ type: 'bogus' }, 'Touchpoint: invalid submit input "type": '],
        [{ type: 'nps', score: 7.5 }, 'Touchpoint: invalid submit input "score": '],
        [
          { type: 'feedback', comment: 'x'.repeat(5001) },
          'Touchpoint: invalid submit input "comment": ',
        ],
        [
          { type: 'feedback', data: { size: 10n } },
          'Touchpoint: invalid submit input: not serialisable as JSON',
        ],
        [
          { type: 'feedback', data: { blob: 'x'.repeat(40_000) } },
          'Touchpoint: invalid submit input: the record is ',
        ],
        [null, 'Touchpoint: invalid submit input'],
      ];
      for (const [input, message] of cases) {
        let error: Error | undefined;
        await h.tp.submit(input as never).catch((e: Error) => (error = e));
        expect(
          error?.message,
          JSON.stringify(input, (_, v) => (typeof v === 'bigint' ? 'big' : v))?.slice(0, 60),
        ).to.satisfy((m: string) => m.startsWith(message));
      }
      expect(await h.outbox()).to.deep.equal([]);
      expect(h.events['response:queued']).to.deep.equal([]);
    });

    it('evicts the oldest beyond maxQueue: counted in stats() and reported, never silent', async () => {
      const h = make({ consent: 'pending', maxQueue: 2 });
      const records = await Promise.all(
        [1, 2, 3].map((score) => h.tp.submit({ type: 'ces', score })),
      );
      await until(() => h.events['response:evicted'].length === 1, 'the eviction');
      expect(h.events['response:evicted']).to.deep.equal([
        { record: records[0], reason: 'maxQueue' },
      ]);
      expect((await h.outbox()).map(([k]) => k)).to.deep.equal([records[1]!.id, records[2]!.id]);
      expect(h.tp.stats()).to.include({ evicted: 1, queued: 2 });
    });
  });

  describe('delivery', () => {
    it('sends within about a second and removes the record once acknowledged', async () => {
      const h = make();
      const start = performance.now();
      const record = await h.tp.submit({ type: 'nps', score: 10 });
      await until(() => h.events['response:sent'].length === 1, 'acknowledgement');
      expect(performance.now() - start).to.be.below(1000);
      expect(h.events['response:sent'][0]).to.deep.include({ status: 'accepted' });
      expect(h.events['response:sent'][0]!.record.id).to.equal(record.id);
      expect(await h.outbox()).to.deep.equal([]);
      expect(h.tp.stats()).to.include({ queued: 0, sent: 1, retried: 0, failed: 0 });
    });

    it('posts a body that matches BatchSchema, with writeKey, user and context', async () => {
      const h = make({ writeKey: 'pk_test', user: { id: 'user-1', traits: { plan: 'free' } } });
      h.tp.identify('user-42', { plan: 'pro' });
      const record = await h.tp.submit({
        type: 'feedback',
        comment: 'hi',
        data: { category: 'bug' },
      });
      await until(() => h.events['response:sent'].length === 1, 'acknowledgement');
      const [request] = await h.requests();
      const body = BatchSchema.parse(request!.body);
      expect(body.writeKey).to.equal('pk_test');
      expect(Date.parse(body.sentAt)).to.be.closeTo(Date.now(), 10_000);
      const sent = body.batch[0]!;
      expect(sent).to.deep.include({ id: record.id, type: 'feedback', comment: 'hi', attempt: 1 });
      expect(sent.data).to.deep.equal({ category: 'bug' });
      expect(sent.user).to.deep.include({ id: 'user-42', traits: { plan: 'pro' } });
      expect(sent.user!.anonymousId).to.be.a('string').and.not.equal('');
      expect(sent.context).to.deep.equal({
        url: location.href,
        referrer: document.referrer,
        locale: navigator.language,
        userAgent: navigator.userAgent,
        sdk: 'touchpoint/0.1.0',
      });
    });

    it('sends the configured headers and application/json', async () => {
      const h = make({ headers: { 'X-Touchpoint-Test': 'yes' } });
      await h.tp.submit({ type: 'nps', score: 3 });
      await until(() => h.events['response:sent'].length === 1, 'acknowledgement');
      const [request] = await h.requests();
      expect(request!.headers['x-touchpoint-test']).to.equal('yes');
      expect(request!.headers['content-type']).to.equal('application/json');
    });

    it('keeps the anonymous id across instances on the same database', async () => {
      const first = make({ consent: 'pending' });
      const a = await first.tp.submit({ type: 'nps', score: 1 });
      first.tp.destroy();
      const second = make({ consent: 'pending' }, { dbName: first.dbName });
      const b = await second.tp.submit({ type: 'nps', score: 2 });
      expect(b.user!.anonymousId).to.equal(a.user!.anonymousId);
    });

    it('retries after a 503 (same id, attempt 2) and then removes the acknowledged record', async () => {
      const h = make();
      await scriptEndpoint(h.endpoint, [{ status: 503 }]);
      const record = await h.tp.submit({ type: 'nps', score: 8 });
      await until(() => h.events['response:sent'].length === 1, 'delivery after the retry');
      const requests = await h.requests();
      expect(requests.map((r) => r.status)).to.deep.equal([503, 200]);
      expect(requests.map((r) => r.body.batch.map((b) => [b['id'], b['attempt']]))).to.deep.equal([
        [[record.id, 1]],
        [[record.id, 2]],
      ]);
      expect(h.events['flush:error']).to.deep.equal([
        { error: 'HTTP 503', status: 503, retryInMs: 1000 },
      ]);
      expect(await h.outbox()).to.deep.equal([]);
      expect(h.tp.stats()).to.include({ sent: 1, retried: 1, queued: 0, lastError: 'HTTP 503' });
    });

    it('does not take a 2xx HTML page as an acknowledgement', async () => {
      const h = make();
      await scriptEndpoint(h.endpoint, [
        {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
          body: '<!doctype html><h1>Log in to the Wi-Fi</h1>',
        },
      ]);
      const record = await h.tp.submit({ type: 'nps', score: 5 });
      await until(() => h.events['flush:error'].length === 1, 'the captive portal reply');
      expect(h.events['flush:error'][0]!.error).to.equal('HTTP 200 with a body that is not JSON');
      expect((await h.outbox()).map(([k]) => k)).to.deep.equal([record.id]);
      expect(h.events['response:sent']).to.deep.equal([]);

      // The next reply is a real acknowledgement (flush() does not wait out the backoff).
      expect(await h.tp.flush()).to.deep.equal({ sent: 1, failed: 0, pending: 0 });
      expect(await h.outbox()).to.deep.equal([]);
    });

    it('moves a per-record rejection to the dead letters with the reason; accepts the rest', async () => {
      const h = make({ consent: 'pending' });
      const good = await h.tp.submit({ type: 'nps', score: 9 });
      const bad = await h.tp.submit({ type: 'nps', score: 0 });
      await scriptEndpoint(h.endpoint, [
        {
          status: 200,
          body: {
            results: [
              { id: good.id, status: 'accepted' },
              { id: bad.id, status: 'rejected', error: 'surveyId: required' },
            ],
          },
        },
      ]);
      await h.tp.setConsent('granted');
      await until(() => h.events['response:failed'].length === 1, 'the rejection');
      await until(async () => (await h.outbox()).length === 0, 'an empty outbox');
      const letters = await h.tp.deadLetters();
      expect(letters).to.have.length(1);
      expect(letters[0]!.record.id).to.equal(bad.id);
      expect(letters[0]).to.deep.include({ reason: 'surveyId: required', status: 200 });
      expect(h.events['response:sent'].map((e) => e.record.id)).to.deep.equal([good.id]);
      expect(h.tp.stats()).to.include({ sent: 1, failed: 1, deadLettered: 1, queued: 0 });
    });

    it('removes a record acknowledged as duplicate', async () => {
      const h = make({ consent: 'pending' });
      const record = await h.tp.submit({ type: 'csat', score: 5 });
      await scriptEndpoint(h.endpoint, [
        { status: 200, body: { results: [{ id: record.id, status: 'duplicate' }] } },
      ]);
      await h.tp.setConsent('granted');
      await until(() => h.events['response:sent'].length === 1, 'the duplicate ack');
      expect(h.events['response:sent'][0]!.status).to.equal('duplicate');
      expect(await h.outbox()).to.deep.equal([]);
    });

    it('dead-letters the batch on a final 4xx, with the endpoint message', async () => {
      const h = make();
      await scriptEndpoint(h.endpoint, [
        { status: 401, body: { error: { code: 'unauthorized', message: 'unknown write key' } } },
      ]);
      await h.tp.submit({ type: 'nps', score: 9 });
      await until(() => h.events['response:failed'].length === 1, 'the dead letter');
      const [letter] = await h.tp.deadLetters();
      expect(letter).to.deep.include({ reason: 'HTTP 401: unknown write key', status: 401 });
      expect(await h.outbox()).to.deep.equal([]);
    });

    it('keeps records the reply did not mention, and sends them again', async () => {
      const h = make({ consent: 'pending' });
      const a = await h.tp.submit({ type: 'nps', score: 9 });
      const b = await h.tp.submit({ type: 'nps', score: 8 });
      await scriptEndpoint(h.endpoint, [
        { status: 200, body: { results: [{ id: a.id, status: 'accepted' }] } },
      ]);
      await h.tp.setConsent('granted');
      await until(() => h.events['flush:error'].length === 1, 'the partial ack');
      expect((await h.outbox()).map(([k]) => k)).to.deep.equal([b.id]);
      expect(await h.tp.flush()).to.deep.equal({ sent: 1, failed: 0, pending: 0 });
      expect(await h.sentIds()).to.deep.equal([a.id, b.id, b.id]);
    });

    it('splits a batch the endpoint finds too large (413)', async () => {
      const h = make({ consent: 'pending' });
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push((await h.tp.submit({ type: 'nps', score: i })).id);
      await scriptEndpoint(h.endpoint, [{ status: 413 }]);
      await h.tp.setConsent('granted');
      await until(() => h.events['response:sent'].length === 4, 'all four delivered');
      const sizes = (await h.requests()).map((r) => [r.status, r.body.batch.length]);
      expect(sizes).to.deep.equal([
        [413, 4],
        [200, 2],
        [200, 2],
      ]);
      expect(h.events['response:sent'].map((e) => e.record.id)).to.deep.equal(ids);
    });

    it('finds a record the endpoint refuses (400) by halving, then sends full batches again', async () => {
      const h = make({ consent: 'pending', batchSize: 8 });
      const ids: string[] = [];
      for (let i = 0; i < 8; i++) ids.push((await h.tp.submit({ type: 'nps', score: i })).id);
      // The sixth record is the bad one: every batch holding it gets a 400.
      await scriptEndpoint(h.endpoint, [
        { status: 400 },
        { status: 204 },
        { status: 400 },
        { status: 400 },
        { status: 204 },
        { status: 400 },
      ]);
      await h.tp.setConsent('granted');
      await until(() => h.events['response:sent'].length === 7, 'all but the bad one delivered');
      const sizes = (await h.requests()).map((r) => [r.status, r.body.batch.length]);
      expect(sizes).to.deep.equal([
        [400, 8],
        [204, 4],
        [400, 4],
        [400, 2],
        [204, 1],
        [400, 1],
        [200, 2],
      ]);
      expect((await h.tp.deadLetters()).map((d) => d.record.id)).to.deep.equal([ids[5]]);
    });

    it('sends at most batchSize records per request, oldest first', async () => {
      const h = make({ consent: 'pending', batchSize: 2 });
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await h.tp.submit({ type: 'nps', score: i })).id);
      await h.tp.setConsent('granted');
      await until(() => h.events['response:sent'].length === 5, 'all five delivered');
      expect((await h.requests()).map((r) => r.body.batch.length)).to.deep.equal([2, 2, 1]);
      expect(await h.sentIds()).to.deep.equal(ids);
    });

    it('honours Retry-After queue-wide: flush() sends nothing until it has passed', async () => {
      const h = make();
      await scriptEndpoint(h.endpoint, [{ status: 503, headers: { 'Retry-After': '1' } }]);
      await h.tp.submit({ type: 'nps', score: 6 });
      await until(() => h.events['flush:error'].length === 1, 'the 503');
      const failedAt = performance.now();
      expect(h.events['flush:error'][0]!.retryInMs).to.equal(1000);
      expect(await h.tp.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
      expect(await h.requests()).to.have.length(1);
      await until(() => h.events['response:sent'].length === 1, 'the retry after Retry-After');
      expect(performance.now() - failedAt).to.be.above(900);
    });

    it('retries at once when the browser comes back online', async () => {
      const h = make({ random: () => 0.99 }); // backoff ≈ 2 s
      await scriptEndpoint(h.endpoint, [{ status: 503 }]);
      await h.tp.submit({ type: 'nps', score: 6 });
      await until(() => h.events['flush:error'].length === 1, 'the 503');
      const at = performance.now();
      window.dispatchEvent(new Event('online'));
      await until(() => h.events['response:sent'].length === 1, 'the retry');
      expect(performance.now() - at).to.be.below(1000);
    });

    it('leaves the outbox to the tab that holds the flush lock', async () => {
      const h = make({ consent: 'pending' });
      await h.tp.submit({ type: 'nps', score: 6 });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const acquired = new Promise<void>((resolve) => (locked = resolve));
      void navigator.locks.request(`touchpoint-flush:${h.dbName}`, () => {
        locked();
        return held;
      });
      await acquired;
      await h.tp.setConsent('granted');
      expect(await h.tp.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
      expect(await h.requests()).to.deep.equal([]);
      release();
      await until(() => h.events['response:sent'].length === 1, 'delivery once the lock is free');
    });

    it('tries a keepalive send when the page is hidden', async () => {
      const h = make();
      await h.tp.submit({ type: 'nps', score: 6 });
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      // Sooner than the 300 ms batching window: the page hide sent it.
      await until(async () => (await h.requests()).length === 1, 'the page-hide send', 250);
    });

    it('falls back to memory when IndexedDB is unavailable, and still delivers', async () => {
      const h = make({ indexedDB: throwingIndexedDB() });
      const record = await h.tp.submit({ type: 'nps', score: 7 });
      expect(h.tp.stats().persistence).to.equal('volatile');
      expect(h.tp.stats().lastError).to.match(/^storage: /);
      await until(() => h.events['response:sent'].length === 1, 'delivery');
      expect(await h.sentIds()).to.deep.equal([record.id]);
      expect(await databaseExists(h.dbName)).to.equal(false);
    });

    it('persistence "volatile" keeps records in memory only', async () => {
      const h = make({ persistence: 'volatile' });
      await h.tp.submit({ type: 'nps', score: 7 });
      await until(() => h.events['response:sent'].length === 1, 'delivery');
      expect(h.tp.stats().persistence).to.equal('volatile');
      expect(await databaseExists(h.dbName)).to.equal(false);
    });
  });

  describe('dead letters, retention, identity without IndexedDB', () => {
    it('retryDeadLetters() requeues with the same id and the next attempt, and sends', async () => {
      const h = make({ consent: 'pending' });
      const bad = await h.tp.submit({ type: 'nps', score: 2 });
      const kept = await h.tp.submit({ type: 'nps', score: 3 });
      await scriptEndpoint(h.endpoint, [
        { status: 422, body: { error: { code: 'invalid', message: 'not now' } } },
        { status: 422, body: { error: { code: 'invalid', message: 'not now' } } },
        { status: 422, body: { error: { code: 'invalid', message: 'not now' } } },
      ]);
      await h.tp.setConsent('granted');
      await until(() => h.events['response:failed'].length === 2, 'both dead-lettered');
      expect(h.tp.stats()).to.include({ deadLettered: 2, failed: 2 });

      expect(await h.tp.retryDeadLetters([bad.id])).to.equal(1);
      await until(() => h.events['response:sent'].length === 1, 'the retried record delivered');
      const last = (await h.requests()).at(-1)!;
      expect(last.body.batch.map((r) => [r['id'], r['attempt']])).to.deep.equal([[bad.id, 2]]);
      expect((await h.tp.deadLetters()).map((l) => l.record.id)).to.deep.equal([kept.id]);
      expect(h.tp.stats()).to.include({ deadLettered: 1, sent: 1 });
      expect(await h.tp.retryDeadLetters()).to.equal(1);
      await until(() => h.events['response:sent'].length === 2, 'the other one');
      expect(await h.tp.deadLetters()).to.deep.equal([]);
    });

    it('evicts records past retention when the next instance starts, reporting each', async () => {
      const day = 86_400_000;
      let clock = Date.now() - 40 * day;
      const first = make({ consent: 'pending', now: () => clock });
      const old = await first.tp.submit({ type: 'nps', score: 1 });
      clock = Date.now();
      const fresh = await first.tp.submit({ type: 'nps', score: 2 });
      first.tp.destroy();
      const second = make({ consent: 'pending', retention: '30d' }, { dbName: first.dbName });
      await until(() => second.events['response:evicted'].length === 1, 'the eviction');
      expect(second.events['response:evicted'][0]).to.deep.equal({
        record: old,
        reason: 'retention',
      });
      expect((await second.outbox()).map(([k]) => k)).to.deep.equal([fresh.id]);
      expect(second.tp.stats()).to.include({ evicted: 1 });
    });

    it('keeps the anonymous id in Web Storage when IndexedDB fails, and forgets it on denied', async () => {
      const dbName = uniqueName('tp-db');
      const key = `touchpoint:${dbName}:anonymousId`;
      cleanup.push(() => localStorage.removeItem(key));
      const first = make({ indexedDB: throwingIndexedDB(), consent: 'pending' }, { dbName });
      const a = await first.tp.submit({ type: 'nps', score: 1 });
      expect(first.tp.stats().persistence).to.equal('volatile');
      expect(localStorage.getItem(key)).to.equal(a.user!.anonymousId);
      const second = make({ indexedDB: throwingIndexedDB(), consent: 'pending' }, { dbName });
      const b = await second.tp.submit({ type: 'nps', score: 2 });
      expect(b.user!.anonymousId, 'the same visitor after a reload').to.equal(a.user!.anonymousId);
      await second.tp.setConsent('denied');
      expect(localStorage.getItem(key)).to.equal(null);
    });

    it('persistence "volatile" (asked for) writes no Web Storage either', async () => {
      const dbName = uniqueName('tp-db');
      const h = make({ persistence: 'volatile', consent: 'pending' }, { dbName });
      await h.tp.submit({ type: 'nps', score: 1 });
      expect(localStorage.getItem(`touchpoint:${dbName}:anonymousId`)).to.equal(null);
    });
  });

  describe('consent', () => {
    it('pending stores but sends nothing; granted then sends', async () => {
      const h = make({ consent: 'pending' });
      const record = await h.tp.submit({ type: 'nps', score: 9 });
      expect(await h.tp.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
      await sleep(500); // beyond the batching window
      expect(await h.requests()).to.deep.equal([]);
      expect((await h.outbox()).map(([k]) => k)).to.deep.equal([record.id]);
      await h.tp.setConsent('granted');
      await until(() => h.events['response:sent'].length === 1, 'delivery after consent');
      expect(await h.sentIds()).to.deep.equal([record.id]);
    });

    it('denied writes nothing (no database at all) and sends nothing', async () => {
      const h = make({ consent: 'denied' });
      const record: ResponseRecord = await h.tp.submit({ type: 'nps', score: 9 });
      expect(record.id).to.match(UUID_V7);
      expect(await h.tp.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 0 });
      await sleep(400);
      expect(await h.requests()).to.deep.equal([]);
      expect(await databaseExists(h.dbName)).to.equal(false);
      expect(h.events['response:queued']).to.deep.equal([]);
      expect(h.tp.stats()).to.include({ consent: 'denied', queued: 0 });
    });

    it('switching to denied purges the outbox and the anonymous id', async () => {
      const h = make({ consent: 'pending' });
      await h.tp.submit({ type: 'nps', score: 9 });
      await h.tp.submit({ type: 'nps', score: 3 });
      await h.tp.setConsent('denied');
      expect(await h.outbox()).to.deep.equal([]);
      expect(await rawEntries(h.dbName, 'meta')).to.deep.equal([]);
      expect(h.tp.stats().queued).to.equal(0);
      await h.tp.submit({ type: 'nps', score: 1 });
      expect(await h.outbox()).to.deep.equal([]);
      expect(await h.requests()).to.deep.equal([]);
    });

    it('an instance created with denied purges what an earlier session stored', async () => {
      const first = make({ consent: 'pending' });
      await first.tp.submit({ type: 'nps', score: 9 });
      first.tp.destroy();
      const second = make({ consent: 'denied' }, { dbName: first.dbName });
      await until(async () => (await second.outbox()).length === 0, 'the purge');
      expect(await second.requests()).to.deep.equal([]);
    });

    it('rejects an unknown consent value', async () => {
      const h = make();
      let error: Error | undefined;
      await h.tp.setConsent('maybe' as never).catch((e: Error) => (error = e));
      expect(error?.message).to.equal(
        'Touchpoint: invalid consent "maybe": must be "granted", "pending" or "denied"',
      );
    });
  });

  describe('connect', () => {
    it('submits tp-submit events from an element once, until disconnected', async () => {
      const h = make({ consent: 'pending' });
      const parent = document.createElement('div');
      const el = document.createElement('div');
      parent.append(el);
      document.body.append(parent);
      cleanup.push(() => parent.remove());
      const disconnect = h.tp.connect(el);
      expect(h.tp.connect(el), 'connecting twice is a no-op').to.equal(disconnect);
      h.tp.connect(parent); // the event bubbles through both: still one record

      const fire = (score: number) =>
        el.dispatchEvent(
          new CustomEvent('tp-submit', {
            detail: { type: 'nps', score },
            bubbles: true,
            composed: true,
          }),
        );
      fire(9);
      await until(() => h.events['response:queued'].length === 1, 'the connected submit');
      await sleep(50);
      expect(h.events['response:queued']).to.have.length(1);
      expect(h.events['response:queued'][0]!.record.score).to.equal(9);

      disconnect();
      const child = document.createElement('span');
      el.append(child);
      el.dispatchEvent(new CustomEvent('tp-submit', { detail: { type: 'nps', score: 1 } }));
      await sleep(50);
      expect(h.events['response:queued']).to.have.length(1);
    });

    it('tells a real <tp-feedback> it was stored: submitting, then success', async () => {
      await import('@touchpoint/elements/define/tp-feedback.js');
      const h = make({ consent: 'pending' });
      const el = document.createElement('tp-feedback') as HTMLElement & {
        status: string;
        updateComplete: Promise<unknown>;
      };
      document.body.append(el);
      cleanup.push(() => el.remove());
      await el.updateComplete;
      h.tp.connect(el);
      const statuses: string[] = [];
      el.addEventListener('tp-submit', () => queueMicrotask(() => statuses.push(el.status)));
      const textarea = el.shadowRoot!.querySelector('textarea')!;
      textarea.value = 'The search is slow';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>(
        'button[type="submit"], [part~="submit-button"]',
      )!.click();
      await until(() => el.status === 'success', 'the success state after the commit');
      expect(statuses).to.deep.equal(['submitting']);
      expect(h.events['response:queued']).to.have.length(1);
      expect(h.events['response:queued'][0]!.record.comment).to.equal('The search is slow');
    });

    it('calls showError() on the source element when the answer could not be stored', async () => {
      const h = make({ consent: 'pending' });
      const el = Object.assign(document.createElement('div'), {
        status: 'idle',
        errors: 0,
        showError() {
          this.errors++;
        },
      });
      h.tp.connect(el);
      // A score out of range for NPS: submit() rejects, nothing is stored.
      el.dispatchEvent(new CustomEvent('tp-submit', { detail: { type: 'nps', score: 42 } }));
      expect(el.status).to.equal('submitting');
      const original = console.error;
      console.error = () => {};
      try {
        await until(() => el.errors === 1, 'showError()');
      } finally {
        console.error = original;
      }
      expect(el.status).to.equal('submitting');
      expect(h.events['response:queued']).to.deep.equal([]);
    });

    it('stops listening after destroy()', async () => {
      const h = make({ consent: 'pending' });
      const el = document.createElement('div');
      h.tp.connect(el);
      h.tp.destroy();
      el.dispatchEvent(new CustomEvent('tp-submit', { detail: { type: 'nps', score: 9 } }));
      await sleep(50);
      expect(h.events['response:queued']).to.deep.equal([]);
      let error: Error | undefined;
      await h.tp.submit({ type: 'nps', score: 1 }).catch((e: Error) => (error = e));
      expect(error?.message).to.equal('Touchpoint: this instance was destroyed');
    });
  });

  describe('options', () => {
    const table: Array<[string, unknown, string]> = [
      ['no options', undefined, 'Touchpoint: options must be an object with at least "endpoint"'],
      ['no endpoint', {}, 'Touchpoint: invalid option "endpoint": required'],
      ['empty endpoint', { endpoint: '' }, 'Touchpoint: invalid option "endpoint": required'],
      [
        'non-http endpoint',
        { endpoint: 'ftp://x/y' },
        'Touchpoint: invalid option "endpoint": must be an http(s) URL, absolute or relative to the page',
      ],
      [
        'batchSize 0',
        { endpoint: '/x', batchSize: 0 },
        'Touchpoint: invalid option "batchSize": must be an integer from 1 to 500',
      ],
      [
        'consent typo',
        { endpoint: '/x', consent: 'yes' },
        'Touchpoint: invalid option "consent": must be "granted", "pending" or "denied"',
      ],
      [
        'header value',
        { endpoint: '/x', headers: { a: 1 } },
        'Touchpoint: invalid option "headers.a": header values must be strings',
      ],
      [
        'user id',
        { endpoint: '/x', user: { id: 42 } },
        'Touchpoint: invalid option "user.id": must be a string',
      ],
      [
        'unknown option',
        { endpoint: '/x', endpiont: '/y' },
        'Touchpoint: invalid option "endpiont": unknown option',
      ],
      [
        'retention not a duration',
        { endpoint: '/x', retention: '30 days' },
        'Touchpoint: invalid option "retention": must be a duration like "30d", "12h", "90m" or "45s"',
      ],
      [
        'maxQueue too small',
        { endpoint: '/x', maxQueue: 0 },
        'Touchpoint: invalid option "maxQueue": must be an integer from 1 to 1000000',
      ],
      [
        'unknown user key',
        { endpoint: '/x', user: { id: 'u', name: 'n' } },
        'Touchpoint: invalid option "user.name": unknown option',
      ],
      [
        'several problems',
        { batchSize: 'ten', fetch: 'no' },
        'Touchpoint: invalid options "endpoint": required; "batchSize": must be an integer from 1 to 500; "fetch": must be a function',
      ],
    ];
    for (const [name, options, message] of table) {
      it(`${name} → ${message}`, () => {
        expect(() => createTouchpoint(options as TouchpointOptions)).to.throw(Error, message);
      });
    }

    it('identify() validates its arguments', () => {
      const h = make({ consent: 'pending' });
      expect(() => h.tp.identify('')).to.throw(
        'Touchpoint: invalid identify() "userId": must not be empty',
      );
      expect(() => h.tp.identify('u', { n: 1n })).to.throw(
        'Touchpoint: invalid identify() "traits": must be serialisable as JSON',
      );
    });
  });
});
