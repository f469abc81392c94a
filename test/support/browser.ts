// playwright-core on Debian's Chromium. Persistent contexts keep IndexedDB on disk (a plain
// `newContext()` keeps it in memory), which durability tests depend on.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_FLAGS, CHROME_HELP, chromePath } from './chromium.mjs';

export function profileDir(prefix = 'tp-profile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Launches Chromium with a profile on disk; relaunching on the same dir keeps its IndexedDB. */
export async function launchProfile(dir: string): Promise<BrowserContext> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error(CHROME_HELP);
  return chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
}
