// boot() as the loader calls it: the SDK it starts from the tag's data-* attributes (without
// createTouchpoint's option checks, so what the tag says must reach the SDK as configured), the
// stub's queued calls, and a misconfigured or doubled tag.
import { expect } from '@open-wc/testing';
import type { Touchpoint } from '@touchpoint/core';
import {
  endpointLog,
  endpointUrl,
  uniqueName,
  until,
} from '../../core/src/test-support/endpoint.js';
import { boot } from './main.js';

type Api = Touchpoint & { push(...calls: unknown[]): void };

const tag = (data: Record<string, string>) => {
  const script = document.createElement('script');
  Object.assign(script.dataset, data);
  return script;
};

/** Runs `body` with console.error and console.warn recorded. */
function recordConsole(body: () => void): { error: unknown[][]; warn: unknown[][] } {
  const seen = { error: [] as unknown[][], warn: [] as unknown[][] };
  const { error, warn } = console;
  console.error = (...args: unknown[]) => seen.error.push(args);
  console.warn = (...args: unknown[]) => seen.warn.push(args);
  try {
    body();
  } finally {
    Object.assign(console, { error, warn });
  }
  return seen;
}

describe('boot', () => {
  afterEach(() => {
    (window.touchpoint as Api | undefined)?.destroy?.();
    delete window.touchpoint;
  });

  it('reports a misconfigured tag in its words and starts nothing', () => {
    const stub = [['identify', 'u1']];
    window.touchpoint = stub;
    const seen = recordConsole(() => boot(tag({ consent: 'maybe', recontactDays: '-1' })));
    expect(seen.error).to.have.length(1);
    expect(seen.error[0]![0]).to.equal(
      'Touchpoint: the script tag is misconfigured:\n' +
        '- data-endpoint is required (the URL answers are POSTed to)\n' +
        '- data-consent must be one of granted, pending, denied, got "maybe"\n' +
        '- data-recontact-days must be a number of days from 0 to 3650, got "-1"',
    );
    expect(window.touchpoint).to.equal(stub);
  });

  it('replays queued calls, then sends with the write key to the endpoint of the tag', async () => {
    const name = uniqueName('embed-boot');
    window.touchpoint = [
      ['identify', 'user-42', { plan: 'pro' }],
      ['submit', { type: 'nps', surveyId: 'boot', score: 9 }],
      ['noSuchMethod'],
    ];
    const seen = recordConsole(() =>
      boot(tag({ endpoint: endpointUrl(name), writeKey: 'pk_boot', consent: 'granted' })),
    );
    expect(seen.error.map((args) => args[0])).to.deep.equal([
      'Touchpoint: unknown method "noSuchMethod" in the queued calls',
    ]);
    const tp = window.touchpoint as Api;
    expect(tp.submit).to.be.a('function');
    expect(tp.stats()).to.include({ consent: 'granted', persistence: 'durable' });
    // push() after the loader arrived still works.
    tp.push(['submit', { type: 'ces', surveyId: 'boot', score: 2 }]);
    await until(
      async () => (await endpointLog(name)).flatMap((r) => r.body.batch).length >= 2,
      'both sent',
    );
    const log = await endpointLog(name);
    const batch = log.flatMap((r) => r.body.batch);
    expect(log.every((r) => r.body.writeKey === 'pk_boot')).to.equal(true);
    expect(batch.map((r) => [r['type'], r['score']])).to.deep.equal([
      ['nps', 9],
      ['ces', 2],
    ]);
    expect(batch[0]!['user']).to.deep.include({ id: 'user-42', traits: { plan: 'pro' } });
  });

  it('with data-consent="pending" stores but does not send', async () => {
    const name = uniqueName('embed-pending');
    boot(tag({ endpoint: endpointUrl(name), consent: 'pending' }));
    const tp = window.touchpoint as Api;
    const { id } = await tp.submit({ type: 'nps', score: 3 });
    expect(id).to.be.a('string');
    expect(tp.stats().consent).to.equal('pending');
    expect(tp.stats().queued).to.be.at.least(1);
    expect((await tp.flush()).sent).to.equal(0);
    expect(await endpointLog(name)).to.deep.equal([]);
  });

  it('a second copy warns and leaves the first in place', () => {
    boot(tag({ endpoint: endpointUrl(uniqueName('embed-once')), consent: 'pending' }));
    const first = window.touchpoint;
    const seen = recordConsole(() => boot(tag({ endpoint: '/other' })));
    expect(seen.warn.map((args) => args[0])).to.deep.equal([
      'Touchpoint: loaded twice; the second copy does nothing',
    ]);
    expect(window.touchpoint).to.equal(first);
  });
});
