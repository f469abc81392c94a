// The walking skeleton end to end: the demo page (script tag only) → <tp-nps> → IndexedDB outbox
// → POST /v1/responses → SQLite → dashboard. Real Chromium, real HTTP, real SQLite.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { startCollector } from '@touchpoint/collector';
import { launchProfile, profileDir } from '../support/browser.js';

const ADMIN_TOKEN = 'e2e-admin-token';

function rows(dbPath: string) {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT id, type, survey_id, score, comment, user_id FROM responses')
      .all() as Array<{
      id: string;
      type: string;
      survey_id: string;
      score: number;
      comment: string;
      user_id: string | null;
    }>;
  } finally {
    db.close();
  }
}

async function waitFor<T>(
  what: string,
  probe: () => T | undefined,
  timeoutMs = 10_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Answers the demo's NPS like a person: picks 9, writes a comment, submits. */
async function answerNps(page: Page, score: number, comment: string) {
  const nps = page.locator('tp-nps');
  await nps.getByRole('radio', { name: new RegExp(`^${score}\\b`) }).click();
  await nps.getByRole('button', { name: /next/i }).click();
  await nps.getByRole('textbox').fill(comment);
  await nps.getByRole('button', { name: /submit/i }).click();
  await nps.getByRole('status').waitFor();
}

describe('walking skeleton', () => {
  const dirs = { tmp: mkdtempSync(join(tmpdir(), 'tp-e2e-')) };
  const cleanups: Array<() => Promise<unknown>> = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('an NPS answer on the demo page lands once in SQLite and on the dashboard', async () => {
    const dbPath = join(dirs.tmp, 'online.db');
    const collector = await startCollector({ dbPath, port: 0, adminToken: ADMIN_TOKEN });
    cleanups.push(() => collector.close());
    const context = await launchProfile(profileDir());
    cleanups.push(() => context.close());
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));

    await page.goto(`${collector.url}/demo/`);
    await answerNps(page, 9, 'great coffee & <b>fast</b>');

    const stored = await waitFor('one stored row', () => {
      const r = rows(dbPath);
      return r.length ? r : undefined;
    });
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.type, 'nps');
    assert.equal(stored[0]!.score, 9);
    assert.equal(stored[0]!.survey_id, 'homepage');
    assert.equal(stored[0]!.comment, 'great coffee & <b>fast</b>');
    // demo/snippet.js queued identify() before the loader arrived; the loader replayed it.
    assert.equal(stored[0]!.user_id, 'demo-visitor');

    await page.goto(`${collector.url}/login?token=${ADMIN_TOKEN}`);
    await page.goto(`${collector.url}/`);
    const body = await page.locator('body').innerText();
    assert.match(body, /NPS/);
    assert.match(body, /\b100\b/, 'one promoter → NPS 100');
    assert.ok(body.includes('great coffee & <b>fast</b>'), 'comment shown as text, escaped');
    assert.deepEqual(pageErrors, []);
  });

  it('an answer given while the collector is down arrives after a browser restart, once', async () => {
    const dbPath = join(dirs.tmp, 'offline.db');
    const profile = profileDir();
    let collector = await startCollector({ dbPath, port: 0, adminToken: ADMIN_TOKEN });
    const { port } = collector;
    let context = await launchProfile(profile);
    let page = await context.newPage();
    await page.goto(`${collector.url}/demo/`);
    await page.locator('tp-nps').getByRole('radio', { name: /^0\b/ }).waitFor();

    await collector.close(); // the collector goes down with the page open
    await answerNps(page, 9, 'answered while offline');
    // Let the SDK try (and fail) to deliver before the browser goes away.
    await page.waitForTimeout(1500);
    await context.close();
    assert.equal(rows(dbPath).length, 0, 'nothing could have been delivered');

    collector = await startCollector({ dbPath, port, adminToken: ADMIN_TOKEN });
    cleanups.push(() => collector.close());
    context = await launchProfile(profile);
    cleanups.push(() => context.close());
    page = await context.newPage();
    await page.goto(`${collector.url}/demo/`);

    const stored = await waitFor('the offline answer', () => {
      const r = rows(dbPath);
      return r.length ? r : undefined;
    });
    // Give a duplicate delivery, if there were one, time to show up.
    await page.waitForTimeout(1500);
    const final = rows(dbPath);
    assert.equal(final.length, 1, 'exactly one row');
    assert.equal(stored[0]!.score, 9);
    assert.equal(final[0]!.comment, 'answered while offline');
  });
});
