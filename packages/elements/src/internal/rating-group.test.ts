import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { nextIndex, RatingGroupController, tabStopIndex } from './rating-group.js';

/**
 * Asserts node identity. A failing chai `equal` on DOM nodes makes the runner serialize whole
 * subtrees and lose the browser, so compare first and describe the nodes briefly.
 */
function expectSame(actual: unknown, expected: unknown, what = 'node'): void {
  const label = (node: unknown) =>
    node instanceof Element
      ? `<${node.localName}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}>${(node.textContent ?? '').trim().slice(0, 30)}`
      : String(node);
  if (actual !== expected)
    expect.fail(`${what}: expected ${label(expected)}, got ${label(actual)}`);
}

describe('nextIndex (pure)', () => {
  // [key, current, count, rtl, expected]
  const table: Array<[string, number, number, boolean, number | null]> = [
    ['ArrowRight', 0, 5, false, 1],
    ['ArrowRight', 4, 5, false, 0], // wraps
    ['ArrowLeft', 0, 5, false, 4], // wraps
    ['ArrowLeft', 3, 5, false, 2],
    ['ArrowRight', 3, 5, true, 2], // RTL mirrors
    ['ArrowLeft', 3, 5, true, 4],
    ['ArrowRight', 0, 5, true, 4],
    ['ArrowDown', 1, 5, false, 2],
    ['ArrowDown', 1, 5, true, 2], // up/down never mirror
    ['ArrowUp', 0, 5, true, 4],
    ['Home', 3, 7, false, 0],
    ['End', 0, 7, true, 6],
    ['ArrowRight', -1, 3, false, 1], // nothing focused yet: from the first
    ['Tab', 2, 5, false, null],
    ['a', 2, 5, false, null],
    ['ArrowRight', 0, 0, false, null],
    ['ArrowRight', 0, 1, false, 0],
  ];
  for (const [key, current, count, rtl, expected] of table) {
    it(`${key} from ${current} of ${count}${rtl ? ' (rtl)' : ''} → ${expected}`, () => {
      expect(nextIndex(key, current, count, rtl)).to.equal(expected);
    });
  }
});

describe('tabStopIndex (pure)', () => {
  const table: Array<[number, number, number]> = [
    [-1, 5, 0],
    [3, 5, 3],
    [7, 5, 0],
  ];
  for (const [selected, count, expected] of table) {
    it(`selected ${selected} of ${count} → ${expected}`, () => {
      expect(tabStopIndex(selected, count)).to.equal(expected);
    });
  }
});

/** A 5-point scale host: the controller is not NPS-specific. */
class TestRating extends LitElement {
  @property({ type: Number }) selected = -1;
  @property({ type: Boolean }) disabled = false;
  commits: number[] = [];
  readonly group = new RatingGroupController(this, {
    selectedIndex: () => this.selected,
    select: (index) => (this.selected = index),
    commit: (index) => this.commits.push(index),
    disabled: () => this.disabled,
  });
  override render() {
    return litHtml`<div role="radiogroup" aria-label="Rate">
      ${[1, 2, 3, 4, 5].map(
        (n, i, all) => litHtml`<button
          role="radio"
          aria-checked=${i === this.selected ? 'true' : 'false'}
          tabindex=${this.group.tabIndexFor(i, all.length)}
        >${n}</button>`,
      )}
    </div>`;
  }
}
customElements.define('test-rating', TestRating);

describe('RatingGroupController', () => {
  beforeEach(() => {
    if (document.visibilityState !== 'visible') {
      throw new Error('test page is hidden (background tab): run each test page in its own window');
    }
  });

  const radiosOf = (el: TestRating) =>
    Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]'));

  it('arrows select and focus on any scale size, Enter/Space commit', async () => {
    const el = await fixture<TestRating>(html`<test-rating></test-rating>`);
    el.group.focus();
    expectSame(el.shadowRoot!.activeElement, radiosOf(el)[0]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.selected).to.equal(4);
    expectSame(el.shadowRoot!.activeElement, radiosOf(el)[4]);
    expect(radiosOf(el).map((r) => r.tabIndex)).to.deep.equal([-1, -1, -1, -1, 0]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    expect(el.commits).to.deep.equal([0, 1]);
  });

  it('click selects; modified keys and keys outside radios are ignored', async () => {
    const el = await fixture<TestRating>(html`<test-rating></test-rating>`);
    radiosOf(el)[2]!.click();
    expect(el.selected).to.equal(2);
    radiosOf(el)[2]!.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Control' });
    expect(el.selected).to.equal(2);
    el.shadowRoot!.querySelector('[role="radiogroup"]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    expect(el.selected).to.equal(2);
  });

  it('does nothing while disabled', async () => {
    const el = await fixture<TestRating>(html`<test-rating disabled></test-rating>`);
    radiosOf(el)[1]!.click();
    radiosOf(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(el.selected).to.equal(-1);
    expect(el.commits).to.deep.equal([]);
  });

  it('stops listening when disconnected', async () => {
    const el = await fixture<TestRating>(html`<test-rating></test-rating>`);
    const radio = radiosOf(el)[3]!;
    el.remove();
    radio.click();
    expect(el.selected).to.equal(-1);
  });
});
