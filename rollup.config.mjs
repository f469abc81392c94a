// One build for every package: ESM libraries (core, elements), the script-tag bundle (embed) and
// the Node collector. TypeScript is stripped by esbuild; `tsc` checks types and emits .d.ts.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const ts = (opts = {}) =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', legalComments: 'none', ...opts });
// Resolve workspace packages to their TypeScript sources (the "source" export condition).
const resolve = (opts = {}) =>
  nodeResolve({ exportConditions: ['source', 'browser', 'module', 'import', 'default'], ...opts });
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
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
    plugins: [ts()],
    output: { dir: 'packages/core/dist', format: 'es', sourcemap: true },
  },
  {
    input: ['packages/elements/src/index.ts', ...defines],
    external: isBare,
    plugins: [ts()],
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
    plugins: [ts({ minify: true })],
    output: { file: 'packages/embed/dist/touchpoint.js', format: 'iife', sourcemap: true },
  },
  {
    input: { 'touchpoint.main': 'packages/embed/src/main.ts' },
    plugins: [resolve(), ts({ minify: true })],
    output: {
      dir: 'packages/embed/dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // Flat beside touchpoint.js, so any static host (or the collector) serves them as-is.
      chunkFileNames: 'touchpoint.[name]-[hash].js',
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
