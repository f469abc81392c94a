import { expect } from '@open-wc/testing';
import type { SurveyDefinition } from '@touchpoint/core/survey';
import { resolveDisplay } from './display.js';
import { definitionProblem } from './guard.js';

const base: SurveyDefinition = {
  id: 's',
  type: 'nps',
  questions: [{ id: 'q', kind: 'nps', text: 'Q?' }],
};
const withDisplay = (display: SurveyDefinition['display']): SurveyDefinition => ({
  ...base,
  display,
});

describe('resolveDisplay (pure)', () => {
  // [name, attributes, definition, mode, position, ignored count]
  const table: Array<
    [
      string,
      { mode?: string | null; position?: string | null },
      SurveyDefinition | undefined,
      string,
      string,
      number,
    ]
  > = [
    ['defaults: inline, bottom-right', {}, undefined, 'inline', 'bottom-right', 0],
    [
      'from the definition',
      {},
      withDisplay({ mode: 'popover', position: 'top-left' }),
      'popover',
      'top-left',
      0,
    ],
    [
      'attributes win',
      { mode: 'inline', position: 'center' },
      withDisplay({ mode: 'popover', position: 'bottom' }),
      'inline',
      'center',
      0,
    ],
    [
      'bad attribute: next candidate, reported',
      { mode: 'modal' },
      withDisplay({ mode: 'popover' }),
      'popover',
      'bottom-right',
      1,
    ],
    [
      'bad attributes, no definition display',
      { mode: 'sheet', position: 'middle' },
      base,
      'inline',
      'bottom-right',
      2,
    ],
    [
      'empty attribute counts as unset',
      { mode: '', position: null },
      withDisplay({ position: 'bottom' }),
      'inline',
      'bottom',
      0,
    ],
  ];
  for (const [name, attributes, definition, mode, position, ignored] of table) {
    it(name, () => {
      const display = resolveDisplay(attributes, definition);
      expect([display.mode, display.position]).to.deep.equal([mode, position]);
      expect(display.ignored).to.have.length(ignored);
    });
  }
  it('says what was expected', () => {
    expect(resolveDisplay({ position: 'middle' }, undefined).ignored[0]).to.equal(
      'position="middle" (expected bottom-right, bottom-left, top-right, top-left, center, bottom)',
    );
  });
});

describe('definitionProblem (pure)', () => {
  const q = { id: 'q', kind: 'nps', text: 'Q?' };
  const table: Array<[string, unknown, string | null]> = [
    ['valid', base, null],
    ['undefined', undefined, 'no definition is set'],
    ['a string', 'nps', 'the definition is a string, not an object'],
    ['no questions key', { id: 's', type: 'nps' }, 'the definition has no questions'],
    ['empty questions', { ...base, questions: [] }, 'the definition has no questions'],
    ['question not an object', { ...base, questions: [null] }, 'question 1 is not an object'],
    ['no id', { ...base, questions: [{ ...q, id: '' }] }, 'question 1 has no id'],
    ['repeated id', { ...base, questions: [q, q] }, 'question 2 repeats the id "q"'],
    [
      'unknown kind',
      { ...base, questions: [{ ...q, kind: 'stars' }] },
      'question 1 ("q") has an unknown kind "stars"',
    ],
    ['no text', { ...base, questions: [{ ...q, text: '' }] }, 'question 1 ("q") has no text'],
    [
      'choices missing',
      { ...base, questions: [{ ...q, kind: 'single' }] },
      'question 1 ("q") is a single choice question without choices',
    ],
  ];
  for (const [name, definition, problem] of table) {
    it(`${name} → ${problem ?? 'ok'}`, () =>
      expect(definitionProblem(definition)).to.equal(problem));
  }
});
