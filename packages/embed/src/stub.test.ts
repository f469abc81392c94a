import { expect } from '@open-wc/testing';
import { queuedCalls, replay } from './stub.js';

describe('stub replay', () => {
  it('keeps only well-formed calls, in order', () => {
    const stub = [['identify', 'u1'], 'junk', [42], ['submit', { type: 'nps' }]];
    expect(queuedCalls(stub)).to.deep.equal([
      ['identify', 'u1'],
      ['submit', { type: 'nps' }],
    ]);
    expect(queuedCalls(undefined)).to.deep.equal([]);
    expect(queuedCalls({ push() {} })).to.deep.equal([]);
  });

  it('invokes methods with their arguments and this', () => {
    const seen: unknown[] = [];
    const target = {
      name: 'tp',
      identify(this: { name: string }, id: string, traits: object) {
        seen.push([this.name, id, traits]);
      },
    };
    replay(target, ['identify', 'user-42', { plan: 'pro' }]);
    expect(seen).to.deep.equal([['tp', 'user-42', { plan: 'pro' }]]);
  });

  it('reports unknown, private and failing calls without throwing', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const target = {
        _secret() {},
        boom() {
          throw new Error('nope');
        },
        async later() {
          throw new Error('async nope');
        },
      };
      replay(target, ['missing']);
      replay(target, ['_secret']);
      replay(target, ['boom']);
      replay(target, ['later']);
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      console.error = original;
    }
    expect(errors.map((e) => e[0])).to.deep.equal([
      'Touchpoint: unknown method "missing" in the queued calls',
      'Touchpoint: unknown method "_secret" in the queued calls',
      'Touchpoint: boom failed',
      'Touchpoint: later failed',
    ]);
  });
});
