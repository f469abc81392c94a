/**
 * Render timing, exposed as `window.measureRender`: imports a define module into a page that
 * already holds the (not yet defined) element, and times the import, the `customElements.define`
 * call, and the first frame painted after the element finished rendering.
 */

export interface RenderTiming {
  /** From the start of the import to the frame after the first render (ms). */
  importToPaint: number;
  /** From the `customElements.define` call to that frame (ms). */
  defineToPaint: number;
  /** From the start of the import to first-contentful-paint (ms), when the browser reported it. */
  importToFcp: number | null;
}

/** Resolves just after the next frame was produced: a task queued from rAF runs after paint. */
const afterNextPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

/**
 * The page shows nothing else, so its first contentful paint is the element's. Chromium reports
 * it when the frame is presented, a few frames after the paint; wait up to a second for it.
 */
async function firstContentfulPaint(): Promise<number | null> {
  for (let waited = 0; waited < 1000; waited += 20) {
    const [entry] = performance.getEntriesByName('first-contentful-paint');
    if (entry) return entry.startTime;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

async function measureRender(src: string, tag: string): Promise<RenderTiming> {
  const element = document.querySelector(tag);
  if (!element) throw new Error(`no <${tag}> on the page`);
  let definedAt = NaN;
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name === tag) definedAt = performance.now();
    define(name, constructor, options);
  };
  const start = performance.now();
  await import(/* @vite-ignore */ src);
  await customElements.whenDefined(tag);
  const updateComplete = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  if (updateComplete) await updateComplete;
  if (!element.shadowRoot?.childElementCount) throw new Error(`<${tag}> rendered nothing`);
  await afterNextPaint();
  const painted = performance.now();
  if (Number.isNaN(definedAt))
    throw new Error(`${src} did not call customElements.define('${tag}')`);
  return {
    importToPaint: painted - start,
    defineToPaint: painted - definedAt,
    importToFcp: await firstContentfulPaint().then((at) => (at === null ? null : at - start)),
  };
}

declare global {
  interface Window {
    measureRender: typeof measureRender;
  }
}

window.measureRender = measureRender;
