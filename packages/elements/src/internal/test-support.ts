/**
 * Small helpers for component tests (test-only, not exported from the package): reading a
 * component's shadow DOM by part, recording events, faking a hidden page, and accessible names.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { ReactiveElement, TemplateResult } from 'lit';

/**
 * Asserts node identity. A failing chai `equal` on DOM nodes makes the runner serialize whole
 * subtrees and lose the browser, so compare first and describe the nodes briefly.
 */
export function expectSame(actual: unknown, expected: unknown, what = 'node'): void {
  const label = (node: unknown) =>
    node instanceof Element
      ? `<${node.localName}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}>${(node.textContent ?? '').trim().slice(0, 30)}`
      : String(node);
  if (actual !== expected)
    expect.fail(`${what}: expected ${label(expected)}, got ${label(actual)}`);
}

/**
 * With two test files sharing one Chromium window, the page in the background tab is hidden: keys
 * go nowhere and a real visibilitychange completes answers. Say so instead of timing out.
 */
export function assertPageVisible(): void {
  if (document.visibilityState !== 'visible') {
    throw new Error('test page is hidden (background tab): run each test page in its own window');
  }
}

/** The radios of a rating component, in scale order. */
export const radiosOf = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]'));

/**
 * Presses each key on a focused rating scale and checks it after each press: the value, focus on
 * that option, the option checked, and it the only tab stop (roving tabindex). `index` maps a
 * value to its option (scales start at 1; NPS at 0).
 */
export async function expectKeySteps(
  el: ReactiveElement & { value: string },
  steps: Array<[key: string, value: string]>,
  index = (value: string) => Number(value) - 1,
): Promise<void> {
  for (const [key, value] of steps) {
    await sendKeys({ press: key });
    await el.updateComplete;
    expect(el.value, key).to.equal(value);
    const radios = radiosOf(el);
    const radio = radios[index(value)]!;
    expectSame(el.shadowRoot!.activeElement, radio, key);
    expect(radio.getAttribute('aria-checked'), key).to.equal('true');
    expect(
      radios.flatMap((r, i) => (r.tabIndex === 0 ? [i] : [])),
      `${key}: tab stops`,
    ).to.deep.equal([index(value)]);
  }
}

/**
 * `tp-show` fires once, when the element is first rendered connected: not while detached, not
 * again when re-attached and re-rendered (`change` alters something that renders).
 */
export async function expectShowOnce<T extends ReactiveElement & { surveyId?: string }>(
  tag: string,
  type: string,
  change: (el: T) => void,
): Promise<void> {
  const el = document.createElement(tag) as T;
  el.surveyId = 'home';
  const shows = record<CustomEvent>(el, 'tp-show');
  await Promise.resolve();
  expect(shows, 'not while detached').to.have.length(0);
  const shown = oneEvent(el, 'tp-show');
  document.body.append(el);
  expect((await shown).detail).to.deep.equal({ type, surveyId: 'home' });
  el.remove();
  document.body.append(el);
  change(el);
  await el.updateComplete;
  expect(shows).to.have.length(1);
  el.remove();
}

/** The first element in the shadow root with the part `name`. */
export const partOf = <T extends HTMLElement = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/**
 * The text of a part with template whitespace collapsed, or null when it is not rendered. Only
 * ASCII whitespace: typographic spaces (French U+202F before "?") are content.
 */
export const textOf = (el: Element, name: string) =>
  partOf(el, name)
    ?.textContent?.replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '') ?? null;

/** Clicks the radio at `index`, then Next: a rating component's follow-up step is open. */
export async function chooseAndContinue(el: ReactiveElement, index: number): Promise<void> {
  radiosOf(el)[index]!.click();
  await el.updateComplete;
  partOf(el, 'next-button')!.click();
  await el.updateComplete;
}

/** Types into the comment field of a rating component's follow-up step, as a user. */
export async function typeComment(el: ReactiveElement, text: string): Promise<void> {
  partOf(el, 'textarea')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Records every event of `type` dispatched on `target`. */
export function record<T extends Event = Event>(target: EventTarget, type: string): T[] {
  const events: T[] = [];
  target.addEventListener(type, (event) => events.push(event as T));
  return events;
}

/** Pretends the page became hidden (tab switch), as Chromium would report it. */
export function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    Reflect.deleteProperty(document, 'visibilityState');
  }
}

interface Axe {
  setup(root: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}

/**
 * Accessible names as axe-core computes them (accname spec, across shadow roots). The
 * test runner's a11ySnapshot command is not registered in web-test-runner.config.mjs.
 */
export async function accessibleNames(root: Element, elements: Element[]): Promise<string[]> {
  // @ts-expect-error axe-core ships a UMD file without types for this path; it sets window.axe.
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: Axe }).axe;
  axe.setup(root);
  try {
    return elements.map((e) =>
      axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(e)),
    );
  } finally {
    axe.teardown();
  }
}

/**
 * `theme="auto"` follows prefers-color-scheme: `auto` differs from `dark` under a light scheme and
 * matches it under a dark one, then passes `accessible` (axe) in the dark scheme.
 */
export async function expectAutoThemeFollowsScheme(
  auto: Element,
  dark: Element,
  accessible: (el: Element) => Promise<unknown>,
): Promise<void> {
  const bg = (node: Element) => getComputedStyle(partOf(node, 'base')!).backgroundColor;
  try {
    await emulateMedia({ colorScheme: 'light' });
    expect(bg(auto)).to.not.equal(bg(dark));
    await emulateMedia({ colorScheme: 'dark' });
    expect(bg(auto)).to.equal(bg(dark));
    // Colours transition: let them land before axe measures contrast.
    await Promise.all(auto.shadowRoot!.getAnimations().map((a) => a.finished));
    await accessible(auto);
  } finally {
    await emulateMedia({ colorScheme: 'light' });
  }
}

/**
 * Renders `content` after a plain button, focuses that button and presses Tab, so the test starts
 * where a keyboard user entering the component starts. Resolves with the `tag` element.
 */
export async function tabInto<T extends ReactiveElement>(
  content: TemplateResult | string,
  tag: string,
): Promise<T> {
  const wrapper =
    typeof content === 'string'
      ? await fixture<HTMLElement>(`<div><button id="before">before</button>${content}</div>`)
      : await fixture<HTMLElement>(
          html`<div>
            <button id="before">before</button>
            ${content}
          </div>`,
        );
  const el = wrapper.querySelector<T>(tag)!;
  await el.updateComplete;
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
  return el;
}
