// One build for every package: ESM libraries (core, elements), the script-tag bundle (embed) and
// the Node collector. TypeScript is stripped by esbuild; `tsc` checks types and emits .d.ts.
import { readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { minify } from 'terser';

const ts = (opts = {}) =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', legalComments: 'none', ...opts });
// Resolve workspace packages to their TypeScript sources (the "source" export condition).
const resolve = (opts = {}) =>
  nodeResolve({ exportConditions: ['source', 'browser', 'module', 'import', 'default'], ...opts });
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
// lightningcss keeps numbers as 32-bit floats and prints six significant digits: the popover's
// documented `z-index: 2147483000` shipped as 2147480000. Numbers of seven or more digits pass
// through the minifier as placeholder identifiers and come back as written.
const keepingLongNumbers = (minify) => (css, options) => {
  const numbers = [];
  const hidden = css.replace(/(?<![#\w.])\d{7,}/g, (n) => `__tp_number_${numbers.push(n) - 1}__`);
  return minify(hidden, options).replace(/__tp_number_(\d+)__/g, (_, i) => numbers[i]);
};
// Whitespace and comments out of the components' html`` and css`` templates. It runs before
// esbuild, while the tags are still named `html` and `css`. Collapsing keeps one space wherever
// there was whitespace, so text and inline elements never run together. svg`` fragments are left
// alone: an HTML minifier outside <svg> drops their self-closing slashes (`<circle/>` would
// swallow its siblings).
const minifyTemplates = () =>
  minifyLiterals({
    include: ['packages/elements/src/**/*.ts'],
    failOnError: true,
    options: {
      shouldMinify: (template) => template.tag === 'html',
      minifyOptions: { conservativeCollapse: true },
      strategy: {
        ...defaultStrategy,
        minifyCSS: keepingLongNumbers(defaultStrategy.minifyCSS),
      },
    },
  });
// A second minifier pass over what the script tag ships, after esbuild's: terser's repeated
// compression passes find about 3 % more (≈ 470 B gzip on an NPS page). Safe options only (no
// `unsafe*`, no `pure_getters`: Lit's accessors have effects). The npm libraries (core, elements)
// stay esbuild-only and readable: a site's own bundler minifies them.
const terser = () => ({
  name: 'terser',
  async renderChunk(code, _chunk, { format, sourcemap }) {
    const out = await minify(code, {
      module: format === 'es',
      ecma: 2022,
      compress: { passes: 2 },
      format: { comments: false },
      sourceMap: sourcemap ? { asObject: true } : false,
    });
    return { code: out.code, map: out.map };
  },
});
// Each package's first build empties its dist: modules renamed or removed in the sources (and
// chunks named by content hash) would otherwise linger beside the live ones and ship in the package.
const clean = (dir) => ({
  name: 'clean',
  buildStart: () => rmSync(dir, { recursive: true, force: true }),
});
const defines = readdirSync('packages/elements/src/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `packages/elements/src/define/${f}`);

export default [
  {
    input: {
      index: 'packages/core/src/index.ts',
      schema: 'packages/core/src/schema.ts',
      survey: 'packages/core/src/surveys/definition.ts',
    },
    external: isBare,
    plugins: [clean('packages/core/dist'), ts()],
    output: { dir: 'packages/core/dist', format: 'es', sourcemap: true },
  },
  {
    input: ['packages/elements/src/index.ts', ...defines],
    external: isBare,
    // Module scripts are always decoded as UTF-8: no need to escape translations as \uXXXX.
    plugins: [clean('packages/elements/dist'), minifyTemplates(), ts({ charset: 'utf8' })],
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'packages/elements/src',
    },
  },
  // The script tag loads a tiny classic script that imports the ES-module build beside it; the
  // module graph shares Lit and the SDK between the main chunk and lazily loaded chunks.
  {
    input: 'packages/embed/src/loader.ts',
    // This build writes packages/embed/dist first, so it empties it (see `clean`).
    plugins: [clean('packages/embed/dist'), ts({ minify: true }), terser()],
    output: { file: 'packages/embed/dist/touchpoint.js', format: 'iife', sourcemap: true },
  },
  {
    // Every component is an entry of its own with a stable name (touchpoint.tp-nps.js), so the
    // loader can fetch the ones already in the page in parallel with the SDK; a page pays only for
    // the components it has. Lit and the shared internals land in chunks those entries share.
    input: {
      'touchpoint.main': 'packages/embed/src/main.ts',
      ...Object.fromEntries(
        defines.map((f) => [`touchpoint.${f.split('/').pop().replace(/\.ts$/, '')}`, f]),
      ),
    },
    // Lazy chunks import what they share from the entries themselves, rather than from a chunk
    // behind a re-exporting facade: one request less.
    preserveEntrySignatures: 'allow-extension',
    plugins: [resolve(), minifyTemplates(), ts({ minify: true, charset: 'utf8' }), terser()],
    output: {
      dir: 'packages/embed/dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // Lit and the components' shared internals in one chunk rather than a handful: every
      // component needs all of it, and each extra file costs a request and its own gzip header.
      // Internals that are only ever import()ed (translations), and what only they import, stay
      // in chunks of their own.
      manualChunks(id, { getModuleInfo }) {
        if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id))
          return 'ui';
        const staticallyNeeded = (m, seen = new Set()) =>
          !seen.has(m) &&
          (seen.add(m),
          getModuleInfo(m).importers.some(
            (i) => !/\/elements\/src\/internal\//.test(i) || staticallyNeeded(i, seen),
          ));
        return /\/elements\/src\/internal\//.test(id) && staticallyNeeded(id) ? 'ui' : undefined;
      },
      // Flat beside touchpoint.js, so any static host (or the collector) serves them as-is.
      // Translations are named by part and language (touchpoint.nps.de-[hash].js), not all "de".
      chunkFileNames: (chunk) => {
        const translation = /(\w+)\/locales\/(\w+)\.ts$/.exec(chunk.facadeModuleId ?? '');
        if (!translation) return 'touchpoint.[name]-[hash].js';
        const [, part, language] = translation;
        return `touchpoint.${part === 'internal' ? 'common' : part}.${language}-[hash].js`;
      },
    },
  },
  {
    input: {
      index: 'packages/collector/src/index.ts',
      cli: 'packages/collector/src/cli.ts',
    },
    // Workspace packages are bundled from source; npm dependencies and Node built-ins stay imports.
    external: (id) =>
      id.startsWith('node:') ||
      builtinModules.includes(id) ||
      (isBare(id) && !id.startsWith('@touchpoint/')),
    plugins: [
      clean('packages/collector/dist'),
      resolve({ exportConditions: ['source', 'node', 'import', 'default'], preferBuiltins: true }),
      ts({ platform: 'node' }),
    ],
    output: {
      dir: 'packages/collector/dist',
      format: 'es',
      sourcemap: true,
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
  },
];
