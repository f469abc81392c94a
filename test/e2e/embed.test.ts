// The script tag as a site owner uses it: what it fetches up front, how it reports a broken tag,
// and that calls queued on the stub reach the stored answer.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { startCollector } from '@touchpoint/collector';
import { staticGraph } from '../../scripts/size.mjs';
import { launchProfile, profileDir } from '../support/browser.js';

describe('script tag', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let context: BrowserContext;
  before(async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'tp-embed-')), 'embed.db');
    collector = await startCollector({ dbPath, port: 0, adminToken: 'embed-admin-token' });
    context = await launchProfile(profileDir());
  });
  after(async () => {
    await context?.close();
    await collector?.close();
  });

  it('fetches the loader, the SDK and tp-nps with what it imports on an NPS-only page', async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.slice(1));
    });
    await page.goto(`${collector.url}/demo/`);
    await page.locator('tp-nps').getByRole('radio', { name: /^0\b/ }).waitFor();
    await page.waitForFunction(
      () =>
        typeof (window as { touchpoint?: { submit?: unknown } }).touchpoint?.submit === 'function',
    );
    const expected = staticGraph([
      'packages/embed/dist/touchpoint.js',
      'packages/embed/dist/touchpoint.main.js',
      'packages/embed/dist/touchpoint.tp-nps.js',
    ]).map((f) => f.replace('packages/embed/dist/', ''));
    assert.deepEqual(scripts.filter((s) => s !== 'demo/snippet.js').sort(), expected.sort());
    await page.close();
  });

  it('fetches no component chunk and no Lit on a page without components or surveys', async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.slice(1));
    });
    await page.goto(`${collector.url}/healthz`);
    await page.setContent(
      `<p>no survey here</p><script src="${collector.url}/touchpoint.js" async data-endpoint="/v1/responses"></script>`,
    );
    await page.waitForFunction(
      () =>
        typeof (window as { touchpoint?: { submit?: unknown } }).touchpoint?.submit === 'function',
    );
    // A component added later is fetched then, and only then.
    await page.waitForTimeout(300);
    assert.deepEqual(scripts.sort(), ['touchpoint.js', 'touchpoint.main.js']);
    await page.evaluate(() => document.body.append(document.createElement('tp-ces')));
    await page.locator('tp-ces').getByRole('radio', { name: /^1\b/ }).waitFor();
    assert.ok(scripts.includes('touchpoint.tp-ces.js'), scripts.join(', '));
    assert.ok(!scripts.includes('touchpoint.tp-nps.js'), scripts.join(', '));
    await page.close();
  });

  it('reports a tag without data-endpoint clearly and leaves the page working', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${collector.url}/healthz`);
    await page.setContent(
      `<p id="host">host page</p><script src="${collector.url}/touchpoint.js" async data-consent="maybe"></script>`,
    );
    await page.waitForFunction(() => document.readyState === 'complete');
    await assert.doesNotReject(
      (async () => {
        for (let i = 0; i < 50 && !errors.length; i++) await page.waitForTimeout(100);
      })(),
    );
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /the script tag is misconfigured/);
    assert.match(errors[0]!, /data-endpoint is required/);
    assert.match(errors[0]!, /data-consent must be one of granted, pending, denied, got "maybe"/);
    assert.deepEqual(pageErrors, []);
    assert.equal(await page.locator('#host').innerText(), 'host page');
    assert.equal(
      await page.evaluate(() => typeof (window as { touchpoint?: unknown }).touchpoint),
      'undefined',
    );
    await page.close();
  });
});
