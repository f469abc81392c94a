import { expect } from '@open-wc/testing';
import type { Audience } from '../surveys/definition.js';
import { inAudience, sampleBucket, type AudienceUser } from './audience.js';
import { matchesAll } from './filters.js';

const anonymous: AudienceUser = { anonymousId: 'anon-1', traits: {} };
const pro: AudienceUser = { id: 'user-42', anonymousId: 'anon-2', traits: { plan: 'pro' } };

describe('inAudience', () => {
  const table: Array<[string, Audience | undefined, AudienceUser, ReturnType<typeof inAudience>]> =
    [
      ['no audience: everyone', undefined, anonymous, { included: true }],
      [
        'identified only, anonymous user',
        { identified: true },
        anonymous,
        { included: false, reason: 'identified' },
      ],
      ['identified only, identified user', { identified: true }, pro, { included: true }],
      [
        'anonymous only, identified user',
        { identified: false },
        pro,
        { included: false, reason: 'anonymous' },
      ],
      ['anonymous only, anonymous user', { identified: false }, anonymous, { included: true }],
      [
        'empty id counts as anonymous',
        { identified: true },
        { id: '', anonymousId: 'a' },
        { included: false, reason: 'identified' },
      ],
      [
        'trait filter passes',
        { traits: [{ key: 'plan', op: 'in', value: ['pro', 'team'] }] },
        pro,
        { included: true },
      ],
      [
        'trait filter fails',
        { traits: [{ key: 'plan', op: 'eq', value: 'team' }] },
        pro,
        { included: false, reason: 'traits' },
      ],
      [
        'trait filter on a user without traits',
        { traits: [{ key: 'plan', op: 'exists' }] },
        { anonymousId: 'x' },
        { included: false, reason: 'traits' },
      ],
      ['sample 1: everyone', { sample: 1 }, anonymous, { included: true }],
      ['sample 0: no one', { sample: 0 }, pro, { included: false, reason: 'sample' }],
    ];
  for (const [name, audience, user, expected] of table) {
    it(name, () => expect(inAudience('q4', audience, user, matchesAll)).to.deep.equal(expected));
  }

  it('trait filters without the matcher (filters not loaded): no one, whatever the traits', () => {
    const audience: Audience = { traits: [{ key: 'plan', op: 'eq', value: 'pro' }] };
    expect(inAudience('q4', audience, pro, matchesAll)).to.deep.equal({ included: true });
    expect(inAudience('q4', audience, pro)).to.deep.equal({ included: false, reason: 'traits' });
    // An empty list has nothing to match: no matcher needed.
    expect(inAudience('q4', { traits: [] }, pro)).to.deep.equal({ included: true });
  });

  it('samples by user id once identified, else by anonymous id', () => {
    const bucketById = sampleBucket('q4', 'user-42');
    const bucketByAnon = sampleBucket('q4', 'anon-2');
    const justAbove = (b: number) => Math.min(1, b + 1e-9);
    expect(inAudience('q4', { sample: justAbove(bucketById) }, pro).included).to.equal(true);
    expect(inAudience('q4', { sample: bucketById }, pro).included).to.equal(false);
    const anon = { anonymousId: 'anon-2' };
    expect(inAudience('q4', { sample: justAbove(bucketByAnon) }, anon).included).to.equal(true);
    expect(inAudience('q4', { sample: bucketByAnon }, anon).included).to.equal(false);
  });
});

describe('sampleBucket', () => {
  it('is stable: same survey and user, same number, every time', () => {
    const first = sampleBucket('post-checkout', 'user-42');
    for (let i = 0; i < 5; i++) expect(sampleBucket('post-checkout', 'user-42')).to.equal(first);
    expect(first).to.be.within(0, 1);
    expect(first).to.not.equal(1);
  });

  it('differs per survey, so surveys sample independently', () => {
    const users = Array.from({ length: 2000 }, (_, i) => `user-${i}`);
    const inA = users.filter((u) => sampleBucket('survey-a', u) < 0.5);
    const inBoth = inA.filter((u) => sampleBucket('survey-b', u) < 0.5);
    // Independent halves overlap by about a quarter of everyone.
    expect(inBoth.length / users.length).to.be.within(0.21, 0.29);
  });

  it('spreads sequential ids evenly: ten buckets within 15% of 1,000 each, and sample 0.3 takes ~30%', () => {
    const counts = new Array<number>(10).fill(0);
    let sampled = 0;
    for (let i = 0; i < 10_000; i++) {
      const bucket = sampleBucket('nps-q4', `user-${i}`);
      counts[Math.floor(bucket * 10)]!++;
      if (bucket < 0.3) sampled++;
    }
    for (const count of counts) expect(count).to.be.within(850, 1150);
    expect(sampled / 10_000).to.be.within(0.28, 0.32);
    // Chi-square with 9 degrees of freedom: 21.67 is the 1% critical value.
    const chi = counts.reduce((sum, c) => sum + (c - 1000) ** 2 / 1000, 0);
    expect(chi).to.be.below(21.67);
  });
});
