/**
 * Which module defines each tag. `tp-nps` ships in the main chunk; the others are separate
 * chunks, fetched the first time such an element appears on the page (or the SDK shows a
 * survey), so a page pays only for what it uses.
 */
import '@touchpoint/elements/define/tp-nps.js';

const lazy: Record<string, () => Promise<unknown>> = {
  'tp-csat': () => import('@touchpoint/elements/define/tp-csat.js'),
  'tp-ces': () => import('@touchpoint/elements/define/tp-ces.js'),
  'tp-feedback': () => import('@touchpoint/elements/define/tp-feedback.js'),
  'tp-survey': () => import('@touchpoint/elements/define/tp-survey.js'),
};

const pending = new Map<string, Promise<void>>();

/** Loads the chunk that defines `tag`; resolves once it is defined. Unknown tags reject. */
export function loadElement(tag: string): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  let p = pending.get(tag);
  if (!p) {
    const load = lazy[tag];
    if (!load) return Promise.reject(new Error(`Touchpoint: no component is named <${tag}>`));
    p = load()
      .then(() => customElements.whenDefined(tag))
      .then(() => undefined);
    // A failed load (offline) may be retried the next time the element appears.
    p.catch(() => pending.delete(tag));
    pending.set(tag, p);
  }
  return p;
}

/** Whether `tag` is a Touchpoint component this build can define. */
export const isKnownElement = (tag: string) => tag === 'tp-nps' || tag in lazy;
