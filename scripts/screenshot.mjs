// Renders demo/theming/ (three themes side by side) at 1400 px wide into docs/theming.png, the
// picture in the README. Run with `npm run screenshot` (it builds first: the page uses the
// script-tag build, served by a throwaway collector).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startCollector } from '@touchpoint/collector';
import { CHROME_FLAGS, CHROME_HELP, chromePath } from '../test/support/chromium.mjs';

const WIDTH = 1400;
const OUT = fileURLToPath(new URL('../docs/theming.png', import.meta.url));
const TAGS = ['tp-nps', 'tp-csat', 'tp-ces', 'tp-feedback', 'tp-survey'];

const executablePath = chromePath();
if (!executablePath) throw new Error(CHROME_HELP);

const tmp = mkdtempSync(join(tmpdir(), 'tp-screenshot-'));
const collector = await startCollector({ dbPath: join(tmp, 'screenshot.db'), port: 0 });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
});
try {
  const page = await browser.newPage({
    viewport: { width: WIDTH, height: 900 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    // The browser's own favicon request 404s; that is not the page's doing.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
  });
  await page.goto(`${collector.url}/demo/theming/`);
  // Every element of every tag has rendered its card (the survey once it has its definition).
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) =>
        [...document.querySelectorAll(tag)].every((el) =>
          el.shadowRoot?.querySelector('[part~="base"]'),
        ),
      ),
    TAGS,
    { timeout: 10_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: OUT, fullPage: true });
  if (errors.length) throw new Error(`the theming page logged errors:\n${errors.join('\n')}`);
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await collector.close();
  rmSync(tmp, { recursive: true, force: true });
}
