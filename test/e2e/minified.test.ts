// The size optimisations change bytes, never what users see. Minifiers have bitten us before
// (lightningcss printed `z-index: 2147483000` as 2147480000; an HTML minifier broke an svg``
// template), so every component is rendered three times in one Chromium — from the TypeScript
// sources bundled without any minification (the reference), from the script-tag build
// (packages/embed/dist) and from the npm build (packages/elements/dist) — driven through the same
// states by the same clicks and keys, and each shadow tree must match the reference: its markup
// (whitespace normalised as rendering treats it), every computed style of every element, and
// every element's box.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_FLAGS, CHROME_HELP, chromePath } from '../support/chromium.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const TAGS = ['tp-nps', 'tp-csat', 'tp-ces', 'tp-feedback', 'tp-survey'] as const;
const VIEWPORT = { width: 1024, height: 900 };

/** A build of the components: its files by URL name, and the module each tag is defined by. */
interface Variant {
  files: Map<string, string>;
  entries: string[];
}

/** Bundles `entries` with esbuild, unminified, into files named relative to `outdir`. */
async function bundle(entries: string[], conditions: string[]): Promise<Variant> {
  const outdir = join(ROOT, 'test/.minified'); // names the outputs; nothing is written
  const result = await build({
    entryPoints: entries,
    outdir,
    bundle: true,
    splitting: true, // translations and question kinds stay lazy, as they ship
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions,
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    charset: 'utf8',
    minify: false,
    write: false,
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((f) => [relative(outdir, f.path), f.text]));
  return { files, entries: TAGS.map((tag) => `${tag}.js`) };
}

/** The components as the sources say: workspace packages from TypeScript, no minifier at all. */
const reference = () =>
  bundle(
    TAGS.map((tag) => join(ROOT, `packages/elements/src/define/${tag}.ts`)),
    ['source'],
  );

/**
 * The npm build as a site's bundler would take it: its modules (templates minified by our build)
 * with Lit, joined by esbuild without minifying further, so only our build's changes are tested.
 */
const npmBuild = () =>
  bundle(
    TAGS.map((tag) => join(ROOT, `packages/elements/dist/define/${tag}.js`)),
    [],
  );

/** The script tag's files exactly as built; the per-tag chunks import what they need. */
function scriptTagBuild(): Variant {
  const dir = join(ROOT, 'packages/embed/dist');
  const names = readdirSync(dir).filter((f) => f.endsWith('.js'));
  for (const tag of TAGS) {
    if (!names.includes(`touchpoint.${tag}.js`)) {
      throw new Error(`packages/embed/dist/touchpoint.${tag}.js is missing: run npm run build`);
    }
  }
  return {
    files: new Map(names.map((f) => [f, readFileSync(join(dir, f), 'utf8')])),
    entries: TAGS.map((tag) => `touchpoint.${tag}.js`),
  };
}

const pageHtml = (entries: string[]) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Minified build check</title>
    <style>
      body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; }
    </style>
    <script type="module">
      ${entries.map((e) => `import './${e}';`).join('\n      ')}
      window.__defined = Promise.all(${JSON.stringify(TAGS)}.map((t) => customElements.whenDefined(t)));
    </script>
  </head>
  <body></body>
</html>`;

/** Serves each variant under /<name>/ on 127.0.0.1; only files it holds, nothing from disk. */
async function serve(variants: Record<string, Variant>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const [, name, file] = /^\/([\w-]+)\/([\w.-]+)$/.exec(req.url ?? '') ?? [];
    const variant = name ? variants[name] : undefined;
    const body =
      file === 'index.html' && variant ? pageHtml(variant.entries) : variant?.files.get(file!);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    const type = file!.endsWith('.html') ? 'text/html' : 'text/javascript';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** One rendered element: where it is, its box and its computed style. */
interface ElementShot {
  path: string;
  box: string;
  style: Record<string, string>;
}

/** What a page shows of every tp-* element: its normalised shadow markup and its elements. */
interface Shot {
  markup: string[];
  elements: ElementShot[];
}

/**
 * Waits until every component rendered what its last change asked, runs animations and
 * transitions to their end (so both pages are read at rest), then reads them.
 */
function snapshot(page: Page): Promise<Shot> {
  return page.evaluate(
    async (tags) => {
      type Lit = HTMLElement & { updateComplete: Promise<boolean> };
      const hosts = [...document.querySelectorAll<Lit>(tags.join(','))];
      for (let round = 0; round < 20; round++) {
        const settled = await Promise.all(hosts.map((h) => h.updateComplete));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        if (settled.every(Boolean)) break;
      }
      const all = (root: ParentNode): Element[] =>
        [...root.querySelectorAll('*')].flatMap((e) => [
          e,
          ...(e.shadowRoot ? all(e.shadowRoot) : []),
        ]);
      for (const host of hosts) {
        for (const el of [host, ...all(host.shadowRoot!)]) {
          for (const animation of el.getAnimations()) animation.finish();
        }
      }
      await new Promise((r) => requestAnimationFrame(r));

      // Markup: element names, attributes (sorted: their order renders nothing) and text with
      // whitespace runs collapsed as HTML rendering does. Comments are skipped (Lit's markers
      // differ between builds); the text on either side of one is one run.
      const serialise = (node: Node): string => {
        let out = '';
        let text = '';
        const flush = () => {
          out += text.replace(/\s+/g, ' ');
          text = '';
        };
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
          if (child.nodeType !== Node.ELEMENT_NODE) continue;
          flush();
          const el = child as Element;
          const attrs = [...el.attributes]
            .map((a) => ` ${a.name}="${a.value}"`)
            .sort()
            .join('');
          const inner =
            serialise(el) + (el.shadowRoot ? `#shadow(${serialise(el.shadowRoot)})` : '');
          out += `<${el.localName}${attrs}>${inner}</${el.localName}>`;
        }
        flush();
        return out;
      };

      const pathOf = (el: Element, host: Element): string => {
        const steps: string[] = [];
        for (let e: Element | null = el; e && e !== host;) {
          const parent: Element | ShadowRoot | null =
            e.parentElement ?? (e.parentNode as ShadowRoot);
          const index = [...(parent?.children ?? [])].indexOf(e);
          const part = e.getAttribute('part');
          steps.unshift(`${e.localName}:${index}${part ? `[part=${part}]` : ''}`);
          e = e.parentElement ?? ((e.parentNode as ShadowRoot | null)?.host as Element) ?? null;
        }
        return [`${host.localName}#${hosts.indexOf(host as Lit)}`, ...steps].join(' > ');
      };

      const elements = hosts.flatMap((host) =>
        [host, ...all(host.shadowRoot!)].map((el) => {
          // Elements only: no component styles a pseudo-element (no `::` in their CSS), so a
          // pseudo-element's computed style could not differ.
          const computed = getComputedStyle(el);
          const style: Record<string, string> = {};
          for (let i = 0; i < computed.length; i++) {
            const name = computed[i]!;
            // Skipped: custom properties only. An unregistered custom property computes to its
            // token stream as written, so a minifier's equivalent spelling (`#fff` for
            // `#ffffff`, `.5` for `0.5`) shows there; every standard property that reads them
            // through var() is compared below, resolved, which is what renders.
            if (name.startsWith('--')) continue;
            style[name] = computed.getPropertyValue(name);
          }
          const r = el.getBoundingClientRect();
          const box = [r.x, r.y, r.width, r.height].map((n) => n.toFixed(2)).join(' ');
          return { path: pathOf(el, host), box, style };
        }),
      );
      return {
        markup: hosts.map((h) => `<${h.localName}>#shadow(${serialise(h.shadowRoot!)})`),
        elements,
      };
    },
    TAGS as unknown as string[],
  );
}

/** Splits a computed list value at its top-level commas (`cubic-bezier(…, …)` stays whole). */
function listItems(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')') depth--;
    else if (value[i] === ',' && depth === 0) {
      items.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  return [...items, value.slice(start).trim()];
}

/**
 * The transition and animation longhands as they apply: CSS repeats each list to the length of
 * `transition-property` / `animation-name` (CSS Transitions 1 §2, Animations 1 §3). Minifiers
 * rewrite `transition: 120ms ease-out; transition-property: a, b, c` as one shorthand with three
 * entries, which computes to `0.12s, 0.12s, 0.12s` where the source computes to `0.12s`: the same
 * transitions, spelt differently. Both sides are compared expanded.
 */
function expandLists(style: Record<string, string>): Record<string, string> {
  const out = { ...style };
  // lightningcss writes `background: transparent` as `background: 0 0`, which sets the position
  // to `0px 0px` instead of the initial `0% 0%`: zero either way, the same place.
  for (const name of ['background-position', 'background-position-x', 'background-position-y']) {
    if (out[name]) out[name] = out[name].replace(/(?<![\d.])0%/g, '0px');
  }
  for (const [lead, prefix] of [
    ['transition-property', 'transition-'],
    ['animation-name', 'animation-'],
  ] as const) {
    const length = listItems(style[lead] ?? '').length;
    for (const name of Object.keys(style)) {
      if (!name.startsWith(prefix) || name === lead) continue;
      const items = listItems(style[name]!);
      out[name] = Array.from({ length }, (_, i) => items[i % items.length]).join(', ');
    }
  }
  return out;
}

/** Every way `shipped` differs from `ref`, one line each. */
function differences(ref: Shot, shipped: Shot): string[] {
  const out: string[] = [];
  if (ref.markup.length !== shipped.markup.length) {
    return [`${shipped.markup.length} components rendered, expected ${ref.markup.length}`];
  }
  ref.markup.forEach((markup, i) => {
    if (markup === shipped.markup[i]) return;
    let at = 0;
    while (markup[at] === shipped.markup[i]![at]) at++;
    const near = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 80), at + 80));
    out.push(
      `markup of component ${i} differs at ${at}:\n  ref ${near(markup)}\n  got ${near(shipped.markup[i]!)}`,
    );
  });
  if (out.length) return out; // elements would not line up
  ref.elements.forEach((el, i) => {
    const got = shipped.elements[i]!;
    if (el.box !== got.box) out.push(`${el.path}: box ref ${el.box}, got ${got.box}`);
    const [want, have] = [expandLists(el.style), expandLists(got.style)];
    for (const name of new Set([...Object.keys(want), ...Object.keys(have)])) {
      if (want[name] !== have[name]) {
        out.push(
          `${el.path}: ${name} ref ${JSON.stringify(want[name])}, got ${JSON.stringify(have[name])}`,
        );
      }
    }
  });
  return out;
}

/** One state of a scenario: reached by `act` (user actions through the public surface). */
interface State {
  name: string;
  act?: (page: Page) => Promise<void>;
}

interface Scenario {
  name: string;
  markup: string;
  /** A survey definition set on every tp-survey (its public `definition` property). */
  definition?: object;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  states: State[];
}

const radio = (page: Page, tag: string, index: number) =>
  page.locator(tag).getByRole('radio').nth(index).click();
const button = (page: Page, tag: string, name: RegExp) =>
  page.locator(tag).getByRole('button', { name }).click();

/** A survey with every question kind (SPEC §4), a title, a description and optional questions. */
const EVERY_KIND = {
  id: 'every-kind',
  type: 'nps',
  title: 'A few questions',
  questions: [
    {
      id: 'recommend',
      kind: 'nps',
      text: 'How likely are you to recommend us?',
      description: 'Zero is not at all, ten is extremely.',
    },
    { id: 'stars', kind: 'csat', variant: 'stars', text: 'How was the checkout?' },
    { id: 'faces', kind: 'csat', variant: 'emoji', scale: 3, text: 'How was delivery?' },
    { id: 'thumbs', kind: 'csat', variant: 'thumbs', text: 'Did the guide help?' },
    { id: 'numbers', kind: 'csat', text: 'How was support?', optional: true },
    { id: 'ease', kind: 'ces', text: 'How easy was the setup?' },
    {
      id: 'value',
      kind: 'rating',
      scale: 10,
      text: 'Rate the value for money',
      lowLabel: 'Poor',
      highLabel: 'Great',
    },
    {
      id: 'plan',
      kind: 'single',
      text: 'Which plan are you on?',
      choices: [
        { id: 'free', label: 'Free' },
        { id: 'pro', label: 'Pro' },
      ],
    },
    {
      id: 'liked',
      kind: 'multi',
      text: 'What did you like?',
      optional: true,
      choices: [
        { id: 'speed', label: 'Speed' },
        { id: 'price', label: 'Price' },
        { id: 'design', label: 'Design' },
      ],
    },
    {
      id: 'why',
      kind: 'text',
      text: 'Anything else?',
      optional: true,
      placeholder: 'Tell us',
      maxLength: 40,
    },
  ],
  thankYou: 'Thanks a lot!',
};

const ONE_QUESTION = {
  id: 'popover',
  type: 'ces',
  title: 'One question',
  questions: [{ id: 'ease', kind: 'ces', text: 'How easy was it?' }],
  display: { mode: 'popover', position: 'bottom-right' },
};

/** The rating steps of tp-nps, tp-csat and tp-ces: score, chosen, follow-up, typed, thank-you. */
const ratingStates = (tag: string, index: number): State[] => [
  { name: 'initial' },
  { name: 'score chosen', act: (p) => radio(p, tag, index) },
  { name: 'follow-up', act: (p) => p.locator(tag).getByRole('button').first().click() },
  { name: 'comment typed', act: (p) => p.locator(tag).locator('textarea').fill('Quick and easy') },
  { name: 'thank-you', act: (p) => p.locator(tag).getByRole('button').first().click() },
];

const SCENARIOS: Scenario[] = [
  {
    name: 'tp-nps, light, dismissible',
    markup: '<tp-nps survey-id="n" dismissible></tp-nps>',
    states: ratingStates('tp-nps', 8),
  },
  {
    name: 'tp-nps, dark, locale ar (rtl), keyboard',
    markup: '<tp-nps theme="dark" locale="ar" dismissible></tp-nps>',
    states: [
      { name: 'initial' },
      {
        name: 'score chosen by arrow keys',
        act: async (p) => {
          await p.locator('tp-nps').getByRole('radio').first().focus();
          await p.keyboard.press('ArrowLeft'); // rtl: the next score
          await p.keyboard.press('ArrowLeft');
        },
      },
      { name: 'follow-up by Enter', act: (p) => p.keyboard.press('Enter') },
      {
        name: 'skipped: thank-you',
        act: (p) => p.locator('tp-nps').getByRole('button').nth(1).click(),
      },
    ],
  },
  {
    name: 'tp-csat numbers, theme auto under a dark scheme',
    markup: '<tp-csat theme="auto" scale="7"></tp-csat>',
    colorScheme: 'dark',
    states: ratingStates('tp-csat', 5),
  },
  {
    name: 'tp-csat stars',
    markup: '<tp-csat variant="stars" dismissible></tp-csat>',
    states: [
      { name: 'initial' },
      { name: 'hovered', act: (p) => p.locator('tp-csat').getByRole('radio').nth(2).hover() },
      { name: 'score chosen', act: (p) => radio(p, 'tp-csat', 3) },
      { name: 'follow-up', act: (p) => button(p, 'tp-csat', /next/i) },
    ],
  },
  {
    name: 'tp-csat emoji, dark',
    markup: '<tp-csat variant="emoji" theme="dark" scale="3"></tp-csat>',
    states: [{ name: 'initial' }, { name: 'score chosen', act: (p) => radio(p, 'tp-csat', 0) }],
  },
  {
    name: 'tp-csat thumbs, no follow-up, locale de',
    markup: '<tp-csat variant="thumbs" no-follow-up locale="de"></tp-csat>',
    states: [
      { name: 'initial' },
      { name: 'score chosen', act: (p) => radio(p, 'tp-csat', 1) },
      { name: 'thank-you', act: (p) => p.locator('tp-csat').getByRole('button').first().click() },
    ],
  },
  {
    name: 'tp-ces',
    markup: '<tp-ces survey-id="c"></tp-ces>',
    states: [
      { name: 'initial' },
      { name: 'score chosen', act: (p) => radio(p, 'tp-ces', 6) },
      { name: 'follow-up', act: (p) => button(p, 'tp-ces', /next/i) },
      { name: 'skipped: thank-you', act: (p) => button(p, 'tp-ces', /skip/i) },
    ],
  },
  {
    name: 'tp-ces, 5 points, dark, locale fr, disabled',
    markup:
      '<tp-ces scale="5" theme="dark" locale="fr"></tp-ces><tp-ces scale="5" disabled></tp-ces>',
    states: [{ name: 'initial' }, { name: 'score chosen', act: (p) => radio(p, 'tp-ces', 1) }],
  },
  {
    name: 'tp-feedback',
    markup: '<tp-feedback survey-id="f"></tp-feedback>',
    states: [
      { name: 'initial' },
      { name: 'empty submit: errors', act: (p) => button(p, 'tp-feedback', /submit/i) },
      {
        name: 'filled, malformed email',
        act: async (p) => {
          const f = p.locator('tp-feedback');
          await f.getByRole('radio', { name: 'Idea' }).click();
          await f.locator('textarea').fill('The export button is hard to find.');
          await f.locator('input[type="email"]').fill('not-an-address');
          await f.locator('input[type="checkbox"]').click();
        },
      },
      {
        name: 'a host reports a failed send (showError)',
        act: async (p) => {
          const f = p.locator('tp-feedback');
          await f.locator('input[type="email"]').fill('me@example.com');
          await f.evaluate((el) =>
            el.addEventListener(
              'tp-submit',
              () => (el as unknown as { showError(): void }).showError(),
              {
                once: true,
              },
            ),
          );
          await button(p, 'tp-feedback', /submit/i);
        },
      },
      { name: 'thank-you', act: (p) => button(p, 'tp-feedback', /submit/i) },
    ],
  },
  {
    name: 'tp-feedback, dark, locale ar (rtl), near the limit, required email',
    markup:
      '<tp-feedback theme="dark" locale="ar" max-length="40" require-email categories="Bug, Billing"></tp-feedback>',
    states: [
      { name: 'initial' },
      {
        name: 'near the limit',
        act: (p) =>
          p.locator('tp-feedback').locator('textarea').fill('Almost forty characters of text here'),
      },
      {
        name: 'submitting (a host stores it)',
        act: async (p) => {
          const f = p.locator('tp-feedback');
          await f.locator('input[type="email"]').fill('me@example.com');
          await f.evaluate((el) =>
            el.addEventListener(
              'tp-submit',
              () => ((el as unknown as { status: string }).status = 'submitting'),
              { once: true },
            ),
          );
          await f.getByRole('button').first().click(); // Submit (the categories are radios)
        },
      },
    ],
  },
  {
    name: 'tp-survey inline, every question kind',
    markup: '<tp-survey dismissible></tp-survey>',
    definition: EVERY_KIND,
    states: [
      { name: 'nps question' },
      { name: 'required: error', act: (p) => button(p, 'tp-survey', /^next/i) },
      { name: 'nps answered', act: (p) => radio(p, 'tp-survey', 9) },
      { name: 'csat stars', act: (p) => button(p, 'tp-survey', /^next/i) },
      { name: 'stars answered', act: (p) => radio(p, 'tp-survey', 4) },
      { name: 'csat emoji', act: (p) => button(p, 'tp-survey', /^next/i) },
      { name: 'emoji answered', act: (p) => radio(p, 'tp-survey', 1) },
      { name: 'csat thumbs', act: (p) => button(p, 'tp-survey', /^next/i) },
      { name: 'thumbs answered', act: (p) => radio(p, 'tp-survey', 0) },
      { name: 'csat numbers (optional)', act: (p) => button(p, 'tp-survey', /^next/i) },
      { name: 'ces', act: (p) => button(p, 'tp-survey', /^next/i) },
      { name: 'ces answered', act: (p) => radio(p, 'tp-survey', 2) },
      { name: 'rating', act: (p) => button(p, 'tp-survey', /^next/i) },
      { name: 'rating answered', act: (p) => radio(p, 'tp-survey', 6) },
      { name: 'single choice', act: (p) => button(p, 'tp-survey', /^next/i) },
      {
        name: 'single chosen by keys',
        act: async (p) => {
          await p.locator('tp-survey').getByRole('radio').first().focus();
          await p.keyboard.press('ArrowDown');
        },
      },
      { name: 'back to rating', act: (p) => button(p, 'tp-survey', /back/i) },
      {
        name: 'multi choice',
        act: async (p) => {
          await button(p, 'tp-survey', /^next/i);
          await button(p, 'tp-survey', /^next/i);
        },
      },
      {
        name: 'two ticked',
        act: async (p) => {
          await p.locator('tp-survey').getByRole('checkbox', { name: 'Speed' }).check();
          await p.locator('tp-survey').getByRole('checkbox', { name: 'Design' }).check();
        },
      },
      { name: 'text', act: (p) => button(p, 'tp-survey', /^next/i) },
      {
        name: 'text typed',
        act: (p) => p.locator('tp-survey').locator('textarea').fill('Keep the dark mode'),
      },
      { name: 'thank-you', act: (p) => button(p, 'tp-survey', /^submit/i) },
    ],
  },
  {
    name: 'tp-survey inline, dark, locale ar (rtl)',
    markup: '<tp-survey theme="dark" locale="ar" dismissible></tp-survey>',
    definition: EVERY_KIND,
    states: [
      { name: 'nps question' },
      { name: 'nps answered', act: (p) => radio(p, 'tp-survey', 3) },
      {
        name: 'csat stars',
        act: (p) => p.locator('tp-survey').locator('[part~="next-button"]').click(),
      },
    ],
  },
  {
    name: 'tp-survey popover (top layer, --tp-z-index fallback)',
    markup: '<tp-survey open close-delay="-1"></tp-survey>',
    definition: ONE_QUESTION,
    states: [
      { name: 'open' },
      { name: 'answered', act: (p) => radio(p, 'tp-survey', 5) },
      { name: 'thank-you', act: (p) => button(p, 'tp-survey', /^submit/i) },
    ],
  },
  {
    name: 'tp-survey popover, centred, dark',
    markup: '<tp-survey open position="center" theme="dark" close-delay="-1"></tp-survey>',
    definition: ONE_QUESTION,
    states: [{ name: 'open' }],
  },
  {
    name: 'tp-survey popover on a phone: bottom sheet',
    markup: '<tp-survey open close-delay="-1"></tp-survey>',
    definition: ONE_QUESTION,
    viewport: { width: 375, height: 700 },
    states: [{ name: 'open' }, { name: 'answered', act: (p) => radio(p, 'tp-survey', 6) }],
  },
];

describe('minified builds render exactly like the unminified sources', () => {
  let browser: Browser;
  let server: Server;
  const pages: Record<'reference' | 'script tag' | 'npm', Page> = {} as never;
  const pageErrors: string[] = [];

  before(async () => {
    const executablePath = chromePath();
    if (!executablePath) throw new Error(CHROME_HELP);
    const [ref, npm] = await Promise.all([reference(), npmBuild()]);
    const served = await serve({ reference: ref, embed: scriptTagBuild(), npm });
    server = served.server;
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
    });
    const open = async (path: string) => {
      // A context each: pages of one context that are not in front get (almost) no animation
      // frames, which Lit's settling and Playwright's actionability checks wait for.
      const context = await browser.newContext({ viewport: VIEWPORT });
      // tsx compiles this file keeping function names: the functions handed to page.evaluate
      // call its `__name` helper, which the page lacks.
      await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(`${path}: ${String(e)}`));
      await page.goto(`${served.url}/${path}/index.html`);
      await page.evaluate(() => (window as unknown as { __defined: Promise<unknown> }).__defined);
      return page;
    };
    [pages.reference, pages['script tag'], pages.npm] = await Promise.all([
      open('reference'),
      open('embed'),
      open('npm'),
    ]);
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: ${scenario.states.map((s) => s.name).join(', ')}`, async () => {
      // The pages are driven side by side (each page has its own focus and pointer), every one
      // through all states, then compared state by state.
      const shots = await Promise.all(
        Object.entries(pages).map(async ([variant, page]) => {
          await page.setViewportSize(scenario.viewport ?? VIEWPORT);
          await page.emulateMedia({ colorScheme: scenario.colorScheme ?? 'light' });
          await page.mouse.move(0, 0);
          await page.evaluate(
            ({ markup, definition }) => {
              document.body.innerHTML = markup;
              if (definition) {
                for (const s of document.querySelectorAll('tp-survey')) {
                  (s as unknown as { definition: object }).definition = definition;
                }
              }
            },
            { markup: scenario.markup, definition: scenario.definition },
          );
          const list: Shot[] = [];
          for (const state of scenario.states) {
            await state.act?.(page);
            list.push(await snapshot(page));
          }
          return [variant, list] as const;
        }),
      );
      const byVariant = Object.fromEntries(shots);
      const problems: string[] = [];
      scenario.states.forEach((state, i) => {
        const ref = byVariant.reference![i]!;
        assert.ok(ref.elements.length > 1, `${state.name}: the reference rendered nothing`);
        // A step that changed nothing would compare nothing new: each must show something else.
        const previous = byVariant.reference![i - 1];
        if (previous) {
          assert.notDeepEqual(ref, previous, `${state.name}: the step changed nothing`);
        }
        for (const variant of ['script tag', 'npm']) {
          for (const d of differences(ref, byVariant[variant]![i]!)) {
            problems.push(`[${state.name}] ${variant}: ${d}`);
          }
        }
      });
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(problems.slice(0, 30), [], `${problems.length} differences`);
    });
  }
});
