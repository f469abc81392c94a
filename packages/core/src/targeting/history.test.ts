import { expect } from '@open-wc/testing';
import {
  emptyHistory,
  mergeHistory,
  recordAnswered,
  recordDismissed,
  recordShown,
  reviveHistory,
} from './history.js';
import { parseServerHistory } from './server-history.js';

describe('survey history', () => {
  it('records shown (counting), answered and dismissed without touching the input', () => {
    const start = emptyHistory();
    const shown = recordShown(start, 'q4', 1000);
    const again = recordShown(shown, 'q4', 2000);
    const answered = recordAnswered(again, 'q4', 2500);
    const dismissed = recordDismissed(answered, 'other', 3000);
    expect(start).to.deep.equal({ surveys: {} });
    expect(dismissed).to.deep.equal({
      surveys: {
        q4: { shownAt: 2000, shownCount: 2, answeredAt: 2500 },
        other: { dismissedAt: 3000 },
      },
      lastShownAt: 2000,
    });
  });

  it('merges by keeping the latest time of each kind', () => {
    const ours = {
      surveys: { a: { shownAt: 10, shownCount: 1 }, b: { shownAt: 5 } },
      lastShownAt: 10,
    };
    const theirs = {
      surveys: { a: { shownAt: 8, answeredAt: 9, shownCount: 3 }, c: { shownAt: 20 } },
    };
    expect(mergeHistory(ours, theirs)).to.deep.equal({
      surveys: {
        a: { shownAt: 10, shownCount: 3, answeredAt: 9 },
        b: { shownAt: 5 },
        c: { shownAt: 20 },
      },
      lastShownAt: 20,
    });
  });

  it('reads a server history with ISO or ms times, skipping what it cannot read', () => {
    const { history, problems } = parseServerHistory([
      { surveyId: 'q4', answeredAt: '2026-11-20T10:00:00Z', shownAt: 1_700_000_000_000 },
      { surveyId: 'q5', dismissedAt: 'yesterday' },
      { answeredAt: 1 },
      'nonsense',
    ]);
    expect(history.surveys['q4']).to.deep.equal({
      answeredAt: Date.parse('2026-11-20T10:00:00Z'),
      shownAt: 1_700_000_000_000,
    });
    expect(history.lastShownAt).to.equal(1_700_000_000_000);
    expect(problems).to.deep.equal([
      'history.1.dismissedAt: not a time',
      'history.2: needs a "surveyId" string',
      'history.3: needs a "surveyId" string',
    ]);
    expect(parseServerHistory({}).problems).to.deep.equal(['history: must be an array']);
    expect(parseServerHistory(undefined)).to.deep.equal({ history: { surveys: {} }, problems: [] });
  });

  it('revives a stored history, dropping fields that are not numbers', () => {
    expect(reviveHistory(null)).to.equal(undefined);
    expect(reviveHistory({ surveys: [] })).to.equal(undefined);
    expect(
      reviveHistory({ surveys: { a: { shownAt: 1, answeredAt: 'x' }, b: 3 }, lastShownAt: 'no' }),
    ).to.deep.equal({ surveys: { a: { shownAt: 1 } } });
  });
});
