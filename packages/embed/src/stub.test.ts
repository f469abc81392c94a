import { expect } from '@open-wc/testing';
import { replay } from './stub.js';

/** Runs `body` with console.error recorded; resolves with the first argument of each call. */
async function errorsOf(body: () => void): Promise<unknown[]> {
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args[0]);
  try {
    body();
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    console.error = original;
  }
  return errors;
}

describe('stub replay', () => {
  it('invokes well-formed calls with their arguments and this, in order; skips the rest', async () => {
    const seen: unknown[] = [];
    const target = {
      name: 'tp',
      identify(this: { name: string }, id: string, traits: object) {
        seen.push([this.name, id, traits]);
      },
      submit(input: object) {
        seen.push(['submit', input]);
      },
    };
    const stub = [
      ['identify', 'user-42', { plan: 'pro' }],
      'junk',
      [42],
      ['submit', { type: 'nps' }],
    ];
    const errors = await errorsOf(() => stub.forEach((call) => replay(target, call)));
    expect(seen).to.deep.equal([
      ['tp', 'user-42', { plan: 'pro' }],
      ['submit', { type: 'nps' }],
    ]);
    expect(errors).to.deep.equal([]);
  });

  it('calls synchronously, so a queued call runs before code that follows it', () => {
    const seen: string[] = [];
    replay({ identify: () => seen.push('queued') }, ['identify']);
    seen.push('after');
    expect(seen).to.deep.equal(['queued', 'after']);
  });

  it('reports unknown, private and failing calls without throwing', async () => {
    const target = {
      _secret() {},
      boom() {
        throw new Error('nope');
      },
      async later() {
        throw new Error('async nope');
      },
    };
    const errors = await errorsOf(() => {
      replay(target, ['missing']);
      replay(target, ['_secret']);
      replay(target, ['boom']);
      replay(target, ['later']);
    });
    expect(errors).to.deep.equal([
      'Touchpoint: unknown method "missing" in the queued calls',
      'Touchpoint: unknown method "_secret" in the queued calls',
      'Touchpoint: boom failed',
      'Touchpoint: later failed',
    ]);
  });
});
