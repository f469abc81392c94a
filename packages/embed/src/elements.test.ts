import { expect } from '@open-wc/testing';
import { isKnownElement, loadElement } from './elements.js';
import { COMPONENT_TAGS } from './tags.js';

describe('loadElement', () => {
  it('rejects a tag no chunk defines, with a clear message', async () => {
    expect(isKnownElement('tp-nonexistent')).to.equal(false);
    let error: Error | undefined;
    await loadElement('tp-nonexistent').catch((e: Error) => (error = e));
    expect(error?.message).to.equal('Touchpoint: no component is named <tp-nonexistent>');
  });
});

describe('lazy components', () => {
  for (const tag of COMPONENT_TAGS) {
    it(`loads the chunk that defines <${tag}> on demand`, async () => {
      expect(isKnownElement(tag)).to.equal(true);
      await loadElement(tag);
      expect(customElements.get(tag)).to.be.a('function');
    });
  }
});
