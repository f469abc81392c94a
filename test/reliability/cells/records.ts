/** Answers the endpoint refuses: a batch too large, one bad record in a batch. */
import type { Cell } from '../cell.js';

export const status413 = (n: number): Cell => ({
  slug: '413',
  name: '413 above 5 records (split)',
  n,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    ctx.server.faults.set([{ kind: '413-over', maxRecords: 5 }]);
    await ctx.submit(tab, n);
    ctx.healed();
  },
  verify(ctx) {
    const tooLarge = ctx.server.ledger.requests.filter((r) => r.outcome === '413').length;
    ctx.check('the endpoint answered 413 at least once', tooLarge > 0, `${tooLarge} × 413`);
  },
});

/** The answer the endpoint refuses in the reject cells. */
const BAD = 7;

export const rejectOne = (n: number): Cell => ({
  slug: 'reject-one',
  name: 'one record rejected in a batch',
  n,
  expectedDeadLetters: 1,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    ctx.server.faults.set([{ kind: 'reject-one', comment: ctx.comment(tab, BAD) }]);
    await ctx.submit(tab, n);
    ctx.healed();
  },
  verify(ctx, { deadLetters }) {
    const bad = ctx.submitted.find((s) => s.comment === ctx.comment('a', BAD));
    ctx.check(
      'the dead letter is the rejected answer, with the endpoint’s reason',
      deadLetters.length === 1 &&
        deadLetters[0]!.id === bad?.id &&
        deadLetters[0]!.reason.includes('injected'),
      JSON.stringify(deadLetters),
    );
  },
});

export const badRecord400 = (n: number): Cell => ({
  slug: '400-batch',
  name: 'HTTP 400 for a batch holding one bad record',
  n,
  expectedDeadLetters: 1,
  async act(ctx) {
    const tab = await ctx.openTab('a');
    ctx.server.faults.set([{ kind: '400-for', comment: ctx.comment(tab, BAD) }]);
    await ctx.submit(tab, n);
    ctx.healed();
  },
  verify(ctx, { deadLetters }) {
    const bad = ctx.submitted.find((s) => s.comment === ctx.comment('a', BAD));
    ctx.check(
      'only the bad answer is dead-lettered',
      deadLetters.length === 1 && deadLetters[0]!.id === bad?.id,
      JSON.stringify(deadLetters),
    );
  },
});
