import { expect } from '@open-wc/testing';
import { createIdGenerator, uuidv7Time } from './id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('has the RFC 9562 layout: 8-4-4-4-12 lowercase hex, version 7, variant 10', () => {
    const next = createIdGenerator();
    for (let i = 0; i < 200; i++) {
      const id = next();
      expect(id).to.match(UUID);
      const hex = id.replace(/-/g, '');
      expect(hex[12], 'version nibble').to.equal('7');
      expect(parseInt(hex[16]!, 16) >> 2, 'variant bits').to.equal(0b10);
    }
  });

  it('encodes the clock in the first 48 bits', () => {
    const ms = Date.UTC(2026, 10, 23, 10, 0, 0, 123);
    const id = createIdGenerator({ now: () => ms })();
    expect(uuidv7Time(id)).to.equal(ms);
    expect(id.slice(0, 13)).to.equal(
      `${ms.toString(16).padStart(12, '0').slice(0, 8)}-${ms.toString(16).padStart(12, '0').slice(8)}`,
    );
  });

  it('is strictly increasing within one millisecond (10 000 ids, frozen clock)', () => {
    const next = createIdGenerator({ now: () => 1_700_000_000_000 });
    let previous = next();
    for (let i = 0; i < 10_000; i++) {
      const id = next();
      expect(id > previous, `${id} > ${previous}`).to.equal(true);
      previous = id;
    }
  });

  it('stays increasing when the clock goes backwards', () => {
    let ms = 1_700_000_000_500;
    const next = createIdGenerator({ now: () => ms });
    const a = next();
    ms -= 400;
    const b = next();
    expect(b > a).to.equal(true);
    expect(uuidv7Time(b)).to.equal(1_700_000_000_500);
  });

  it('sorts by creation time across milliseconds', () => {
    let ms = 1_700_000_000_000;
    const next = createIdGenerator({ now: () => ms });
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      ids.push(next());
      if (i % 7 === 0) ms += 1 + (i % 3);
    }
    expect([...ids].sort()).to.deep.equal(ids);
  });

  it('stays unique and ordered even with degenerate randomness', () => {
    const next = createIdGenerator({ now: () => 1_700_000_000_000, random: () => 0.999 });
    const ids = Array.from({ length: 5000 }, () => next());
    expect(new Set(ids).size).to.equal(5000);
    expect([...ids].sort()).to.deep.equal(ids);
  });

  it('uses the injected randomness (deterministic output)', () => {
    const make = (random: number) =>
      createIdGenerator({ now: () => 0x0123456789ab, random: () => random })();
    expect(make(0.5)).to.equal(make(0.5));
    expect(make(0.5)).to.match(/^01234567-89ab-7/);
    expect(make(0.25)).to.not.equal(make(0.5));
  });
});
