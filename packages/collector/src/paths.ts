/**
 * Default folders. This file sits directly in src/ and is bundled into a chunk directly in
 * dist/, so `../../../` is the monorepo root from both.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo's `demo/` folder, when this collector runs from a checkout that has one. */
export function defaultDemoDir(): string | undefined {
  const dir = fileURLToPath(new URL('../../../demo/', import.meta.url));
  return existsSync(dir) ? dir : undefined;
}

/** `@touchpoint/embed`'s `dist/` folder (it may not be built yet), if the package is installed. */
export function defaultEmbedDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('@touchpoint/embed/package.json')), 'dist');
  } catch {
    return undefined;
  }
}
