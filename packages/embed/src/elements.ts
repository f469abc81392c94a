/**
 * Which module defines each tag. Every component is a chunk of its own (`touchpoint.tp-nps.js`),
 * fetched the first time such an element appears on the page (or the SDK shows a survey), so a
 * page pays only for what it uses. The loader starts fetching the ones already in the page
 * while this chunk loads; importing them again here is the same module, not a second download.
 */
import type { ComponentTag } from './tags.js';

const lazy: Record<ComponentTag, () => Promise<unknown>> = {
  'tp-nps': () => import('@touchpoint/elements/define/tp-nps.js'),
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
    if (!isKnownElement(tag)) {
      return Promise.reject(new Error(`Touchpoint: no component is named <${tag}>`));
    }
    p = lazy[tag]()
      .then(() => customElements.whenDefined(tag))
      .then(() => undefined);
    // A failed load (offline) may be retried the next time the element appears.
    p.catch(() => pending.delete(tag));
    pending.set(tag, p);
  }
  return p;
}

/** Whether `tag` is a Touchpoint component this build can define. */
export const isKnownElement = (tag: string): tag is ComponentTag => Object.hasOwn(lazy, tag);
