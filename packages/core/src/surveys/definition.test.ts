import { expect } from '@open-wc/testing';
import { triggerKind } from '../targeting/triggers.js';
import { describeInvalid, toInvalidSurvey, validateSurvey } from './reasons.js';
import { validateSurveys, type SurveyProblem } from './validate.js';

const base = {
  id: 'post-checkout',
  type: 'nps',
  questions: [{ id: 'score', kind: 'nps', text: 'How likely are you to recommend us?' }],
  trigger: { event: 'checkout_completed' },
};
const withQ = (question: Record<string, unknown>) => ({
  ...base,
  type: 'multi',
  questions: [{ id: 'q', text: 'Question?', ...question }],
});
const withTrigger = (trigger: unknown) => ({ ...base, trigger });

describe('survey definitions', () => {
  describe('valid', () => {
    const table: Array<[string, unknown]> = [
      [
        'the SPEC §4 example',
        {
          id: 'post-checkout',
          type: 'nps',
          priority: 10,
          questions: [
            { id: 'score', kind: 'nps', text: 'How likely are you to recommend us?' },
            { id: 'why', kind: 'text', text: 'What is the main reason?', optional: true },
          ],
          trigger: { event: 'checkout_completed', delayMs: 1000 },
          audience: { sample: 0.5, traits: [{ key: 'plan', op: 'in', value: ['pro', 'team'] }] },
          frequency: { show: 'until-answered', dismissDays: 14 },
          display: { mode: 'popover', position: 'bottom-right' },
        },
      ],
      ['pageView glob', withTrigger({ pageView: { url: '/pricing*', match: 'glob' } })],
      ['pageView regex', withTrigger({ pageView: { url: '^/blog/\\d+$', match: 'regex' } })],
      ['click', withTrigger({ click: '#buy' })],
      ['scroll', withTrigger({ scrollPercent: 50 })],
      ['exit intent', withTrigger({ exitIntent: true })],
      ['time on page', withTrigger({ timeOnPageMs: 30000 })],
      ['manual', withTrigger({ manual: true })],
      ['delay alone', withTrigger({ delayMs: 5000 })],
      ['no trigger (code or inline only)', { ...base, trigger: undefined }],
      [
        'event with property filters',
        withTrigger({ event: 'x', properties: [{ key: 'value', op: 'gt', value: 30 }] }),
      ],
      ['a false kind next to a real one', withTrigger({ click: '#buy', exitIntent: false })],
      [
        'single choice',
        withQ({
          kind: 'single',
          choices: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
        }),
      ],
      [
        'csat thumbs',
        {
          ...base,
          type: 'csat',
          questions: [{ id: 's', kind: 'csat', text: '?', variant: 'thumbs' }],
        },
      ],
      [
        'csat survey with a rating question',
        { ...base, type: 'csat', questions: [{ id: 's', kind: 'rating', text: '?', scale: 5 }] },
      ],
      [
        'filters: exists without value, eq null',
        {
          ...base,
          audience: {
            traits: [
              { key: 'a', op: 'exists' },
              { key: 'b', op: 'eq', value: null },
            ],
          },
        },
      ],
      ['createdAt with offset', { ...base, createdAt: '2026-11-23T10:00:00+01:00' }],
    ];
    for (const [name, definition] of table) {
      it(name, () => {
        const result = validateSurvey(definition);
        expect(result.ok, JSON.stringify(result)).to.equal(true);
      });
    }
  });

  describe('invalid: path and reason', () => {
    const table: Array<[string, unknown, SurveyProblem]> = [
      ['not an object', 'nps', { path: '', reason: 'must be an object, not a string' }],
      ['no id', { ...base, id: undefined }, { path: 'id', reason: 'required' }],
      [
        'bad id characters',
        { ...base, id: 'a b' },
        { path: 'id', reason: 'letters, digits, _ . : - only' },
      ],
      [
        'unknown type',
        { ...base, type: 'poll' },
        { path: 'type', reason: 'must be one of "nps", "csat", "ces", "feedback", "multi"' },
      ],
      [
        'no questions',
        { ...base, questions: [] },
        { path: 'questions', reason: 'must have at least 1 item' },
      ],
      [
        'typo in a key',
        { ...base, triger: { event: 'x' } },
        { path: 'triger', reason: 'unknown key' },
      ],
      [
        'question text empty',
        withQ({ kind: 'text', text: '' }),
        { path: 'questions.0.text', reason: 'must not be empty' },
      ],
      [
        'single without choices',
        withQ({ kind: 'single' }),
        { path: 'questions.0.choices', reason: 'a "single" question needs choices (at least 2)' },
      ],
      [
        'multi with one choice',
        withQ({ kind: 'multi', choices: [{ id: 'a', label: 'A' }] }),
        { path: 'questions.0.choices', reason: 'must have at least 2 items' },
      ],
      [
        'choices on a text question',
        withQ({
          kind: 'text',
          choices: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
        }),
        {
          path: 'questions.0.choices',
          reason: 'choices are only for "single" and "multi" questions',
        },
      ],
      [
        'duplicate choice ids',
        withQ({
          kind: 'single',
          choices: [
            { id: 'a', label: 'A' },
            { id: 'a', label: 'B' },
          ],
        }),
        { path: 'questions.0.choices.1.id', reason: 'duplicate choice id "a"' },
      ],
      [
        'scale on nps',
        withQ({ kind: 'nps', scale: 5 }),
        { path: 'questions.0.scale', reason: 'scale is only for "csat" and "rating" questions' },
      ],
      [
        'csat scale 10',
        withQ({ kind: 'csat', scale: 10 }),
        {
          path: 'questions.0.scale',
          reason: 'a "csat" scale is 2 to 7 points (CSAT scores are 1–7)',
        },
      ],
      [
        'thumbs with 5 points',
        withQ({ kind: 'csat', variant: 'thumbs', scale: 5 }),
        {
          path: 'questions.0.scale',
          reason: 'the "thumbs" variant has 2 points: leave scale out or use 2',
        },
      ],
      [
        'scale not an integer',
        withQ({ kind: 'rating', scale: 4.5 }),
        { path: 'questions.0.scale', reason: 'must be an integer' },
      ],
      [
        'placeholder on a rating',
        withQ({ kind: 'rating', placeholder: 'x' }),
        { path: 'questions.0.placeholder', reason: 'placeholder is only for "text" questions' },
      ],
      [
        'lowLabel on text',
        withQ({ kind: 'text', lowLabel: 'x' }),
        {
          path: 'questions.0.lowLabel',
          reason: 'lowLabel is only for rating questions (nps, csat, ces, rating)',
        },
      ],
      [
        'duplicate question ids',
        { ...base, questions: [base.questions[0], { id: 'score', kind: 'text', text: 'Why?' }] },
        { path: 'questions.1.id', reason: 'duplicate question id "score"' },
      ],
      [
        'nps survey without an nps question',
        { ...base, questions: [{ id: 't', kind: 'text', text: '?' }] },
        { path: 'questions', reason: 'a "nps" survey needs a question of kind "nps"' },
      ],
      [
        'two trigger kinds',
        withTrigger({ event: 'x', click: '#buy' }),
        { path: 'trigger', reason: 'use exactly one trigger kind, found event and click' },
      ],
      [
        'empty trigger',
        withTrigger({}),
        {
          path: 'trigger',
          reason:
            'needs one trigger kind: event, pageView, click, scrollPercent, exitIntent, timeOnPageMs, manual, or delayMs alone',
        },
      ],
      [
        'exitIntent false only',
        withTrigger({ exitIntent: false }),
        {
          path: 'trigger',
          reason:
            'needs one trigger kind: event, pageView, click, scrollPercent, exitIntent, timeOnPageMs, manual, or delayMs alone',
        },
      ],
      [
        'properties without event',
        withTrigger({ click: '#a', properties: [] }),
        { path: 'trigger.properties', reason: 'properties filter "event" triggers only' },
      ],
      [
        'manual with delay',
        withTrigger({ manual: true, delayMs: 5 }),
        {
          path: 'trigger.delayMs',
          reason: 'a manual survey is shown when tp.show() is called: no delay',
        },
      ],
      [
        'regex that does not compile',
        withTrigger({ pageView: { url: '/blog/(', match: 'regex' } }),
        {
          path: 'trigger.pageView.url',
          reason:
            'not a valid regular expression (Invalid regular expression: //blog/(/: Unterminated group)',
        },
      ],
      [
        'bad CSS selector',
        withTrigger({ click: '#buy[' }),
        { path: 'trigger.click', reason: 'not a valid CSS selector: "#buy["' },
      ],
      [
        'unknown match',
        withTrigger({ pageView: { url: '/x', match: 'fuzzy' } }),
        {
          path: 'trigger.pageView.match',
          reason: 'must be one of "exact", "contains", "startsWith", "endsWith", "regex", "glob"',
        },
      ],
      [
        'scroll over 100',
        withTrigger({ scrollPercent: 120 }),
        { path: 'trigger.scrollPercent', reason: 'must be at most 100' },
      ],
      [
        'delay as a string',
        withTrigger({ event: 'x', delayMs: '1000' }),
        { path: 'trigger.delayMs', reason: 'must be a number, not a string' },
      ],
      [
        'filter "in" without a list',
        { ...base, audience: { traits: [{ key: 'plan', op: 'in', value: 'pro' }] } },
        { path: 'audience.traits.0.value', reason: '"in" needs a list of values' },
      ],
      [
        'filter "eq" without value',
        { ...base, audience: { traits: [{ key: 'plan', op: 'eq' }] } },
        { path: 'audience.traits.0.value', reason: '"eq" needs a value' },
      ],
      [
        'filter "exists" with a value',
        { ...base, audience: { traits: [{ key: 'plan', op: 'exists', value: 1 }] } },
        { path: 'audience.traits.0.value', reason: '"exists" takes no value' },
      ],
      [
        'filter "gt" with an object',
        withTrigger({ event: 'x', properties: [{ key: 'v', op: 'gt', value: {} }] }),
        { path: 'trigger.properties.0.value', reason: '"gt" compares with a number or a string' },
      ],
      [
        'sample over 1',
        { ...base, audience: { sample: 50 } },
        { path: 'audience.sample', reason: 'must be at most 1' },
      ],
      [
        'everyDays with once',
        { ...base, frequency: { everyDays: 7 } },
        {
          path: 'frequency.everyDays',
          reason:
            'a survey shown "once" never comes back: everyDays needs show "until-answered" or "always"',
        },
      ],
      [
        'bad position',
        { ...base, display: { position: 'middle' } },
        {
          path: 'display.position',
          reason:
            'must be one of "bottom-right", "bottom-left", "top-right", "top-left", "center", "bottom"',
        },
      ],
      [
        'createdAt not a date',
        { ...base, createdAt: 'last week' },
        { path: 'createdAt', reason: 'must be an ISO date-time, e.g. 2026-11-23T10:00:00Z' },
      ],
    ];
    for (const [name, definition, expected] of table) {
      it(`${name} → ${expected.path}: ${expected.reason}`, () => {
        const result = validateSurvey(definition);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.problems[0]).to.deep.equal(expected);
      });
    }

    it('lists every problem, not just the first', () => {
      const result = validateSurvey({ ...base, id: '', type: 'poll', questions: 'none' });
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.problems.map((p) => p.path)).to.deep.equal(['id', 'type', 'questions']);
      }
    });
  });

  describe('validateSurveys', () => {
    it('keeps the valid ones, reports the invalid ones with id, source and index', () => {
      const result = validateSurveys([
        { input: base, source: 'option', index: 0 },
        { input: withQ({ kind: 'single' }), source: 'url', index: 0 },
        { input: { ...base, id: 'second' }, source: 'url', index: 1 },
        { input: base, source: 'url', index: 2 },
      ]);
      const { valid } = result;
      const invalid = result.invalid.map(toInvalidSurvey);
      expect(valid.map((s) => s.id)).to.deep.equal(['post-checkout', 'second']);
      expect(invalid).to.deep.equal([
        {
          id: 'post-checkout',
          source: 'url',
          index: 0,
          path: 'questions.0.choices',
          reason: 'a "single" question needs choices (at least 2)',
          problems: [
            {
              path: 'questions.0.choices',
              reason: 'a "single" question needs choices (at least 2)',
            },
          ],
        },
        {
          id: 'post-checkout',
          source: 'url',
          index: 2,
          path: 'id',
          reason: 'duplicate survey id, already used by surveys option #0',
          problems: [
            { path: 'id', reason: 'duplicate survey id, already used by surveys option #0' },
          ],
        },
      ]);
      expect(describeInvalid(invalid[0]!)).to.equal(
        'Touchpoint: survey "post-checkout" (surveysUrl #0) is invalid and will not be shown: questions.0.choices: a "single" question needs choices (at least 2)',
      );
    });
  });

  it("the demo's surveys file (demo/surveys.json) is valid, with one survey per trigger kind", async () => {
    const response = await fetch('/demo/surveys.json');
    const { surveys } = (await response.json()) as { surveys: unknown[] };
    const { valid, invalid } = validateSurveys(
      surveys.map((input, index) => ({ input, source: 'url' as const, index })),
    );
    expect(invalid).to.deep.equal([]);
    const kinds = valid.map((s) => triggerKind(s.trigger)).sort();
    expect(kinds).to.deep.equal([
      'click',
      'delay',
      'event',
      'exitIntent',
      'manual',
      'pageView',
      'pageView',
      'scroll',
      'timeOnPage',
    ]);
  });
});
