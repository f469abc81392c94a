import { expect } from '@open-wc/testing';
import { endpointLog, endpointUrl, scriptEndpoint, uniqueName } from '../test-support/endpoint.js';
import { postJson } from './transport.js';

describe('postJson (real HTTP to the loopback endpoint)', () => {
  it('POSTs JSON with the configured headers and returns status, headers and body', async () => {
    const name = uniqueName('transport');
    await scriptEndpoint(name, [
      { status: 429, headers: { 'Retry-After': '7' }, body: { error: 'slow down' } },
    ]);
    const result = await postJson({
      url: endpointUrl(name),
      body: JSON.stringify({ batch: [{ id: 'x' }] }),
      headers: { 'X-Api-Key': 'k1', 'Content-Type': 'text/plain' },
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.status).to.equal(429);
    expect(result.headers.get('retry-after')).to.equal('7');
    expect(JSON.parse(result.bodyText)).to.deep.equal({ error: 'slow down' });
    const [request] = await endpointLog(name);
    expect(request!.headers['x-api-key']).to.equal('k1');
    expect(request!.headers['content-type'], 'configured headers cannot change it').to.equal(
      'application/json',
    );
    expect(request!.body).to.deep.equal({ batch: [{ id: 'x' }] });
  });

  it('abandons a request that gets no answer in time', async () => {
    const name = uniqueName('transport-slow');
    await scriptEndpoint(name, [{ status: 200, delayMs: 1500 }]);
    const start = performance.now();
    const result = await postJson({ url: endpointUrl(name), body: '{}', timeoutMs: 200 });
    expect(result).to.deep.equal({ ok: false, error: 'no answer within 200 ms' });
    expect(performance.now() - start).to.be.below(1000);
  });

  it('reports a network error instead of throwing', async () => {
    // Nothing listens on the discard port of this loopback address.
    const result = await postJson({ url: 'http://127.0.0.1:9/', body: '{}' });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.error).to.match(/^network error: /);
  });

  it('reports an abort by the caller', async () => {
    const name = uniqueName('transport-abort');
    await scriptEndpoint(name, [{ status: 200, delayMs: 1000 }]);
    const controller = new AbortController();
    const pending = postJson({ url: endpointUrl(name), body: '{}', signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).to.deep.equal({ ok: false, error: 'aborted' });
  });
});
