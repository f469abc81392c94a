/**
 * `touchpoint.js`, the file a site owner's `<script>` tag loads (SPEC §6):
 *
 *   <script src="/touchpoint.js" async data-endpoint="/v1/responses" data-write-key="pk_demo"></script>
 *
 * A classic script, so it works as a plain tag, whose only job is to remember its own tag and
 * import the ES-module build beside it. Modules let the browser share Lit and the SDK between
 * the main chunk and the lazily loaded ones (other components, survey validation), which a
 * single IIFE cannot do without shipping everything up front.
 */
import { COMPONENT_TAGS } from './tags.js';

const script =
  // `currentScript` is only set while this script first runs; with `async` it is still ours.
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[data-endpoint][src*="touchpoint"]');

if (!script) {
  console.error('Touchpoint: could not find its <script data-endpoint="…"> tag');
} else {
  const load = (name: string) => import(/* @vite-ignore */ new URL(name, script.src).href);
  load('touchpoint.main.js')
    .then((main: { boot(script: HTMLScriptElement): void }) => main.boot(script))
    .catch((err: unknown) => console.error('Touchpoint: failed to load', err));
  // Components already in the page start loading now, beside the SDK rather than after it. The
  // main chunk imports the same files when it connects them; a failure is reported from there.
  for (const tag of new Set(
    [...document.querySelectorAll(COMPONENT_TAGS.join())].map((el) => el.localName),
  )) {
    load(`touchpoint.${tag}.js`).catch(() => {});
  }
}
