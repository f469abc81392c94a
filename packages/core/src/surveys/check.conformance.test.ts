// The hand-written definition check (check.ts, in the survey runtime) and the zod contract
// (definition.ts, what the collector validates with) must agree: one table of valid and invalid
// definitions goes through both; validity and the path of the first problem match.
import { expect } from '@open-wc/testing';
import { checkDefinition } from './check.js';
import { SurveyDefinitionSchema } from './definition.js';

const base = {
  id: 'post-checkout',
  type: 'nps',
  questions: [{ id: 'score', kind: 'nps', text: 'How likely are you to recommend us?' }],
  trigger: { event: 'checkout_completed' },
};
const q = (question: Record<string, unknown>) => ({
  ...base,
  type: 'multi',
  questions: [{ id: 'q', text: 'Question?', ...question }],
});
const t = (trigger: unknown) => ({ ...base, trigger });
const two = [
  { id: 'a', label: 'A' },
  { id: 'b', label: 'B' },
];
const traits = (...filters: unknown[]) => ({ ...base, audience: { traits: filters } });
class Thing {
  id = 'x';
}

const cases: Array<[name: string, value: unknown]> = [
  // valid
  ['minimal', base],
  [
    'every field',
    {
      ...base,
      priority: -3,
      createdAt: '2026-11-23T10:00:00+01:00',
      locale: 'en-GB',
      title: 'T',
      thankYou: '',
      questions: [
        {
          ...base.questions[0],
          lowLabel: 'no',
          highLabel: 'yes',
          description: '',
          optional: false,
        },
        { id: 'why', kind: 'text', text: 'Why?', placeholder: '', maxLength: 500, optional: true },
      ],
      trigger: { event: 'x', delayMs: 10, properties: [{ key: 'v', op: 'gte', value: '3' }] },
      audience: { sample: 0, identified: true, traits: [{ key: 'plan', op: 'nin', value: [] }] },
      frequency: { show: 'always', everyDays: 1.5, dismissDays: 0 },
      display: { mode: 'inline', position: 'center' },
    },
  ],
  ['no trigger', { ...base, trigger: undefined }],
  ['single with choices', q({ kind: 'single', choices: two })],
  [
    'multi with 50 choices',
    q({
      kind: 'multi',
      choices: Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, label: 'x' })),
    }),
  ],
  [
    'csat thumbs, scale 2',
    {
      ...base,
      type: 'csat',
      questions: [{ id: 's', kind: 'csat', text: '?', variant: 'thumbs', scale: 2 }],
    },
  ],
  ['rating scale 10', q({ kind: 'rating', scale: 10, variant: 'stars' })],
  ['pageView regex that compiles', t({ pageView: { url: '^/blog/\\d+$', match: 'regex' } })],
  ['a regex-looking url with glob', t({ pageView: { url: '/blog/(', match: 'glob' } })],
  ['delay alone', t({ delayMs: 0 })],
  ['a false kind next to a real one', t({ click: '#buy', exitIntent: false, manual: false })],
  ['scroll 0', t({ scrollPercent: 0 })],
  [
    'exists without value, eq null',
    traits({ key: 'a', op: 'exists' }, { key: 'b', op: 'eq', value: null }),
  ],
  ['a class instance as the definition', Object.assign(new Thing(), base)],
  [
    'feedback survey with only text',
    { ...base, type: 'feedback', questions: [{ id: 't', kind: 'text', text: '?' }] },
  ],
  // not an object
  ['null', null],
  ['a string', 'nps'],
  ['an array', [base]],
  // shape
  ['no id', { ...base, id: undefined }],
  ['empty id', { ...base, id: '' }],
  ['id 201 chars', { ...base, id: 'a'.repeat(201) }],
  ['bad id characters', { ...base, id: 'a b' }],
  ['id a number', { ...base, id: 7 }],
  ['unknown type', { ...base, type: 'poll' }],
  ['no type', { ...base, type: undefined }],
  ['priority 1.5', { ...base, priority: 1.5 }],
  ['priority NaN', { ...base, priority: NaN }],
  ['createdAt not a date', { ...base, createdAt: 'last week' }],
  ['createdAt 30 February', { ...base, createdAt: '2026-02-30T10:00:00Z' }],
  ['locale too long', { ...base, locale: 'l'.repeat(36) }],
  ['title a number', { ...base, title: 1 }],
  ['no questions key', { ...base, questions: undefined }],
  ['questions empty', { ...base, questions: [] }],
  ['questions an object', { ...base, questions: {} }],
  [
    '51 questions',
    {
      ...base,
      questions: Array.from({ length: 51 }, (_, i) => ({ id: `q${i}`, kind: 'nps', text: '?' })),
    },
  ],
  ['a question null', { ...base, questions: [base.questions[0], null] }],
  ['typo in a key', { ...base, triger: { event: 'x' } }],
  ['two unknown keys', { ...base, a: 1, b: 2 }],
  ['unknown key and a bad field', { ...base, a: 1, type: 'poll' }],
  ['unknown key in a question', q({ kind: 'text', txt: 'x' })],
  [
    'unknown key in a choice',
    q({ kind: 'single', choices: [{ id: 'a', label: 'A', x: 1 }, two[1]] }),
  ],
  ['question text empty', q({ kind: 'text', text: '' })],
  ['question kind unknown', q({ kind: 'slider' })],
  ['description too long', q({ kind: 'text', description: 'd'.repeat(2001) })],
  ['optional a string', q({ kind: 'text', optional: 'yes' })],
  ['choice label empty', q({ kind: 'single', choices: [{ id: 'a', label: '' }, two[1]] })],
  ['one choice', q({ kind: 'multi', choices: [two[0]] })],
  ['one bad choice', q({ kind: 'multi', choices: [{ id: 'a' }] })],
  [
    '51 choices',
    q({
      kind: 'multi',
      choices: Array.from({ length: 51 }, (_, i) => ({ id: `c${i}`, label: 'x' })),
    }),
  ],
  ['scale 1', q({ kind: 'rating', scale: 1 })],
  ['scale 4.5', q({ kind: 'rating', scale: 4.5 })],
  ['scale a string', q({ kind: 'rating', scale: '5' })],
  ['unknown variant', q({ kind: 'rating', variant: 'hearts' })],
  ['maxLength 0', q({ kind: 'text', maxLength: 0 })],
  ['placeholder too long', q({ kind: 'text', placeholder: 'p'.repeat(201) })],
  // question rules
  ['single without choices', q({ kind: 'single' })],
  ['multi without choices', q({ kind: 'multi' })],
  ['choices on a text question', q({ kind: 'text', choices: two })],
  ['duplicate choice ids', q({ kind: 'single', choices: [two[0], { id: 'a', label: 'B' }] })],
  ['scale on nps', q({ kind: 'nps', scale: 5 })],
  ['csat scale 10', q({ kind: 'csat', scale: 10 })],
  ['variant on text', q({ kind: 'text', variant: 'stars' })],
  ['thumbs with 5 points', q({ kind: 'csat', variant: 'thumbs', scale: 5 })],
  ['lowLabel on text', q({ kind: 'text', lowLabel: 'x' })],
  ['highLabel on single', q({ kind: 'single', choices: two, highLabel: 'x' })],
  ['placeholder on rating', q({ kind: 'rating', placeholder: 'x' })],
  ['maxLength on nps', q({ kind: 'nps', maxLength: 5 })],
  [
    'a rule problem in question 0 before a shape problem in question 1',
    {
      ...base,
      type: 'multi',
      questions: [
        { id: 'a', kind: 'single', text: '?' },
        { id: 'b', kind: 'x', text: '?' },
      ],
    },
  ],
  // survey rules
  [
    'duplicate question ids',
    { ...base, questions: [base.questions[0], { id: 'score', kind: 'text', text: 'Why?' }] },
  ],
  [
    'nps survey without an nps question',
    { ...base, questions: [{ id: 't', kind: 'text', text: '?' }] },
  ],
  ['csat survey with an nps question', { ...base, type: 'csat' }],
  ['ces survey without ces', { ...base, type: 'ces' }],
  // trigger shape
  ['trigger a string', t('checkout')],
  ['trigger null', t(null)],
  ['unknown key in trigger', t({ event: 'x', evnt: 'y' })],
  ['event empty', t({ event: '' })],
  ['pageView without url', t({ pageView: { match: 'exact' } })],
  ['unknown match', t({ pageView: { url: '/x', match: 'fuzzy' } })],
  ['scroll over 100', t({ scrollPercent: 120 })],
  ['timeOnPage 1.5', t({ timeOnPageMs: 1.5 })],
  ['exitIntent a string', t({ exitIntent: 'yes' })],
  ['delay as a string', t({ event: 'x', delayMs: '1000' })],
  ['delay over an hour', t({ event: 'x', delayMs: 3_600_001 })],
  ['properties not a list', t({ event: 'x', properties: {} })],
  [
    'filter with an unknown op',
    t({ event: 'x', properties: [{ key: 'k', op: 'like', value: 1 }] }),
  ],
  ['filter key empty', traits({ key: '', op: 'exists' })],
  // trigger rules
  ['two trigger kinds', t({ event: 'x', click: '#buy' })],
  ['three trigger kinds', t({ manual: true, exitIntent: true, scrollPercent: 5 })],
  ['empty trigger', t({})],
  ['exitIntent false only', t({ exitIntent: false })],
  ['properties without event', t({ click: '#a', properties: [] })],
  ['manual with delay', t({ manual: true, delayMs: 5 })],
  ['regex that does not compile', t({ pageView: { url: '/blog/(', match: 'regex' } })],
  ['bad CSS selector', t({ click: '#buy[' })],
  // filter rules
  ['"in" without a list', traits({ key: 'plan', op: 'in', value: 'pro' })],
  ['"eq" without value', traits({ key: 'plan', op: 'eq' })],
  ['"exists" with a value', traits({ key: 'plan', op: 'exists', value: 1 })],
  ['"gt" with an object', t({ event: 'x', properties: [{ key: 'v', op: 'gt', value: {} }] })],
  ['second filter bad', traits({ key: 'a', op: 'exists' }, { key: 'b', op: 'lt', value: true })],
  // audience, frequency, display
  ['sample over 1', { ...base, audience: { sample: 50 } }],
  ['identified a string', { ...base, audience: { identified: 'yes' } }],
  ['unknown key in audience', { ...base, audience: { smaple: 0.5 } }],
  ['everyDays with once', { ...base, frequency: { everyDays: 7 } }],
  ['dismissDays with show once', { ...base, frequency: { show: 'once', dismissDays: 7 } }],
  ['unknown show', { ...base, frequency: { show: 'never' } }],
  ['everyDays over 10 years', { ...base, frequency: { show: 'always', everyDays: 3651 } }],
  ['bad position', { ...base, display: { position: 'middle' } }],
  ['bad mode', { ...base, display: { mode: 'modal' } }],
  ['display an array', { ...base, display: [] }],
];

describe('check.ts agrees with definition.ts (SurveyDefinitionSchema)', () => {
  for (const [name, value] of cases) {
    it(name, () => {
      const parsed = SurveyDefinitionSchema.safeParse(value);
      const zodIssue = parsed.error?.issues[0];
      // zod reports one unknown key at the object; ours names the key (the typo to fix).
      const keys = (zodIssue as { keys?: string[] } | undefined)?.keys;
      const zodPath =
        zodIssue && [...zodIssue.path, ...(keys?.length === 1 ? keys : [])].map(String).join('.');
      const problem = checkDefinition(value);
      expect(
        { valid: !problem, path: problem?.[0] },
        `zod: ${JSON.stringify(zodIssue ?? 'valid')}; ours: ${JSON.stringify(problem ?? 'valid')}`,
      ).to.deep.equal({ valid: parsed.success, path: zodPath });
    });
  }
});
