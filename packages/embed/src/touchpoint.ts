/**
 * The script-tag entry (SPEC §6):
 *
 *   <script src="/touchpoint.js" async data-endpoint="/v1/responses" data-write-key="pk_demo"></script>
 *
 * Creates `window.touchpoint` (the SDK instance), registers the elements, connects every `tp-*`
 * element, and replays calls queued on a stub before it loaded.
 */
import { createTouchpoint } from '@touchpoint/core';
import '@touchpoint/elements/define/tp-nps.js';
import { readEmbedConfig } from './config.js';
import { connectAll } from './connect.js';
import { queuedCalls, replay } from './stub.js';

declare global {
  interface Window {
    touchpoint?: unknown;
  }
}

// `currentScript` is only set while this script first runs; with `async` it is still ours.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[data-endpoint][src*="touchpoint"]');

function boot() {
  if (!script) {
    console.error('Touchpoint: could not find its <script data-endpoint="…"> tag');
    return;
  }
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
  });
  const api = Object.assign(tp, {
    /** Keeps snippet code that pushes calls working after the loader has arrived. */
    push: (call: unknown) => queuedCalls([call]).forEach((c) => replay(tp, c)),
  });
  window.touchpoint = api;
  for (const call of queuedCalls(stub)) replay(tp, call);
  // Observing from now on also catches elements the parser has not reached yet.
  connectAll(tp, document, { locale: config.locale });
}

boot();
