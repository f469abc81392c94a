import { expect } from '@open-wc/testing';
import { Emitter } from './emitter.js';

interface Events {
  ping: { n: number };
  pong: string;
}

describe('Emitter', () => {
  it('delivers to listeners of the type, in order, until removed', () => {
    const e = new Emitter<Events>();
    const got: string[] = [];
    const off = e.on('ping', ({ n }) => got.push(`a${n}`));
    e.on('ping', ({ n }) => got.push(`b${n}`));
    e.on('pong', (s) => got.push(s));
    e.emit('ping', { n: 1 });
    off();
    e.emit('ping', { n: 2 });
    e.emit('pong', 'p');
    expect(got).to.deep.equal(['a1', 'b1', 'b2', 'p']);
  });

  it('off() removes a listener', () => {
    const e = new Emitter<Events>();
    let count = 0;
    const listener = () => count++;
    e.on('pong', listener);
    e.emit('pong', 'y');
    e.off('pong', listener);
    e.emit('pong', 'z');
    expect(count).to.equal(1);
  });

  it('a throwing listener does not stop the others nor the emitter', () => {
    const e = new Emitter<Events>();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      let reached = false;
      e.on('ping', () => {
        throw new Error('boom');
      });
      e.on('ping', () => (reached = true));
      expect(() => e.emit('ping', { n: 1 })).not.to.throw();
      expect(reached).to.equal(true);
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });
});
