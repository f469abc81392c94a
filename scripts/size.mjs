#!/usr/bin/env node
// Measures every entry point in scripts/size-budgets.json: gzip -9 and brotli (quality 11) bytes.
// A "file" entry is measured as built (run `npm run build` first); a "graph" entry is built files
// plus every chunk they import statically, each compressed on its own as the browser fetches it;
// a "bundle" entry is bundled from source with rollup and the build's plugins, its npm
// dependencies included (Lit too, unless `externalLit`).
// A "graph" entry may add `"lazy": ["tp-survey", …]`: the chunks `touchpoint.<name>-<hash>.js`
// that the graph (or an added chunk) `import()`s, with their static imports, as fetched when that
// code is needed. With `"count": "lazy"` only the files they add beyond the graph are counted: what
// a page that already has the up-front graph downloads for them (a component's incremental cost).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';

const root = new URL('..', import.meta.url).pathname;

/** The files a browser fetches up front: `files` and their static imports, transitively. */
export function staticGraph(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(root + file, 'utf8');
    // Minified ESM: `import{a}from"./x.js"`, `import"./x.js"`, `export{b}from"./y.js"`.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(relative(root, join(root, dirname(file), m[1])));
    }
  };
  files.forEach(visit);
  return [...seen];
}

const compress = (bytes) => ({
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** The file names a built chunk loads with `import("./…")`, relative to the root. */
function dynamicImports(file) {
  const code = readFileSync(root + file, 'utf8');
  return [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) =>
    relative(root, join(root, dirname(file), m[1])),
  );
}

/**
 * A graph entry's files: the graph, plus the `lazy` chunks it (or a chunk added before) imports
 * dynamically and their static imports; with `count: 'lazy'`, only the files beyond the graph.
 */
export function graphFiles({ graph, lazy = [], count = 'all' }) {
  const upFront = staticGraph(graph);
  const files = new Set(upFront);
  const missing = new Set(lazy);
  for (let added = true; added && missing.size > 0;) {
    added = false;
    for (const chunk of [...files].flatMap(dynamicImports)) {
      const file = chunk.split('/').pop();
      const name = [...missing].find(
        (n) => file.startsWith(`touchpoint.${n}-`) || file === `touchpoint.${n}.js`,
      );
      if (!name) continue;
      missing.delete(name);
      staticGraph([chunk]).forEach((f) => files.add(f));
      added = true;
    }
  }
  if (missing.size > 0) {
    throw new Error(`size: no chunk named ${[...missing].join(', ')} is import()ed by ${graph}`);
  }
  return count === 'lazy' ? [...files].filter((f) => !upFront.includes(f)) : [...files];
}

/**
 * Bundles `entry` with rollup and the script-tag build's own plugins (templates minified, esbuild
 * minify), as a site's bundler would: `{ chunks, upFront }`, where `upFront` names the entry chunk
 * and the chunks it imports statically. Lazily `import()`ed modules land in chunks outside it.
 * Modules the entry shares with lazy chunks stay in the entry chunk, as rollup (and so Vite) puts
 * them; esbuild would split them into small chunks of their own, loaded up front all the same.
 */
export async function bundleEntry(entry, { externalLit = false } = {}) {
  const main = configs.find((c) => typeof c.input === 'object' && 'touchpoint.main' in c.input);
  const bundle = await rollup({
    input: root + entry,
    // Without the embed's extra terser pass: a site's bundler (Vite, esbuild) minifies with
    // esbuild alone, so that is what an npm user of the package pays.
    plugins: main.plugins.filter((p) => p.name !== 'terser'),
    preserveEntrySignatures: 'allow-extension',
    external: externalLit ? (id) => /^(lit|lit\/.*|@lit\/.*)$/.test(id) : undefined,
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name) || !chunks.has(name)) return;
    upFront.add(name);
    chunks.get(name).imports.forEach(visit);
  };
  visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
  return { chunks, upFront };
}

/**
 * Builds the script-tag bundle into a fresh temporary folder instead of packages/embed/dist, for
 * measuring work in progress without touching the build others test against (`--scratch`).
 * Returns that folder relative to the root.
 */
async function buildScratch() {
  const dir = mkdtempSync(join(tmpdir(), 'tp-size-'));
  for (const config of configs) {
    const loader = config.output.file === 'packages/embed/dist/touchpoint.js';
    if (!loader && config.output.dir !== 'packages/embed/dist') continue;
    const plugins = config.plugins.filter((p) => p.name !== 'clean');
    const bundle = await rollup({ ...config, plugins, onwarn: () => {} });
    await bundle.write(
      loader ? { ...config.output, file: join(dir, 'touchpoint.js') } : { ...config.output, dir },
    );
  }
  return relative(root, dir);
}

/** The bytes an entry costs up front, one buffer per file as the browser fetches them. */
async function partsOf(entry, dist) {
  if (entry.file) return [readFileSync(root + entry.file.replace('packages/embed/dist', dist))];
  if (entry.graph) {
    const graph = entry.graph.map((f) => f.replace('packages/embed/dist', dist));
    return graphFiles({ ...entry, graph }).map((f) => readFileSync(root + f));
  }
  const { chunks, upFront } = await bundleEntry(entry.bundle, { externalLit: entry.externalLit });
  return [...upFront].map((name) => Buffer.from(chunks.get(name).code));
}

/** Every entry's sizes; `scratch` measures a fresh build in a temporary folder, not dist. */
export async function measure({ scratch = false } = {}) {
  const { entries } = JSON.parse(readFileSync(root + 'scripts/size-budgets.json', 'utf8'));
  const dist = scratch ? await buildScratch() : 'packages/embed/dist';
  const out = [];
  for (const entry of entries) {
    const parts = await partsOf(entry, dist);
    const sizes = parts.map(compress);
    out.push({
      name: entry.name,
      raw: parts.reduce((n, b) => n + b.length, 0),
      gzip: sizes.reduce((n, s) => n + s.gzip, 0),
      brotli: sizes.reduce((n, s) => n + s.brotli, 0),
      budget: entry.gzip,
      goal: entry.goal,
    });
  }
  if (scratch) rmSync(root + dist, { recursive: true });
  return out;
}

export function table(rows) {
  const kb = (n) => (n / 1024).toFixed(2) + ' kB';
  const lines = [
    '| entry | min | gzip | brotli | ceiling (gzip) | goal (gzip) | |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} (${r.gzip} B) | ${kb(r.brotli)} | ${kb(r.budget)} | ${r.goal ? kb(r.goal) : '—'} | ${r.gzip > r.budget ? 'OVER' : r.gzip > (r.goal ?? Infinity) ? 'above goal' : 'ok'} |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measure({ scratch: process.argv.includes('--scratch') });
  if (process.argv.includes('--set-ceilings')) {
    // After a deliberate change: each ceiling becomes today's size plus 3 % headroom, but never
    // above a goal already met — from then on the goal itself is what CI enforces.
    const file = root + 'scripts/size-budgets.json';
    const budgets = JSON.parse(readFileSync(file, 'utf8'));
    budgets.entries.forEach((e, i) => {
      const ceiling = Math.ceil(rows[i].gzip * 1.03);
      e.gzip = e.goal && rows[i].gzip <= e.goal ? Math.min(ceiling, e.goal) : ceiling;
    });
    // Written as prettier writes it, so `npm run check` stays clean.
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(
      file,
      await prettier.format(JSON.stringify(budgets), { ...options, filepath: file }),
    );
    rows.forEach((r, i) => (r.budget = budgets.entries[i].gzip));
  }
  console.log(table(rows));
  if (rows.some((r) => r.gzip > r.budget)) {
    console.error('size budget exceeded');
    process.exit(1);
  }
}
