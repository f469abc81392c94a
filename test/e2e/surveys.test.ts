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

const inline = {
  id: 'e2e-inline',
  type: 'nps',
  questions: [
    { id: 'score', kind: 'nps', text: 'How likely are you to recommend our beans?' },
    { id: 'why', kind: 'text', text: 'What should we improve?', optional: true },
  ],
  trigger: { manual: true },
  display: { mode: 'popover' },
};

/** Rows of `surveyId` in the collector's SQLite, once at least one has landed (or after 10 s). */
async function rowsOf(dbPath: string, surveyId: string, wait: (ms: number) => Promise<void>) {
  type Row = { survey_id: string; score: number; comment: string; type: string };
  const read = () => {
    const db = new Database(dbPath, { readonly: true });
    const rows = db
      .prepare('SELECT survey_id, score, comment, type FROM responses WHERE survey_id = ?')
      .all(surveyId) as Row[];
    db.close();
    return rows;
  };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && read().length === 0) await wait(100);
  // A duplicate would arrive after the first: give it the time to.
  await wait(1000);
  return read();
}

describe('in-app survey via the script tag', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-surveys-'));
  const dbPath = join(dir, 'surveys.db');
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let context: BrowserContext;
  before(async () => {
    const surveysFile = join(dir, 'surveys.json');
    writeFileSync(surveysFile, JSON.stringify({ surveys: [survey, inline] }));
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

  it('an inline <tp-survey survey-id> in the markup renders in place and stores its answer once', async () => {
    const page = await context.newPage();
    await page.goto(`${collector.url}/demo/surveys/inline.html`);
    const card = page.locator('tp-survey[survey-id="e2e-inline"]');
    // The definition says popover; an inline element the page placed stays in place.
    await card.getByText('How likely are you to recommend our beans?').waitFor();
    assert.equal(await card.getAttribute('mode'), 'inline');
    assert.equal(await page.locator('tp-survey').count(), 1);
    assert.equal(await card.getByRole('dialog').count(), 0);

    await card.getByRole('radio', { name: /^7\b/ }).click();
    await card.getByRole('button', { name: /next/i }).click();
    await card.getByRole('textbox').fill('more single origins');
    await card
      .getByRole('button', { name: /submit|next|send/i })
      .first()
      .click();

    const rows = await rowsOf(dbPath, 'e2e-inline', (ms) => page.waitForTimeout(ms));
    assert.deepEqual(rows, [
      { survey_id: 'e2e-inline', score: 7, comment: 'more single origins', type: 'nps' },
    ]);
  });
});
