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

describe('connectAll inline surveys', () => {
  type Survey = HTMLElement & { definition?: unknown };
  it('gives an inline <tp-survey survey-id> without a definition the loaded one', async () => {
    const own = { id: 'own' };
    const root = await fixture(
      html`<div>
        <tp-survey id="plain" survey-id="s1"></tp-survey>
        <tp-survey id="popover" survey-id="s2" mode="popover"></tp-survey>
        <tp-survey id="no-id"></tp-survey>
        <tp-survey id="unknown" survey-id="missing"></tp-survey>
        <tp-nps id="nps" survey-id="s1"></tp-nps>
      </div>`,
    );
    (root.querySelector('#popover') as Survey).definition = own;
    const asked: string[] = [];
    const stop = connectAll({ connect: () => () => {} }, document, {
      definition: (id) => (asked.push(id), Promise.resolve(id === 'missing' ? undefined : { id })),
    });
    const added = Object.assign(document.createElement('tp-survey'), { id: 'later' });
    added.setAttribute('survey-id', 's3');
    root.append(added);
    await until(() => asked.includes('s3'));
    await tick();
    stop();
    const get = (id: string) => root.querySelector(`#${id}`) as Survey;
    expect(asked.sort()).to.deep.equal(['missing', 's1', 's3']);
    expect(get('plain').definition).to.deep.equal({ id: 's1' });
    expect(get('plain').getAttribute('mode')).to.equal('inline');
    expect(get('later').definition).to.deep.equal({ id: 's3' });
    expect(get('popover').definition).to.equal(own);
    expect(get('popover').getAttribute('mode')).to.equal('popover');
    expect(get('no-id').definition).to.equal(undefined);
    expect(get('unknown').definition).to.equal(undefined);
    expect((get('nps') as Survey).definition).to.equal(undefined);
  });
});

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await tick();
  expect(check(), 'condition reached').to.equal(true);
}
