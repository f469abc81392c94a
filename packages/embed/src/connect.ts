/**
 * Connects every `tp-*` element on the page to the SDK, present now or added later (SPEC §6).
 * Each element gets its own listener (via `connect`) rather than one on `document`, because an
 * element removed with a chosen score completes in `disconnectedCallback`, after it has left
 * the tree, and that event never reaches the document.
 */
export interface Connectable {
  connect(el: Element): () => void;
}

export interface ConnectOptions {
  /** Set as `locale` on elements that have none (the loader's `data-locale`). */
  locale?: string;
  /** Called for a `tp-*` element whose tag is not defined yet, so its chunk can be loaded. */
  define?: (tag: string) => void;
  /**
   * The SDK's `definition(id)`: an inline `<tp-survey survey-id="…">` the page placed without a
   * `definition` gets the loaded one (SPEC §6), and is `inline` unless it has a `mode`.
   */
  definition?: (id: string) => Promise<unknown>;
}

type SurveyElement = Element & { definition?: unknown };

/** Fills an inline `<tp-survey survey-id>` with its loaded definition. */
function fillSurvey(el: SurveyElement, definition: (id: string) => Promise<unknown>) {
  const id = el.getAttribute('survey-id');
  if (el.localName !== 'tp-survey' || !id || el.definition !== undefined) return;
  if (!el.hasAttribute('mode')) el.setAttribute('mode', 'inline');
  definition(id).then(
    // The page may have set its own definition meanwhile: keep that one.
    (found) => {
      if (found !== undefined && el.definition === undefined) el.definition = found;
    },
    (error: unknown) => console.error(`Touchpoint: survey "${id}" could not be loaded`, error),
  );
}

/** Connects now and on every later insertion; returns a function that stops observing. */
export function connectAll(sdk: Connectable, doc: Document, opts: ConnectOptions = {}): () => void {
  const visit = (el: Element) => {
    if (!el.localName.startsWith('tp-')) return;
    if (opts.locale && !el.hasAttribute('locale')) el.setAttribute('locale', opts.locale);
    if (opts.define && !customElements.get(el.localName)) opts.define(el.localName);
    sdk.connect(el);
    if (opts.definition) fillSurvey(el, opts.definition);
  };
  // `*` then a prefix test: a selector cannot match tag-name prefixes.
  const connectTree = (root: ParentNode) => root.querySelectorAll('*').forEach(visit);
  connectTree(doc);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      m.addedNodes.forEach((node) => node instanceof Element && (visit(node), connectTree(node)));
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
