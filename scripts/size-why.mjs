#!/usr/bin/env node
// Why is an entry point this big? Builds one entry in memory with the same rollup plugins as the
// script-tag build (templates minified, esbuild minify) and prints, per output chunk, its gzip -9
// bytes and the modules that fill it (rendered bytes before minification, largest first).
//
//   node scripts/size-why.mjs packages/core/src/index.ts
//   node scripts/size-why.mjs packages/elements/src/define/tp-nps.ts --external lit
//
// `--external lit` leaves Lit out (lit, lit/*, @lit/*); `--all` lists lazily imported chunks too
// (by default only the entry and its static imports, what is fetched up front, are listed).
import { gzipSync } from 'node:zlib';
import { bundleEntry } from './size.mjs';

const args = process.argv.slice(2);
const entry = args.find((a) => !a.startsWith('--'));
if (!entry) {
  console.error('usage: node scripts/size-why.mjs <entry.ts> [--external lit] [--all]');
  process.exit(2);
}
const externalLit = args.includes('--external') && args[args.indexOf('--external') + 1] === 'lit';
const { chunks, upFront } = await bundleEntry(entry, { externalLit });
const gz = (code) => gzipSync(code, { level: 9 }).length;
let total = 0;
for (const [name, chunk] of chunks) {
  const fetched = upFront.has(name);
  if (!fetched && !args.includes('--all')) continue;
  const size = gz(chunk.code);
  if (fetched) total += size;
  console.log(`\n${name}: ${chunk.code.length} B min, ${size} B gzip${fetched ? '' : ' (lazy)'}`);
  const modules = Object.entries(chunk.modules)
    .filter(([, m]) => m.renderedLength > 0)
    .sort((a, b) => b[1].renderedLength - a[1].renderedLength);
  for (const [id, m] of modules.slice(0, 25)) {
    console.log(
      `  ${String(m.renderedLength).padStart(6)}  ${id.replace(process.cwd() + '/', '')}`,
    );
  }
}
console.log(`\nup front (entry + static imports): ${total} B gzip`);
