/**
 * The script-tag build's main chunk (SPEC §6), imported by the `touchpoint.js` loader: creates
 * `window.touchpoint` (the SDK instance), registers the elements, connects every `tp-*` element,
 * and replays calls queued on a stub before it loaded.
 */
import { createTouchpoint } from '@touchpoint/core';
import { readEmbedConfig } from './config.js';
import { connectAll } from './connect.js';
import { isKnownElement, loadElement } from './elements.js';
import { queuedCalls, replay } from './stub.js';

declare global {
  interface Window {
    touchpoint?: unknown;
  }
}

/** Boots the SDK from the loader's `<script>` tag. */
export function boot(script: HTMLScriptElement): void {
  const result = readEmbedConfig({ ...script.dataset }, document.baseURI);
  if (!result.ok) {
    console.error(`Touchpoint: the script tag is misconfigured:\n- ${result.errors.join('\n- ')}`);
    return;
  }
  const { config } = result;
  const stub = window.touchpoint;
  if (stub && !Array.isArray(stub)) {
    console.warn('Touchpoint: loaded twice; the second copy does nothing');
    return;
  }
  const tp = createTouchpoint({
    endpoint: config.endpoint,
    writeKey: config.writeKey,
    consent: config.consent,
    surveysUrl: config.surveysUrl,
    recontactDays: config.recontactDays,
    // The SDK shows surveys in <tp-survey>, whose chunk loads on first use.
    loadElement,
  });
  const api = Object.assign(tp, {
    /** Keeps snippet code that pushes calls working after the loader has arrived. */
    push: (call: unknown) => queuedCalls([call]).forEach((c) => replay(tp, c)),
  });
  window.touchpoint = api;
  for (const call of queuedCalls(stub)) replay(tp, call);
  // Observing from now on also catches elements the parser has not reached yet.
  connectAll(tp, document, {
    locale: config.locale,
    definition: (id) => tp.definition(id),
    define: (tag) => {
      if (!isKnownElement(tag)) return;
      loadElement(tag).catch((err: unknown) => console.error(err));
    },
  });
}
