// Strict CSP (issue 4): demo/csp/ is served with `default-src 'self'; script-src 'self';
// style-src 'self'`. Every component must render styled and be answerable there, its answer must
// reach the collector, and nothing may trigger a `securitypolicyviolation` (no <style> text, no
// style="" attribute, no eval). Real Chromium, the real script-tag build, real SQLite.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { startCollector } from '@touchpoint/collector';
import { launchProfile, profileDir } from '../support/browser.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const TAGS = ['tp-nps', 'tp-csat', 'tp-ces', 'tp-feedback', 'tp-survey'] as const;

interface Row {
  type: string;
  survey_id: string;
  score: number | null;
  comment: string | null;
  data: string | null;
}

interface Violation {
  effectiveDirective: string;
  blockedURI: string;
  sourceFile: string;
  sample: string;
}

function rows(dbPath: string): Row[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT type, survey_id, score, comment, data FROM responses').all() as Row[];
  } finally {
    db.close();
  }
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 8000) {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

/** Keyboard only: into the scale, End → 10, ← → 9, Enter, type the reason, Tab to Submit. */
async function answerNps(page: Page) {
  const nps = page.locator('tp-nps');
  await nps.getByRole('radio', { name: /^0\b/ }).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await nps.getByRole('textbox').waitFor();
  await page.keyboard.type('fast even under a strict policy');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await nps.getByRole('status').waitFor();
}

/** Mouse: the fourth star, Next, Skip. */
async function answerCsat(page: Page) {
  const csat = page.locator('tp-csat');
  await csat.getByRole('radio', { name: /^4\b/ }).click();
  await csat.getByRole('button', { name: 'Next' }).click();
  await csat.getByRole('button', { name: 'Skip' }).click();
  await csat.getByRole('status').waitFor();
}

/** Keyboard: five steps right from 1 → 6, Enter, then Tab Tab to Skip. */
async function answerCes(page: Page) {
  const ces = page.locator('tp-ces');
  await ces.getByRole('radio', { name: /^1\b/ }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await ces.getByRole('textbox').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await ces.getByRole('status').waitFor();
}

/** Mouse and typing: category, message, email, Submit. */
async function answerFeedback(page: Page) {
  const feedback = page.locator('tp-feedback');
  await feedback.getByRole('radio', { name: 'Idea' }).click();
  await feedback.getByRole('textbox', { name: 'Your feedback' }).fill('Add a dark mode');
  await feedback.getByRole('textbox', { name: /^Email/ }).fill('ada@example.com');
  await feedback.getByRole('button', { name: 'Submit' }).click();
  await feedback.getByRole('status').waitFor();
}

/** Mouse: face 4, Next, two choices, Submit. */
async function answerSurvey(page: Page) {
  const survey = page.locator('tp-survey');
  await survey.getByRole('radio', { name: /^4\b/ }).click();
  await survey.getByRole('button', { name: 'Next' }).click();
  await survey.getByRole('checkbox', { name: 'Speed' }).check();
  await survey.getByRole('checkbox', { name: 'Design' }).check();
  await survey.getByRole('button', { name: 'Submit' }).click();
  await survey.getByRole('status').waitFor();
}

describe('strict CSP demo', () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'tp-csp-')), 'csp.db');
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let context: BrowserContext;
  let page: Page;
  let policy: string | undefined;
  const cspConsole: string[] = [];
  const pageErrors: string[] = [];
  // Any other console error fails too: a broken build (a mangled template) shows up there.
  const consoleErrors: string[] = [];

  before(async () => {
    collector = await startCollector({ dbPath, port: 0, adminToken: 'csp-admin-token' });
    context = await launchProfile(profileDir());
    page = await context.newPage();
    page.on('console', (m) => {
      if (/content security policy/i.test(m.text())) cspConsole.push(m.text());
      // The browser's own favicon request is not the page's doing.
      else if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) {
        consoleErrors.push(`${m.text()} (${m.location().url})`);
      }
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const response = await page.goto(`${collector.url}/demo/csp/`);
    policy = response?.headers()['content-security-policy'];
    // Each component has rendered its card (the survey once csp.js gave it its definition).
    await page.waitForFunction(
      (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('.base')),
      TAGS,
      { timeout: 8000 },
    );
  });
  after(async () => {
    await context?.close();
    await collector?.close();
  });

  it('is served with the strict policy', () => {
    assert.equal(policy, STRICT_CSP);
  });

  it('renders every component styled, from adopted stylesheets (no <style> text)', async () => {
    const styles = await page.evaluate((tags) => {
      const ua = getComputedStyle(document.body.appendChild(document.createElement('button')));
      const uaRadius = ua.borderTopLeftRadius;
      return {
        uaRadius,
        components: tags.map((tag) => {
          const root = document.querySelector(tag)!.shadowRoot!;
          const base = getComputedStyle(root.querySelector('[part~="base"]')!);
          const button = root.querySelector('[part~="score-button"], [part~="submit-button"]')!;
          return {
            tag,
            adopted: root.adoptedStyleSheets.length,
            styleElements: root.querySelectorAll('style').length,
            baseDisplay: base.display,
            basePadding: base.paddingTop,
            baseRadius: base.borderTopLeftRadius,
            buttonRadius: getComputedStyle(button).borderTopLeftRadius,
          };
        }),
      };
    }, TAGS);
    assert.notEqual(styles.uaRadius, '6px', 'the UA button radius differs from the token radius');
    for (const c of styles.components) {
      assert.ok(c.adopted > 0, `${c.tag}: adopted stylesheets`);
      assert.equal(c.styleElements, 0, `${c.tag}: no <style> elements`);
      // The card: flex column, --tp-space padding (1rem), --tp-radius corners (0.5rem).
      assert.equal(c.baseDisplay, 'flex', c.tag);
      assert.equal(c.basePadding, '16px', c.tag);
      assert.equal(c.baseRadius, '8px', c.tag);
      // Controls use ¾ of the token radius.
      assert.equal(c.buttonRadius, '6px', c.tag);
    }
  });

  it('takes an answer on each component, delivers all five, and reports no violation', async () => {
    await answerNps(page);
    await answerCsat(page);
    await answerCes(page);
    await answerFeedback(page);
    await answerSurvey(page);

    const stored = await waitFor('five stored answers', () => {
      const r = rows(dbPath);
      return r.length >= 5 ? r : undefined;
    });
    const bySurvey = new Map(stored.map((r) => [r.survey_id, r]));
    assert.equal(stored.length, 5, 'one record per component');
    const expected: Record<string, Partial<Omit<Row, 'data'>> & { data?: unknown }> = {
      'csp-nps': { type: 'nps', score: 9, comment: 'fast even under a strict policy' },
      'csp-csat': { type: 'csat', score: 4, comment: null, data: { scale: 5, variant: 'stars' } },
      'csp-ces': { type: 'ces', score: 6, comment: null, data: { scale: 7 } },
      'csp-feedback': {
        type: 'feedback',
        score: null,
        comment: 'Add a dark mode',
        data: { category: 'idea', email: 'ada@example.com', page: `${collector.url}/demo/csp/` },
      },
      'csp-survey': {
        type: 'csat',
        score: 4,
        comment: null,
        data: { answers: { satisfaction: 4, liked: ['speed', 'design'] } },
      },
    };
    for (const [surveyId, want] of Object.entries(expected)) {
      const row = bySurvey.get(surveyId);
      assert.ok(row, `a row for ${surveyId}`);
      const { data, ...columns } = want;
      for (const [key, value] of Object.entries(columns)) {
        assert.equal(row[key as keyof Row], value, `${surveyId}.${key}`);
      }
      if (data !== undefined) assert.deepEqual(JSON.parse(row.data ?? 'null'), data, surveyId);
    }

    assert.deepEqual(await violations(page), [], 'securitypolicyviolation events');
    assert.deepEqual(cspConsole, [], 'CSP messages in the console');
    assert.deepEqual(consoleErrors, [], 'console errors');
    assert.deepEqual(pageErrors, []);
  });

  // Proves the two detectors above can fail: the page really enforces the policy and csp.js
  // really records what it blocks.
  it('hears a real violation: an injected <style> is blocked and recorded', async () => {
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    const [violation] = await waitForViolation(page);
    assert.equal(violation!.effectiveDirective, 'style-src-elem');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).outlineStyle), 'none');
    await waitFor('the console message', () => (cspConsole.length ? cspConsole : undefined));
    assert.match(cspConsole[0]!, /inline style violates .*Content Security Policy/);
  });
});

async function waitForViolation(page: Page): Promise<Violation[]> {
  await page.waitForFunction(
    () => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length > 0,
    undefined,
    { timeout: 3000 },
  );
  return violations(page);
}
