import { expect, fixture, html } from '@open-wc/testing';
import { connectAll } from './connect.js';

function recorder() {
  const connected: Element[] = [];
  return { connected, sdk: { connect: (el: Element) => (connected.push(el), () => {}) } };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('connectAll', () => {
  it('connects tp-* elements present now and added later, nothing else', async () => {
    const root = await fixture(
      html`<div>
        <tp-nps id="a"></tp-nps>
        <p>text</p>
      </div>`,
    );
    const { connected, sdk } = recorder();
    const stop = connectAll(sdk, document);
    expect(connected.map((e) => e.id)).to.include('a');

    const wrapper = document.createElement('section');
    wrapper.innerHTML =
      '<tp-nps id="b"></tp-nps><div><tp-csat id="c"></tp-csat></div><span></span>';
    root.append(wrapper);
    const direct = document.createElement('tp-nps');
    direct.id = 'd';
    root.append(direct);
    await tick();
    expect(connected.map((e) => e.id)).to.include.members(['a', 'b', 'c', 'd']);
    expect(connected.every((e) => e.localName.startsWith('tp-'))).to.equal(true);

    stop();
    root.append(Object.assign(document.createElement('tp-nps'), { id: 'e' }));
    await tick();
    expect(connected.map((e) => e.id)).not.to.include('e');
  });

  it('sets the loader locale only where the element has none', async () => {
    const root = await fixture(
      html`<div><tp-nps id="x"></tp-nps><tp-nps id="y" locale="fr"></tp-nps></div>`,
    );
    const { sdk } = recorder();
    const stop = connectAll(sdk, document, { locale: 'de' });
    stop();
    expect(root.querySelector('#x')!.getAttribute('locale')).to.equal('de');
    expect(root.querySelector('#y')!.getAttribute('locale')).to.equal('fr');
  });
});

describe('connectAll define hook', () => {
  it('asks for the definition of undefined tp-* tags only', async () => {
    await fixture(
      html`<div><tp-not-defined-yet></tp-not-defined-yet><tp-defined></tp-defined></div>`,
    );
    if (!customElements.get('tp-defined'))
      customElements.define('tp-defined', class extends HTMLElement {});
    const asked: string[] = [];
    const stop = connectAll({ connect: () => () => {} }, document, {
      define: (t) => asked.push(t),
    });
    stop();
    expect(asked).to.include('tp-not-defined-yet');
    expect(asked).not.to.include('tp-defined');
  });
});
