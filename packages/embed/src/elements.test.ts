import { expect } from '@open-wc/testing';
import { isKnownElement, loadElement } from './elements.js';

describe('loadElement', () => {
  it('tp-nps ships in the main chunk and is defined already', async () => {
    expect(isKnownElement('tp-nps')).to.equal(true);
    await loadElement('tp-nps');
    expect(customElements.get('tp-nps')).to.be.a('function');
  });

  it('rejects a tag no chunk defines, with a clear message', async () => {
    expect(isKnownElement('tp-nonexistent')).to.equal(false);
    let error: Error | undefined;
    await loadElement('tp-nonexistent').catch((e: Error) => (error = e));
    expect(error?.message).to.equal('Touchpoint: no component is named <tp-nonexistent>');
  });
});

describe('lazy components', () => {
  for (const tag of ['tp-csat', 'tp-ces', 'tp-feedback', 'tp-survey']) {
    it(`loads the chunk that defines <${tag}> on demand`, async () => {
      expect(isKnownElement(tag)).to.equal(true);
      await loadElement(tag);
      expect(customElements.get(tag)).to.be.a('function');
    });
  }
});
