/**
 * The script-tag build's main chunk (SPEC §6), imported by the `touchpoint.js` loader: creates
 * `window.touchpoint` (the SDK instance), registers the elements, connects every `tp-*` element,
 * and replays calls queued on a stub before it loaded.
 */
// The embed checks the only options it passes (config.ts, in the words of the tag), so it starts
// the SDK without `createTouchpoint`'s checks of every option. A source import: the package
// exports only the public API.
import { DEFAULTS } from '../../core/src/options.js';
import { startTouchpoint } from '../../core/src/touchpoint.js';
import { readEmbedConfig } from './config.js';
import { connectAll } from './connect.js';
import { isKnownElement, loadElement } from './elements.js';
import { replay } from './stub.js';

declare global {
  interface Window {
    touchpoint?: unknown;
  }
}

/** Boots the SDK from the loader's `<script>` tag. */
export function boot(script: HTMLScriptElement): void {
  const result = readEmbedConfig(script.dataset, document.baseURI);
  if (!result.ok) {
    console.error(`Touchpoint: the script tag is misconfigured:\n- ${result.errors.join('\n- ')}`);
    return;
  }
  const { locale, ...options } = result.config;
  const stub = window.touchpoint;
  if (stub && !Array.isArray(stub)) {
    console.warn('Touchpoint: loaded twice; the second copy does nothing');
    return;
  }
  // The SDK shows surveys in <tp-survey>, whose chunk loads on first use.
  const tp = startTouchpoint({ ...DEFAULTS, ...options, loadElement });
  window.touchpoint = Object.assign(tp, {
    /** Keeps snippet code that pushes calls working after the loader has arrived. */
    push: (...calls: unknown[]) => calls.forEach((call) => replay(tp, call)),
  });
  if (stub) (stub as unknown[]).forEach((call) => replay(tp, call));
  // Observing from now on also catches elements the parser has not reached yet.
  connectAll(tp, document, {
    locale,
    // A plain function of the instance (no `this`).
    definition: tp.definition,
    define: (tag) => {
      if (isKnownElement(tag)) loadElement(tag).catch(console.error);
    },
  });
}
