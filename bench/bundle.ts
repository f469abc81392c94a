/**
 * Bundles the page-side benchmark code with esbuild. Workspace packages resolve to their
 * TypeScript sources (the `source` condition), so the benchmarks measure the code as it is now,
 * without a build; output is minified like what a site would ship.
 */
import { join } from 'node:path';
import { build } from 'esbuild';

export const ROOT = new URL('..', import.meta.url).pathname;

/** URL path (under /bundles/) → file, one self-contained ES module each. */
const ENTRIES = {
  harness: 'bench/browser/harness.ts',
  'render-probe': 'bench/browser/render-probe.ts',
  'baseline-rating': 'bench/browser/baseline-rating.ts',
  // The define module exactly as an app imports it: Lit, the component, the registration.
  'tp-nps': 'packages/elements/src/define/tp-nps.ts',
  'tp-survey': 'packages/elements/src/define/tp-survey.ts',
} as const;

export type BundleName = keyof typeof ENTRIES;

/** Builds every entry; resolves to `name` → JavaScript text. */
export async function bundleBrowserCode(): Promise<Map<BundleName, string>> {
  const result = await build({
    entryPoints: Object.fromEntries(
      Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)]),
    ),
    outdir: join(ROOT, 'bench/.bundles'), // names the outputs; nothing is written
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const bundles = new Map<BundleName, string>();
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.js$/, '');
    bundles.set(name as BundleName, file.text);
  }
  for (const name of Object.keys(ENTRIES) as BundleName[]) {
    if (!bundles.has(name)) throw new Error(`esbuild produced no bundle for ${name}`);
  }
  return bundles;
}
