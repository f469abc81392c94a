import { expect } from '@open-wc/testing';
import { resolveCategories, type CategoriesInput, type FeedbackCategory } from './categories.js';

const DEFAULTS: FeedbackCategory[] = [
  { id: 'bug', label: 'Bug' },
  { id: 'other', label: 'Other' },
];
const same = (...ids: string[]) => ids.map((id) => ({ id, label: id }));

describe('resolveCategories', () => {
  const cases: Array<[string, CategoriesInput | null | undefined, FeedbackCategory[], string[]]> = [
    ['absent: defaults', undefined, DEFAULTS, []],
    ['null (attribute removed): defaults', null, DEFAULTS, []],
    ['comma list, trimmed', ' Bug , Billing,Other ', same('Bug', 'Billing', 'Other'), []],
    ['empty items of a list are skipped quietly', 'a,, b,', same('a', 'b'), []],
    ['blank string: defaults', '  ', DEFAULTS, []],
    ['one item', 'Only', same('Only'), []],
    [
      'objects keep id and label',
      [
        { id: 'ux', label: 'Design' },
        { id: 'perf', label: 'Speed' },
      ],
      [
        { id: 'ux', label: 'Design' },
        { id: 'perf', label: 'Speed' },
      ],
      [],
    ],
    ['strings in an array', ['x', ' y '], same('x', 'y'), []],
    [
      'a number id becomes a string',
      [{ id: 3, label: 'Billing' } as unknown as FeedbackCategory],
      [{ id: '3', label: 'Billing' }],
      [],
    ],
    ['missing label falls back to the id', [{ id: 'ux', label: ' ' }], same('ux'), []],
    [
      'an object without id is dropped, with a reason',
      [
        { id: '', label: 'Nothing' },
        { id: 'a', label: 'A' },
      ],
      [{ id: 'a', label: 'A' }],
      ['entry 0 has no id'],
    ],
    ['duplicates dropped, first wins', 'a, b, a', same('a', 'b'), ['duplicate id "a"']],
    ['empty array: defaults', [], DEFAULTS, []],
    [
      'nothing usable: defaults, reasons kept',
      [null as unknown as string, 42 as unknown as string],
      DEFAULTS,
      ['entry 0 has no id', 'entry 1 has no id'],
    ],
  ];
  for (const [name, input, categories, problems] of cases) {
    it(name, () => {
      expect(resolveCategories(input, DEFAULTS)).to.deep.equal({ categories, problems });
    });
  }
});
