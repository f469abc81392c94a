/** The HTML pages the benchmark server serves. */

const page = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Touchpoint bench</title>${head}</head><body>${body}</body></html>`;

/** Loads the SDK harness (`window.bench`). */
export const harnessPage = () => page('<script type="module" src="/bundles/harness.js"></script>');

/** An otherwise empty page holding one not-yet-defined element, and the render probe. */
/** A two-question survey shown as a popover, as the SDK shows one when its trigger fires. */
const POPOVER_SURVEY = JSON.stringify({
  id: 'bench',
  type: 'nps',
  questions: [
    { id: 'score', kind: 'nps', text: 'How likely are you to recommend us?' },
    { id: 'why', kind: 'text', text: 'What is the main reason?', optional: true },
  ],
  display: { mode: 'popover', position: 'bottom-right' },
});

export const renderPage = (tag: string) =>
  page(
    '<script type="module" src="/bundles/render-probe.js"></script>',
    tag === 'tp-survey'
      ? // The definition is set before the element is defined, as Lit upgrades it.
        `<tp-survey survey-id="bench" mode="popover" open></tp-survey>` +
          `<script>document.querySelector('tp-survey').definition = ${POPOVER_SURVEY};</script>`
      : `<${tag} survey-id="bench"></${tag}>`,
  );

/** Rows of ordinary host-page content, so "page load" parses and lays out something real. */
const hostContent = () =>
  `<header><h1>Store</h1><nav>${['Home', 'Shop', 'Cart', 'Help'].map((l) => `<a href="#">${l}</a>`).join(' ')}</nav></header>` +
  `<main><ul>${Array.from({ length: 200 }, (_, i) => `<li>Product ${i} <button>Add</button></li>`).join('')}</ul>` +
  '<tp-nps survey-id="bench"></tp-nps></main>';

/**
 * A host page whose head starts collecting long tasks before anything else runs; with
 * `loader`, the script tag of SPEC §6 is present.
 */
export const longTaskPage = (loader: { endpoint: string } | null) =>
  page(
    '<script>window.__longTasks=[];new PerformanceObserver(function(l){' +
      'for(var e of l.getEntries())window.__longTasks.push(e.duration)' +
      "}).observe({type:'longtask',buffered:true});</script>" +
      (loader
        ? `<script src="/touchpoint.js" async data-endpoint="${loader.endpoint}"></script>`
        : ''),
    hostContent(),
  );
