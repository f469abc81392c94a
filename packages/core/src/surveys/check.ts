/**
 * Survey definitions (SPEC §4) checked by hand, for the browser: the same contract as the zod
 * schemas in `definition.ts` (which stay THE documented definition, and the collector's
 * validator) without downloading zod into the survey runtime. `check.conformance.test.ts` runs
 * one table through both: they agree on validity and on the path of the first problem.
 * Reasons keep the wording of the zod-message layer this replaced.
 */
import type { Check, Problem } from '../validate.js';
import {
  all,
  at,
  datetime,
  isObject,
  list,
  optional,
  strict,
  typeName,
  unknownKeys,
} from './combinators.js';
import {
  FILTER_OPS,
  isSelector,
  MODES,
  POSITIONS,
  QUESTION_KINDS,
  RATING_KINDS,
  regexError,
  SCORE_KINDS,
  SHOW,
  SURVEY_TYPES,
  TRIGGER_KINDS,
  URL_MATCHES,
  VARIANTS,
  type QuestionKind,
  type SurveyType,
} from './kinds.js';

/** A string of `min` to `max` characters, matching `pattern` when given. */
const str =
  (min: number, max: number, pattern?: RegExp, patternReason = ''): Check =>
  (v, p) =>
    v === undefined
      ? [p, 'required']
      : typeof v != 'string'
        ? [p, `must be a string, not ${typeName(v)}`]
        : v.length < min
          ? [p, min == 1 ? 'must not be empty' : `must be at least ${min} characters`]
          : v.length > max
            ? [p, `must be at most ${max} characters`]
            : pattern && !pattern.test(v)
              ? [p, patternReason]
              : undefined;

/** A finite number within [min, max]; a safe integer when `int`. */
const num =
  (min = -Infinity, max = Infinity, int = false): Check =>
  (v, p) =>
    v === undefined
      ? [p, 'required']
      : typeof v != 'number'
        ? [p, `must be a number, not ${typeName(v)}`]
        : !Number.isFinite(v)
          ? [p, 'must be a finite number']
          : int && !Number.isSafeInteger(v)
            ? [p, 'must be an integer']
            : v < min
              ? [p, `must be at least ${min}`]
              : v > max
                ? [p, `must be at most ${max}`]
                : undefined;

const bool: Check = (v, p) =>
  typeof v == 'boolean'
    ? undefined
    : [p, v === undefined ? 'required' : `must be a boolean, not ${typeName(v)}`];

const member =
  (values: readonly string[]): Check =>
  (v, p) =>
    values.includes(v as string)
      ? undefined
      : [p, `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`];

/** A cross-field rule, run once the shape is right (as zod runs refinements). */
const rule =
  <T>(check: (value: T, path: string) => Problem | undefined): Check =>
  (v, p) =>
    check(v as T, p);

const id = str(1, 200, /^[\w.:-]+$/, 'letters, digits, _ . : - only');
const label = str(1, 1000);

/** The first repeated `id` among `items`, at `prefix.index.id`. */
function duplicateId(items: ReadonlyArray<{ id: string }>, prefix: string, what: string) {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (seen.has(item.id))
      return [`${prefix}.${i}.id`, `duplicate ${what} id "${item.id}"`] as Problem;
    seen.add(item.id);
  }
}

interface Q {
  id: string;
  kind: QuestionKind;
  choices?: Array<{ id: string }>;
  scale?: number;
  variant?: string;
  [key: string]: unknown;
}

const question = all(
  strict({
    id,
    kind: member(QUESTION_KINDS),
    text: label,
    optional: optional(bool),
    description: optional(str(0, 2000)),
    choices: optional(list(strict({ id, label }), 2, 50)),
    scale: optional(num(2, 10, true)),
    variant: optional(member(VARIANTS)),
    lowLabel: optional(label),
    highLabel: optional(label),
    placeholder: optional(str(0, 200)),
    maxLength: optional(num(1, 5000, true)),
  }),
  rule<Q>((q, p) => {
    const choice = q.kind === 'single' || q.kind === 'multi';
    if (choice && !q.choices)
      return [at(p, 'choices'), `a "${q.kind}" question needs choices (at least 2)`];
    if (!choice && q.choices)
      return [at(p, 'choices'), 'choices are only for "single" and "multi" questions'];
    const dup = q.choices && duplicateId(q.choices, at(p, 'choices'), 'choice');
    if (dup) return dup;
    if (q.scale !== undefined) {
      if (q.kind !== 'csat' && q.kind !== 'rating')
        return [at(p, 'scale'), 'scale is only for "csat" and "rating" questions'];
      if (q.kind === 'csat' && q.scale > 7)
        return [at(p, 'scale'), 'a "csat" scale is 2 to 7 points (CSAT scores are 1–7)'];
    }
    if (q.variant !== undefined && q.kind !== 'csat' && q.kind !== 'rating')
      return [at(p, 'variant'), 'variant is only for "csat" and "rating" questions'];
    if (q.variant === 'thumbs' && q.scale !== undefined && q.scale !== 2)
      return [at(p, 'scale'), 'the "thumbs" variant has 2 points: leave scale out or use 2'];
    for (const key of ['lowLabel', 'highLabel'] as const) {
      if (q[key] !== undefined && !RATING_KINDS.includes(q.kind))
        return [at(p, key), `${key} is only for rating questions (nps, csat, ces, rating)`];
    }
    for (const key of ['placeholder', 'maxLength'] as const) {
      if (q[key] !== undefined && q.kind !== 'text')
        return [at(p, key), `${key} is only for "text" questions`];
    }
  }),
);

const filter = all(
  strict({ key: str(1, 200), op: member(FILTER_OPS), value: () => undefined }),
  rule<{ op: string; value?: unknown }>(({ op, value }, p) => {
    const here = at(p, 'value');
    if (op === 'exists' || op === 'notExists')
      return value !== undefined ? [here, `"${op}" takes no value`] : undefined;
    if (value === undefined) return [here, `"${op}" needs a value`];
    if ((op === 'in' || op === 'nin') && !Array.isArray(value))
      return [here, `"${op}" needs a list of values`];
    if (
      ['gt', 'gte', 'lt', 'lte'].includes(op) &&
      typeof value !== 'number' &&
      typeof value !== 'string'
    )
      return [here, `"${op}" compares with a number or a string`];
  }),
);
const filters = optional(list(filter, 0, 50));

type T = Record<(typeof TRIGGER_KINDS)[number] | 'delayMs' | 'properties', unknown> & {
  pageView?: { url: string; match?: string };
};

const trigger = all(
  strict({
    event: optional(str(1, 200)),
    properties: filters,
    pageView: optional(strict({ url: str(1, 2048), match: optional(member(URL_MATCHES)) })),
    click: optional(str(1, 500)),
    scrollPercent: optional(num(0, 100)),
    exitIntent: optional(bool),
    timeOnPageMs: optional(num(0, 86_400_000, true)),
    manual: optional(bool),
    delayMs: optional(num(0, 3_600_000, true)),
  }),
  rule<T>((t, p) => {
    const kinds = TRIGGER_KINDS.filter((key) => t[key] !== undefined && t[key] !== false);
    if (kinds.length > 1) return [p, `use exactly one trigger kind, found ${kinds.join(' and ')}`];
    if (kinds.length === 0 && t.delayMs === undefined)
      return [p, `needs one trigger kind: ${TRIGGER_KINDS.join(', ')}, or delayMs alone`];
    if (t.properties !== undefined && t.event === undefined)
      return [at(p, 'properties'), 'properties filter "event" triggers only'];
    if (t.manual && t.delayMs !== undefined)
      return [at(p, 'delayMs'), 'a manual survey is shown when tp.show() is called: no delay'];
    const regex = t.pageView?.match === 'regex' ? regexError(t.pageView.url) : undefined;
    if (regex) return [at(p, 'pageView.url'), regex];
    if (typeof t.click == 'string' && !isSelector(t.click))
      return [at(p, 'click'), `not a valid CSS selector: ${JSON.stringify(t.click)}`];
  }),
);

const days = optional(num(0, 3650));
const frequency = all(
  strict({ show: optional(member(SHOW)), everyDays: days, dismissDays: days }),
  rule<{ show?: string; everyDays?: number; dismissDays?: number }>((f, p) => {
    if ((f.show ?? 'once') !== 'once') return;
    for (const key of ['everyDays', 'dismissDays'] as const) {
      if (f[key] !== undefined)
        return [
          at(p, key),
          `a survey shown "once" never comes back: ${key} needs show "until-answered" or "always"`,
        ];
    }
  }),
);

const SURVEY: Record<string, Check> = {
  id,
  type: member(SURVEY_TYPES),
  priority: optional(num(-Infinity, Infinity, true)),
  createdAt: optional(datetime('must be an ISO date-time, e.g. 2026-11-23T10:00:00Z')),
  locale: optional(str(0, 35)),
  title: optional(str(0, 200)),
  thankYou: optional(str(0, 1000)),
  questions: list(question, 1, 50),
  trigger: optional(trigger),
  audience: optional(
    strict({ sample: optional(num(0, 1)), identified: optional(bool), traits: filters }),
  ),
  frequency: optional(frequency),
  display: optional(
    strict({ mode: optional(member(MODES)), position: optional(member(POSITIONS)) }),
  ),
};

const surveyRule = rule<{ type: SurveyType; questions: Q[] }>((s) => {
  const dup = duplicateId(s.questions, 'questions', 'question');
  if (dup) return dup;
  const kinds = SCORE_KINDS[s.type];
  if (kinds && !s.questions.some((q) => kinds.includes(q.kind)))
    return [
      'questions',
      `a "${s.type}" survey needs a question of kind ${kinds.map((k) => `"${k}"`).join(' or ')}`,
    ];
});

/**
 * Every problem of a definition, first to fix first: one per top-level field that is wrong
 * (an empty id and an unknown type are both worth saying), then an unknown key; the rules that
 * compare fields (unique question ids, a score question) only once the shape is right.
 */
export function definitionProblems(v: unknown): Problem[] {
  if (!isObject(v)) return [['', `must be an object, not ${typeName(v)}`]];
  const problems: Problem[] = [];
  for (const key in SURVEY) {
    const problem = SURVEY[key]!(v[key], key);
    if (problem) problems.push(problem);
  }
  const extra = unknownKeys(SURVEY, v, '');
  if (extra) problems.push(extra);
  if (problems.length) return problems;
  const problem = surveyRule(v, '');
  return problem ? [problem] : [];
}

/** A survey definition, as `SurveyDefinitionSchema`: the first problem, or undefined. */
export const checkDefinition: Check = (v) => definitionProblems(v)[0];
