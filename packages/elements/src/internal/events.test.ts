import { expect } from '@open-wc/testing';
import { buildResponse, emit, emitValueChange, type ResponseParts } from './events.js';

describe('buildResponse (pure)', () => {
  const table: Array<[string, ResponseParts, object]> = [
    ['score only', { type: 'nps', score: 9 }, { type: 'nps', score: 9 }],
    ['score 0 is kept', { type: 'nps', score: 0 }, { type: 'nps', score: 0 }],
    [
      'survey id and comment',
      { type: 'nps', surveyId: 'q4', score: 9, comment: 'great' },
      { type: 'nps', surveyId: 'q4', score: 9, comment: 'great' },
    ],
    ['empty survey id dropped', { type: 'nps', surveyId: '', score: 1 }, { type: 'nps', score: 1 }],
    [
      'null survey id dropped',
      { type: 'nps', surveyId: null, score: 1 },
      { type: 'nps', score: 1 },
    ],
    [
      'blank comment dropped',
      { type: 'nps', score: 5, comment: ' \n ' },
      { type: 'nps', score: 5 },
    ],
    [
      'comment trimmed',
      { type: 'ces', score: 5, comment: ' ok \n' },
      { type: 'ces', score: 5, comment: 'ok' },
    ],
    [
      'null score dropped',
      { type: 'feedback', score: null, comment: 'hi' },
      { type: 'feedback', comment: 'hi' },
    ],
    ['NaN score dropped', { type: 'csat', score: Number.NaN }, { type: 'csat' }],
    ['empty data dropped', { type: 'feedback', data: {} }, { type: 'feedback' }],
    [
      'data kept',
      { type: 'feedback', data: { category: 'bug' } },
      { type: 'feedback', data: { category: 'bug' } },
    ],
  ];
  for (const [name, parts, expected] of table) {
    it(name, () => {
      const response = buildResponse(parts);
      expect(response).to.deep.equal(expected);
      // Absent, not undefined: JSON and zod treat a present key as an answer.
      expect(Object.values(response).includes(undefined)).to.equal(false);
    });
  }
});

describe('emit / emitValueChange', () => {
  it('dispatches bubbling, composed tp-* events with the detail', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(host);
    const seen: Event[] = [];
    document.addEventListener('tp-show', (e) => seen.push(e), { once: true });
    emit(inner, 'tp-show', { type: 'nps' });
    host.remove();
    expect(seen).to.have.length(1);
    expect((seen[0] as CustomEvent).detail).to.deep.equal({ type: 'nps' });
    expect(seen[0]!.composed && seen[0]!.bubbles).to.equal(true);
  });

  it('fires input before change, both bubbling and composed', () => {
    const target = document.createElement('div');
    const seen: string[] = [];
    for (const type of ['input', 'change']) {
      target.addEventListener(type, (e) => seen.push(`${e.type}:${e.bubbles}:${e.composed}`));
    }
    emitValueChange(target);
    expect(seen).to.deep.equal(['input:true:true', 'change:true:true']);
  });
});
