#!/usr/bin/env node
// Draws docs/size.svg: what a page fetches from the script-tag build, file by file (gzip -9), for
// the budgeted pages of scripts/size-budgets.json, against each goal. Reads the built files
// (run `npm run build` first); `npm run size:plot` does both.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { graphFiles } from './size.mjs';

const root = new URL('..', import.meta.url).pathname;
const { entries } = JSON.parse(readFileSync(root + 'scripts/size-budgets.json', 'utf8'));

/** What a built file is, for the legend: the file name without its hash. */
const part = (file) => {
  const base = file.split('/').pop();
  if (base === 'touchpoint.js') return 'loader (touchpoint.js)';
  const name = base.replace(/^touchpoint\./, '').replace(/(-[\w-]{8})?\.js$/, '');
  if (name === 'main') return 'SDK entry';
  if (name === 'ui') return 'Lit + shared element code';
  return name;
};
const colours = {
  'loader (touchpoint.js)': '#6e7781',
  'SDK entry': '#1d4ed8',
  'Lit + shared element code': '#7c3aed',
};
const palette = ['#0d9488', '#d97706', '#db2777', '#65a30d', '#0891b2', '#c2410c', '#4f46e5'];
const colourOf = (name) =>
  (colours[name] ??= palette[Object.keys(colours).length % palette.length]);

const rows = entries
  .filter((e) => e.graph && e.goal && e.count !== 'lazy')
  .map((e) => ({
    name: e.name.split(':')[0],
    goal: e.goal,
    parts: graphFiles(e).map((f) => ({
      name: part(f),
      bytes: gzipSync(readFileSync(root + f), { level: 9 }).length,
    })),
  }));

const width = 900;
const left = 20;
const barWidth = width - 2 * left;
const max = Math.max(...rows.flatMap((r) => [r.goal, r.parts.reduce((n, p) => n + p.bytes, 0)]));
const x = (bytes) => left + (bytes / max) * barWidth;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const out = [];
let y = 30;
for (const row of rows) {
  const total = row.parts.reduce((n, p) => n + p.bytes, 0);
  out.push(
    `<text x="${left}" y="${y}" font-weight="600">${escape(row.name)}: ${kb(total)} gzip, goal ${kb(row.goal)}</text>`,
  );
  y += 10;
  let at = 0;
  for (const p of row.parts) {
    const w = x(at + p.bytes) - x(at);
    out.push(
      `<rect x="${x(at).toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="28" fill="${colourOf(p.name)}"><title>${escape(p.name)}: ${p.bytes} B</title></rect>`,
    );
    if (w > 46) {
      out.push(
        `<text x="${(x(at) + w / 2).toFixed(1)}" y="${y + 19}" text-anchor="middle" fill="#fff" font-size="12">${kb(p.bytes)}</text>`,
      );
    }
    at += p.bytes;
  }
  out.push(
    `<line x1="${x(row.goal).toFixed(1)}" x2="${x(row.goal).toFixed(1)}" y1="${y - 6}" y2="${y + 34}" stroke="#dc2626" stroke-width="2" stroke-dasharray="4 3"/>`,
    `<text x="${(x(row.goal) + 4).toFixed(1)}" y="${y + 44}" fill="#dc2626" font-size="12">goal</text>`,
  );
  y += 66;
}
// Legend: every part, in the order first drawn.
let lx = left;
for (const [name, colour] of Object.entries(colours)) {
  if (!rows.some((r) => r.parts.some((p) => p.name === name))) continue;
  const w = 22 + name.length * 7;
  if (lx + w > width) {
    lx = left;
    y += 20;
  }
  out.push(
    `<rect x="${lx}" y="${y - 10}" width="12" height="12" fill="${colour}"/>`,
    `<text x="${lx + 16}" y="${y}" font-size="12">${escape(name)}</text>`,
  );
  lx += w;
}
y += 16;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="system-ui, sans-serif" font-size="14" fill="#1f2328">
<rect width="100%" height="100%" fill="#fff"/>
${out.join('\n')}
</svg>
`;
writeFileSync(root + 'docs/size.svg', svg);
console.log(`wrote docs/size.svg (${rows.length} pages)`);
