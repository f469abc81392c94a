// Delivery is a lazily imported chunk (lazy.ts): a page with nothing to send never fetches it, a
// record left by an earlier session loads it at start-up, and a failed import is tried again.
// This file runs in a page of its own, so what it fetched is what these tests made it fetch.
import { expect } from '@open-wc/testing';
import { Emitter } from '../emitter.js';
import type { TouchpointEventMap } from '../events.js';
import { createIdGenerator } from '../id.js';
import { createTouchpoint } from '../index.js';
import { resolveOptions } from '../options.js';
import { createQueue } from '../outbox/queue.js';
import { createStorage } from '../outbox/store.js';
import { createCounters } from '../stats.js';
import { endpointLog, endpointUrl, sleep, uniqueName, until } from '../test-support/endpoint.js';
import { rawDelete } from '../test-support/idb.js';
import { lazyDelivery } from './lazy.js';

// Every script this page fetches from now on (the resource timing buffer may be full already).
const scripts: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) scripts.push(entry.name);
}).observe({ type: 'resource' });
const fetched = (path: string) => scripts.some((url) => new URL(url).pathname.includes(path));
const DELIVERY = '/delivery/delivery.';
const STORE_OPS = '/outbox/store-ops.';

describe('lazy delivery', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });
  const database = () => {
    const dbName = uniqueName('lazy-db');
    cleanup.push(() => rawDelete(dbName));
    return dbName;
  };

  it('a page with an empty outbox fetches no delivery code, through every trigger', async () => {
    const endpoint = uniqueName('ep');
    const tp = createTouchpoint({ endpoint: endpointUrl(endpoint), dbName: database() });
    cleanup.push(() => tp.destroy());
    expect(await tp.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 0 });
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await sleep(300);
    expect(fetched(DELIVERY), scripts.join('\n')).to.equal(false);
    expect(fetched(STORE_OPS), 'nor what only delivery and fallbacks use').to.equal(false);
    expect(await endpointLog(endpoint)).to.deep.equal([]);
  });

  it('a record queued under consent pending (nothing loaded) is sent by the next start-up', async () => {
    const dbName = database();
    const endpoint = uniqueName('ep');
    const first = createTouchpoint({ endpoint: endpointUrl(endpoint), dbName, consent: 'pending' });
    const record = await first.submit({ type: 'nps', score: 9 });
    await sleep(300);
    expect(fetched(DELIVERY), 'nothing may be sent: no delivery code').to.equal(false);
    first.destroy();

    const second = createTouchpoint({ endpoint: endpointUrl(endpoint), dbName });
    cleanup.push(() => second.destroy());
    const sent: string[] = [];
    second.on('response:sent', (e) => sent.push(e.record.id));
    await until(() => sent.length === 1, 'delivery at start-up');
    expect(sent).to.deep.equal([record.id]);
    expect(fetched(DELIVERY)).to.equal(true);
    expect(second.stats()).to.include({ queued: 0, sent: 1 });
  });

  /** The stand-in on its own storage; `failing` imports fail for real before the chunk loads. */
  function standIn(failing: number) {
    const dbName = database();
    const endpoint = uniqueName('ep');
    const options = resolveOptions({ endpoint: endpointUrl(endpoint), dbName });
    const storage = createStorage(options);
    const lifetime = new AbortController();
    const queue = createQueue(storage.store('outbox'), {
      maxQueue: 100,
      now: Date.now,
      trim: async () => undefined,
    });
    const counters = createCounters();
    const newId = createIdGenerator();
    const state = { attempts: 0 };
    const delivery = lazyDelivery(
      {
        signal: lifetime.signal,
        options,
        storage,
        queue,
        events: new Emitter<TouchpointEventMap>(),
        counters,
        now: Date.now,
        newId,
        maySend: () => true,
      },
      // A module that does not exist: the import fails as when offline or the server is down.
      () =>
        state.attempts++ < failing
          ? import(`/no-such-chunk-${endpoint}.js`)
          : import('./delivery.js'),
    );
    cleanup.push(() => {
      lifetime.abort();
      void delivery.loaded('destroy');
      storage.close();
    });
    const enqueue = () =>
      queue.enqueue({
        id: newId(),
        type: 'nps',
        score: 7,
        createdAt: new Date().toISOString(),
        attempt: 0,
        user: { anonymousId: 'anon', traits: {} },
        context: { sdk: 'touchpoint/0.1.0' },
      });
    const requests = async () => (await endpointLog(endpoint)).length;
    return { delivery, queue, counters, state, enqueue, requests };
  }

  it('a failed chunk import is tried again at the next trigger, and then delivers', async () => {
    const { delivery, queue, counters, state, enqueue, requests } = standIn(2);
    await enqueue();
    delivery.wake('submit');
    await until(() => counters.lastError, 'the failed import');
    expect(counters.lastError).to.match(/dynamically imported module/);
    // flush() while the chunk cannot be loaded: nothing sent, the record still queued.
    expect(await delivery.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
    expect(state.attempts).to.equal(2);
    // Back online, before the backoff (1 s) is over.
    window.dispatchEvent(new Event('online'));
    await until(async () => (await requests()) === 1, 'the send after the retry', 900);
    expect(state.attempts).to.equal(3);
    await until(async () => (await queue.count()) === 0, 'the acknowledged record removed');
  });

  it('a failed chunk import is tried again after a backoff, with no trigger at all', async () => {
    const { delivery, state, enqueue, requests } = standIn(1);
    await enqueue();
    const start = performance.now();
    delivery.wake('submit');
    await until(async () => (await requests()) === 1, 'the send after the backoff', 3000);
    expect(state.attempts).to.equal(2);
    expect(performance.now() - start).to.be.within(900, 2500);
  });
});
