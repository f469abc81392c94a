// Host-page isolation (issue 4): a hostile host stylesheet (`* { all: unset }`,
// `button { display: none }`) breaks no component — every control is visible, clickable and
// styled exactly as on a clean page, and every answer completes — and the components' styles
// change nothing outside their shadow roots. Real Chromium with the real script-tag build.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { startCollector } from '@touchpoint/collector';
import { launchProfile, profileDir } from '../support/browser.js';

const HOSTILE_CSS = '* { all: unset } button { display: none }';

/** A host page with a paragraph and a button of its own, and the script tag. */
const hostPage = (css: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Host page</title>
    ${css ? `<style>${css}</style>` : ''}
    <script src="/touchpoint.js" async data-endpoint="/v1/responses" data-write-key="pk_demo"></script>
  </head>
  <body>
    <p id="host-p">A paragraph of the host page.</p>
    <button id="host-button" type="button">A host button</button>
    <div id="mount"></div>
  </body>
</html>`;

/** One of each component; dark ones too, whose colour scheme must survive the reset. */
const COMPONENTS = `
  <tp-nps survey-id="iso-nps"></tp-nps>
  <tp-csat variant="stars" survey-id="iso-csat"></tp-csat>
  <tp-ces theme="dark" survey-id="iso-ces"></tp-ces>
  <tp-feedback theme="dark" survey-id="iso-feedback"></tp-feedback>
  <tp-survey survey-id="iso-survey"></tp-survey>`;

const INLINE_SURVEY = {
  id: 'iso-survey',
  type: 'ces',
  questions: [
    { id: 'ease', kind: 'ces', text: 'How easy was the setup?' },
    {
      id: 'plan',
      kind: 'single',
      text: 'Which plan are you on?',
      choices: [
        { id: 'free', label: 'Free' },
        { id: 'pro', label: 'Pro' },
      ],
    },
  ],
};

const POPOVER_SURVEY = {
  id: 'iso-popover',
  type: 'nps',
  title: 'One question',
  questions: [{ id: 'score', kind: 'nps', text: 'How likely are you to recommend us?' }],
  display: { mode: 'popover', position: 'bottom-right' },
};

const TAGS = ['tp-nps', 'tp-csat', 'tp-ces', 'tp-feedback', 'tp-survey'];

/** Computed properties compared inside the shadow roots: what hostile CSS could reach. */
const INNER_PROPERTIES = [
  'display',
  'position',
  'visibility',
  'color-scheme',
  'color',
  'background-color',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-top-left-radius',
  'padding-top',
  'padding-inline-start',
  'margin-top',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-transform',
  'opacity',
  'cursor',
  'box-shadow',
  'fill',
  'stroke',
];

/** Opens a host page served from the collector's origin (so the script tag loads from it). */
async function openHostPage(context: BrowserContext, origin: string, css: string) {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  const url = `${origin}/isolation/${css ? 'hostile' : 'clean'}.html`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(css) }),
  );
  await page.goto(url);
  await page.waitForFunction(
    () =>
      typeof (window as { touchpoint?: { submit?: unknown } }).touchpoint?.submit === 'function',
  );
  return { page, pageErrors };
}

/** Adds the components (the loader defines and connects them) and waits until each rendered. */
async function addComponents(page: Page) {
  await page.evaluate(
    ({ markup, survey }) => {
      const submits: unknown[] = [];
      (window as unknown as { __submits: unknown[] }).__submits = submits;
      document.addEventListener('tp-submit', (e) => submits.push((e as CustomEvent).detail));
      const mount = document.getElementById('mount')!;
      mount.insertAdjacentHTML('beforeend', markup);
      const el = mount.querySelector('tp-survey') as HTMLElement & { definition?: unknown };
      el.definition = survey;
    },
    { markup: COMPONENTS, survey: INLINE_SURVEY },
  );
  await page.waitForFunction(
    (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('.base')),
    TAGS,
    { timeout: 8000 },
  );
}

/** For each component, the listed computed properties of every element in its shadow root. */
function innerStyles(page: Page) {
  return page.evaluate(
    ({ tags, properties }) =>
      Object.fromEntries(
        tags.map((tag) => {
          const root = document.querySelector(tag)!.shadowRoot!;
          const styles = [...root.querySelectorAll('*')].map((el) => {
            const cs = getComputedStyle(el);
            const part = el.getAttribute('part') ?? el.getAttribute('class') ?? '';
            return [
              `${el.localName}.${part}`,
              Object.fromEntries(properties.map((p) => [p, cs.getPropertyValue(p)])),
            ];
          });
          return [tag, styles];
        }),
      ),
    { tags: TAGS, properties: INNER_PROPERTIES },
  );
}

/**
 * Every computed property of the host's own paragraph and button; of `html` and `body` all but
 * those that follow their height, which grows by the components' own boxes.
 */
function hostStyles(page: Page) {
  // No named functions inside: tsx would wrap them in a `__name` helper the page does not have.
  return page.evaluate(() => {
    const grows = ['height', 'block-size', 'perspective-origin', 'transform-origin'];
    return Object.fromEntries(
      ['#host-p', '#host-button', 'html', 'body'].map((selector) => {
        const cs = getComputedStyle(document.querySelector(selector)!);
        const skip = selector.startsWith('#') ? [] : grows;
        const props = [...cs].filter((p) => !skip.includes(p));
        return [selector, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
      }),
    );
  });
}

describe('host-page isolation', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let context: BrowserContext;
  let cleanInner: Awaited<ReturnType<typeof innerStyles>>;

  before(async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'tp-isolation-')), 'isolation.db');
    collector = await startCollector({ dbPath, port: 0, adminToken: 'isolation-admin-token' });
    context = await launchProfile(profileDir());
  });
  after(async () => {
    await context?.close();
    await collector?.close();
  });

  it('component styles change nothing on the host page', async () => {
    const { page, pageErrors } = await openHostPage(context, collector.url, '');
    const sheetsBefore = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
    }));
    const before = await hostStyles(page);
    await addComponents(page);
    cleanInner = await innerStyles(page);

    assert.deepEqual(await hostStyles(page), before);
    assert.deepEqual(
      await page.evaluate(() => ({
        sheets: document.styleSheets.length,
        adopted: document.adoptedStyleSheets.length,
      })),
      sheetsBefore,
      'no stylesheet was added to the document',
    );
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('hostile host CSS reaches nothing inside the components', async () => {
    const { page, pageErrors } = await openHostPage(context, collector.url, HOSTILE_CSS);
    // The hostile sheet is in force on the host page itself.
    assert.equal(await page.locator('#host-button').isVisible(), false);
    assert.equal(
      await page.locator('#host-p').evaluate((p) => getComputedStyle(p).display),
      'inline',
    );
    await addComponents(page);

    assert.ok(cleanInner, 'the clean page ran first');
    assert.deepEqual(await innerStyles(page), cleanInner);
    // Every button in every shadow root is shown, at least 24 × 24 px (WCAG 2.2 target size).
    const buttons = await page.evaluate((tags) => {
      return tags.flatMap((tag) =>
        [...document.querySelector(tag)!.shadowRoot!.querySelectorAll('button')].map((b) => {
          const { width, height } = b.getBoundingClientRect();
          return { tag, name: b.textContent!.trim(), visible: b.checkVisibility(), width, height };
        }),
      );
    }, TAGS);
    assert.ok(buttons.length >= 30, `${buttons.length} buttons`);
    for (const b of buttons) {
      assert.ok(b.visible && b.width >= 24 && b.height >= 24, JSON.stringify(b));
    }
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('every component still works under hostile host CSS', async () => {
    const { page, pageErrors } = await openHostPage(context, collector.url, HOSTILE_CSS);
    await addComponents(page);

    const nps = page.locator('tp-nps');
    await nps.getByRole('radio', { name: /^9\b/ }).click();
    await nps.getByRole('button', { name: 'Next' }).click();
    await nps.getByRole('textbox').fill('still works');
    await nps.getByRole('button', { name: 'Submit' }).click();
    await nps.getByRole('status').waitFor();

    const csat = page.locator('tp-csat');
    await csat.getByRole('radio', { name: /^5\b/ }).click();
    await csat.getByRole('button', { name: 'Next' }).click();
    await csat.getByRole('button', { name: 'Skip' }).click();

    const ces = page.locator('tp-ces');
    await ces.getByRole('radio', { name: /^1\b/ }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await ces.getByRole('button', { name: 'Skip' }).click();

    const feedback = page.locator('tp-feedback');
    await feedback.getByRole('radio', { name: 'Bug' }).click();
    await feedback.getByRole('textbox', { name: 'Your feedback' }).fill('The host CSS is wild');
    await feedback.getByRole('button', { name: 'Submit' }).click();

    const survey = page.locator('tp-survey');
    await survey.getByRole('radio', { name: /^6\b/ }).click();
    await survey.getByRole('button', { name: 'Next' }).click();
    await survey.getByRole('radio', { name: 'Pro' }).check();
    await survey.getByRole('button', { name: 'Submit' }).click();
    await survey.getByRole('status').waitFor();

    // A popover survey: in the top layer, at the bottom right of the viewport, answerable.
    await page.evaluate((definition) => {
      const el = document.createElement('tp-survey') as HTMLElement & {
        definition?: unknown;
        open?: boolean;
      };
      el.id = 'popover';
      el.definition = definition;
      el.open = true;
      document.body.append(el);
    }, POPOVER_SURVEY);
    const dialog = page.locator('#popover').getByRole('dialog');
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    const viewport = page.viewportSize()!;
    assert.ok(box.width > 200 && box.height > 100, JSON.stringify(box));
    assert.ok(box.x + box.width <= viewport.width && box.y + box.height <= viewport.height);
    assert.ok(box.x > viewport.width / 2 && box.y > viewport.height / 3, JSON.stringify(box));
    await dialog.getByRole('radio', { name: /^10\b/ }).click();
    await dialog.getByRole('button', { name: 'Submit' }).click();

    const submits = await page.waitForFunction(
      () => {
        const s = (window as unknown as { __submits: unknown[] }).__submits;
        return s.length >= 6 && s;
      },
      undefined,
      { timeout: 5000 },
    );
    const details = (await submits.jsonValue()) as Array<Record<string, unknown>>;
    const summary = details.map(({ type, surveyId, score, comment }) => ({
      type,
      surveyId,
      score,
      comment,
    }));
    assert.deepEqual(
      summary.sort((a, b) => String(a.surveyId).localeCompare(String(b.surveyId))),
      [
        { type: 'ces', surveyId: 'iso-ces', score: 7, comment: undefined },
        { type: 'csat', surveyId: 'iso-csat', score: 5, comment: undefined },
        {
          type: 'feedback',
          surveyId: 'iso-feedback',
          score: undefined,
          comment: 'The host CSS is wild',
        },
        { type: 'nps', surveyId: 'iso-nps', score: 9, comment: 'still works' },
        { type: 'nps', surveyId: 'iso-popover', score: 10, comment: undefined },
        { type: 'ces', surveyId: 'iso-survey', score: 6, comment: undefined },
      ],
    );
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
