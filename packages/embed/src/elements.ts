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

/** Whether `tag` is a Touchpoint component this build can define. */
export const isKnownElement = (tag: string): tag is ComponentTag => Object.hasOwn(lazy, tag);

/**
 * Loads the chunk that defines `tag`; resolves once it is defined. Unknown tags reject. No cache
 * of its own: `import()` fetches a module once, and tries again after a failed load (offline).
 */
export const loadElement = async (tag: string): Promise<void> => {
  // A tag the page defined itself needs no chunk.
  if (customElements.get(tag)) return;
  if (!isKnownElement(tag)) throw new Error(`Touchpoint: no component is named <${tag}>`);
  await lazy[tag]();
  await customElements.whenDefined(tag);
};
