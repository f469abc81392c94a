import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PageExitController, type ExitReason } from './page-exit.js';

class TestExit extends LitElement {
  exits: ExitReason[] = [];
  constructor() {
    super();
    new PageExitController(this, (reason) => this.exits.push(reason));
  }
}
customElements.define('test-page-exit', TestExit);

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    Reflect.deleteProperty(document, 'visibilityState');
  }
}

describe('PageExitController', () => {
  it('reports hidden pages and pagehide, not visible pages', async () => {
    const el = await fixture<TestExit>(html`<test-page-exit></test-page-exit>`);
    setVisibility('visible');
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    expect(el.exits).to.deep.equal(['hidden', 'pagehide']);
  });

  it('reports removal a microtask later, but not a move', async () => {
    const el = await fixture<TestExit>(html`<test-page-exit></test-page-exit>`);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await Promise.resolve();
    expect(el.exits).to.deep.equal([]);
    other.remove();
    expect(el.exits, 'not synchronously').to.deep.equal([]);
    await Promise.resolve();
    expect(el.exits).to.deep.equal(['removed']);
  });

  it('stops listening to the page once removed', async () => {
    const el = await fixture<TestExit>(html`<test-page-exit></test-page-exit>`);
    el.remove();
    await Promise.resolve();
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    expect(el.exits).to.deep.equal(['removed']);
  });
});
