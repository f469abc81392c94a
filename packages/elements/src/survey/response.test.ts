import { expect } from '@open-wc/testing';
import type { Question, SurveyDefinition } from '@touchpoint/core/survey';
import type { ResponseDetail } from '../internal/events.js';
import type { Answers } from './question.js';
import { responseType, surveyResponse } from './response.js';

const CHOICES = [
  { id: 'a', label: 'A' },
  { id: 'b', label: 'B' },
];
const NPS: Question = { id: 'nps', kind: 'nps', text: 'Recommend?' };
const CSAT: Question = { id: 'sat', kind: 'csat', text: 'Satisfied?' };
const CES: Question = { id: 'ease', kind: 'ces', text: 'Easy?' };
const RATING10: Question = { id: 'stars', kind: 'rating', text: 'Rate', scale: 10 };
const SINGLE: Question = { id: 'pick', kind: 'single', text: 'Pick one', choices: CHOICES };
const MULTI: Question = { id: 'many', kind: 'multi', text: 'Pick any', choices: CHOICES };
const WHY: Question = { id: 'why', kind: 'text', text: 'Why?', optional: true };
const MORE: Question = { id: 'more', kind: 'text', text: 'More?', optional: true };

const survey = (type: SurveyDefinition['type'], ...questions: Question[]): SurveyDefinition => ({
  id: 's',
  type,
  questions,
});

describe('responseType (pure)', () => {
  const table: Array<[string, SurveyDefinition, string]> = [
    ['nps', survey('nps', NPS), 'nps'],
    ['csat even with an nps question', survey('csat', NPS), 'csat'],
    ['feedback', survey('feedback', WHY), 'feedback'],
    ['multi → first rating question: ces', survey('multi', SINGLE, CES, NPS), 'ces'],
    ['multi → csat', survey('multi', WHY, CSAT), 'csat'],
    ['multi → rating 1–10 does not fit csat: feedback', survey('multi', RATING10, NPS), 'feedback'],
    ['multi without rating → feedback', survey('multi', SINGLE, WHY), 'feedback'],
  ];
  for (const [name, definition, type] of table) {
    it(`${name}`, () => expect(responseType(definition)).to.equal(type));
  }
});

describe('surveyResponse (pure): the one tp-submit detail', () => {
  // [name, definition, answers, surveyId, detail]
  const table: Array<[string, SurveyDefinition, Answers, string | undefined, ResponseDetail]> = [
    [
      'one-question NPS survey: exactly like tp-nps, no data',
      survey('nps', NPS),
      { nps: 9 },
      'q4',
      { type: 'nps', surveyId: 'q4', score: 9 },
    ],
    [
      'NPS + comment: score, comment and every answer in data',
      survey('nps', NPS, WHY),
      { nps: 3, why: '  too slow ' },
      'q4',
      {
        type: 'nps',
        surveyId: 'q4',
        score: 3,
        comment: 'too slow',
        data: { answers: { nps: 3, why: 'too slow' } },
      },
    ],
    [
      'skipped comment: no comment, data has the score only',
      survey('nps', NPS, WHY),
      { nps: 0, why: '   ' },
      undefined,
      { type: 'nps', score: 0, data: { answers: { nps: 0 } } },
    ],
    [
      'multi: type and score from the first rating question, comment from the first text',
      survey('multi', SINGLE, CES, NPS, MULTI, WHY, MORE),
      { pick: 'b', ease: 6, nps: 10, many: ['a', 'b'], more: 'second text' },
      's',
      {
        type: 'ces',
        surveyId: 's',
        score: 6,
        comment: 'second text',
        data: { answers: { pick: 'b', ease: 6, nps: 10, many: ['a', 'b'], more: 'second text' } },
      },
    ],
    [
      'nps survey whose first rating is csat: score from the nps question',
      survey('nps', CSAT, NPS),
      { sat: 4, nps: 8 },
      's',
      { type: 'nps', surveyId: 's', score: 8, data: { answers: { sat: 4, nps: 8 } } },
    ],
    [
      'score question skipped: no score, other answers kept',
      survey('nps', { ...NPS, optional: true }, CSAT),
      { sat: 2 },
      's',
      { type: 'nps', surveyId: 's', data: { answers: { sat: 2 } } },
    ],
    [
      'csat survey with a single nps question: no csat score, the answer is in data',
      survey('csat', NPS),
      { nps: 9 },
      's',
      { type: 'csat', surveyId: 's', data: { answers: { nps: 9 } } },
    ],
    [
      'feedback: score from any rating question',
      survey('feedback', RATING10, WHY),
      { stars: 9, why: 'ok' },
      's',
      {
        type: 'feedback',
        surveyId: 's',
        score: 9,
        comment: 'ok',
        data: { answers: { stars: 9, why: 'ok' } },
      },
    ],
    [
      'invalid answers are dropped, never reported',
      survey('multi', NPS, SINGLE, MULTI),
      { nps: 12, pick: 'zz', many: [], stray: 'x' },
      's',
      { type: 'nps', surveyId: 's' },
    ],
    [
      'nothing answered: type and survey id only',
      survey('multi', SINGLE, WHY),
      {},
      's',
      { type: 'feedback', surveyId: 's' },
    ],
  ];
  for (const [name, definition, answers, surveyId, detail] of table) {
    it(name, () => expect(surveyResponse(definition, answers, surveyId)).to.deep.equal(detail));
  }
});
