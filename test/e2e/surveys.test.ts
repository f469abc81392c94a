// An in-app survey through the script tag: definitions from the collector's GET /v1/surveys, an
// event trigger from code, the popover <tp-survey> loaded on demand, the answer stored once.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { BrowserContext } from 'playwright-core';
import { startCollector } from '@touchpoint/collector';
import { launchProfile, profileDir } from '../support/browser.js';

const survey = {
  id: 'e2e-checkout',
  type: 'nps',
  questions: [
    { id: 'score', kind: 'nps', text: 'How likely are you to recommend us?' },
    { id: 'why', kind: 'text', text: 'What is the main reason?', optional: true },
  ],
  trigger: { event: 'checkout_completed' },
  frequency: { show: 'until-answered' },
  display: { mode: 'popover', position: 'bottom-right' },
};

describe('in-app survey via the script tag', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-surveys-'));
  const dbPath = join(dir, 'surveys.db');
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let context: BrowserContext;
  before(async () => {
    const surveysFile = join(dir, 'surveys.json');
    writeFileSync(surveysFile, JSON.stringify({ surveys: [survey] }));
    collector = await startCollector({ dbPath, port: 0, adminToken: 'surveys-admin', surveysFile });
    context = await launchProfile(profileDir());
  });
  after(async () => {
    await context?.close();
    await collector?.close();
  });

  it('a tracked event shows the popover, loads its chunk only then, and stores the answer once', async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${collector.url}/demo/surveys/?page=checkout`);
    await page.waitForFunction(
      () =>
        typeof (window as { touchpoint?: { track?: unknown } }).touchpoint?.track === 'function',
    );
    // Give the survey list time to arrive; nothing may be on screen yet.
    await page.waitForTimeout(500);
    assert.equal(await page.locator('tp-survey').count(), 0);
    const before = scripts.length;

    await page.evaluate(() =>
      (window as unknown as { touchpoint: { track(e: string): void } }).touchpoint.track(
        'checkout_completed',
      ),
    );
    const dialog = page.locator('tp-survey').getByRole('dialog');
    await dialog.waitFor();
    assert.ok(scripts.length > before, 'the survey chunk is fetched when the survey is needed');

    await dialog.getByRole('radio', { name: /^9\b/ }).click();
    await dialog.getByRole('button', { name: /next/i }).click();
    await dialog.getByRole('textbox').fill('smooth checkout');
    await dialog
      .getByRole('button', { name: /submit|next|send/i })
      .first()
      .click();

    const deadline = Date.now() + 10_000;
    let rows: Array<{ survey_id: string; score: number; comment: string; type: string }> = [];
    while (Date.now() < deadline) {
      const db = new Database(dbPath, { readonly: true });
      rows = db
        .prepare('SELECT survey_id, score, comment, type FROM responses')
        .all() as typeof rows;
      db.close();
      if (rows.length) break;
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(1000);
    const db = new Database(dbPath, { readonly: true });
    const final = db.prepare('SELECT count(*) AS n FROM responses').get() as { n: number };
    db.close();
    assert.equal(final.n, 1);
    assert.deepEqual(rows[0], {
      survey_id: 'e2e-checkout',
      score: 9,
      comment: 'smooth checkout',
      type: 'nps',
    });

    // Answered: the same event does not show it again (frequency "until-answered"), across a reload.
    await page.reload();
    await page.waitForFunction(
      () =>
        typeof (window as { touchpoint?: { track?: unknown } }).touchpoint?.track === 'function',
    );
    await page.waitForTimeout(500);
    await page.evaluate(() =>
      (window as unknown as { touchpoint: { track(e: string): void } }).touchpoint.track(
        'checkout_completed',
      ),
    );
    await page.waitForTimeout(1000);
    assert.equal(await page.locator('tp-survey').count(), 0);
  });
});
