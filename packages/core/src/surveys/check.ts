/**
 * Survey definitions (SPEC §4) checked by hand, for the browser: the same contract as the zod
 * schemas in `definition.ts` (which stay THE documented definition, and the collector's
 * validator) without downloading zod into the survey runtime. `check.conformance.test.ts` runs
 * one table through both: they agree on validity and on the path of the first problem. The
 * reasons (codes here) are worded in `reasons.ts`, which `definition.ts` uses too.
 */
import {
  bool,
  datetime,
  first,
  isObject,
  list,
  member,
  num,
  objectIssues,
  optional,
  str,
  strict,
  type Check,
  type Found,
  type Issue,
} from './combinators.js';
import {
  CHOICE_KINDS,
  FILTER_OPS,
  isSelector,
  MODES,
  ONLY_FOR,
  POSITIONS,
  QUESTION_KINDS,
  regexError,
  SCORE_KINDS,
  SHOW,
  SURVEY_TYPES,
  triggerKeys,
  URL_MATCHES,
  VARIANTS,
  type QuestionKind,
  type SurveyType,
} from './kinds.js';

const id = str(1, 200, /^[\w.:-]+$/, 'idChars');
const label = str(1, 1000);

/** The first repeated `id` among `items`, at `prefix.index.id`. */
const duplicateId = (items: ReadonlyArray<{ id: string }>, prefix: string, what: string) =>
  first(
    items,
    (item, i) =>
      items.findIndex((other) => other.id === item.id) < i && [
        `${prefix}.${i}.id`,
        'duplicate',
        what,
        item.id,
      ],
  );

type Q = {
  id: string;
  kind: QuestionKind;
  choices?: Array<{ id: string }>;
  scale?: number;
} & Record<string, unknown>;

const question = strict<Q>(
  {
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
  },
  (q): Found => {
    const { kind, choices, scale } = q;
    if (CHOICE_KINDS.includes(kind) && !choices) return ['choices', 'needsChoices', kind];
    for (const [key, kinds] of ONLY_FOR) {
      if (q[key] !== undefined && !kinds.includes(kind)) return [key, 'onlyFor', key];
    }
    return (
      (choices && duplicateId(choices, 'choices', 'choice')) ||
      (kind === 'csat' && scale! > 7
        ? ['scale', 'csatScale']
        : q['variant'] === 'thumbs' && (scale ?? 2) !== 2 && ['scale', 'thumbsScale'])
    );
  },
);

const filter = strict<{ op: string; value?: unknown }>(
  { key: str(1, 200), op: member(FILTER_OPS), value: () => undefined },
  ({ op, value }) => {
    const code =
      op === 'exists' || op === 'notExists'
        ? value !== undefined && 'noValue'
        : value === undefined
          ? 'needsValue'
          : (op === 'in' || op === 'nin') && !Array.isArray(value)
            ? 'needsList'
            : /^[gl]t/.test(op) &&
              typeof value !== 'number' &&
              typeof value !== 'string' &&
              'compares';
    return code && ['value', code, op];
  },
);
const filters = optional(list(filter, 0, 50));

type T = Record<string, unknown> & { pageView?: { url: string; match?: string } };

const trigger = strict<T>(
  {
    event: optional(str(1, 200)),
    properties: filters,
    pageView: optional(strict({ url: str(1, 2048), match: optional(member(URL_MATCHES)) })),
    click: optional(str(1, 500)),
    scrollPercent: optional(num(0, 100)),
    exitIntent: optional(bool),
    timeOnPageMs: optional(num(0, 86_400_000, true)),
    manual: optional(bool),
    delayMs: optional(num(0, 3_600_000, true)),
  },
  (t): Found => {
    const kinds = triggerKeys(t);
    const regex = t.pageView?.match === 'regex' && regexError(t.pageView.url);
    const click = t['click'] as string | undefined;
    return kinds.length > 1
      ? ['', 'kinds', kinds]
      : !kinds.length && t['delayMs'] === undefined
        ? ['', 'noKind']
        : t['properties'] !== undefined && t['event'] === undefined
          ? ['properties', 'propertiesEvent']
          : t['manual'] && t['delayMs'] !== undefined
            ? ['delayMs', 'manualDelay']
            : regex
              ? ['pageView.url', 'regex', regex]
              : click !== undefined && !isSelector(click) && ['click', 'selector', click];
  },
);

const days = optional(num(0, 3650));
const frequency = strict<Record<string, unknown>>(
  { show: optional(member(SHOW)), everyDays: days, dismissDays: days },
  (f) => {
    const key =
      (f['show'] ?? 'once') === 'once' &&
      ['everyDays', 'dismissDays'].find((k) => f[k] !== undefined);
    return key && [key, 'once', key];
  },
);

const SURVEY: Record<string, Check> = {
  id,
  type: member(SURVEY_TYPES),
  priority: optional(num(-Infinity, Infinity, true)),
  createdAt: optional(datetime),
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

/** The rules across a survey's questions: unique ids, and a question that gives its score. */
const surveyRule = ({ type, questions }: { type: SurveyType; questions: Q[] }) => {
  const kinds = SCORE_KINDS[type];
  return (
    duplicateId(questions, 'questions', 'question') ||
    (!!kinds &&
      !questions.some((q) => kinds.includes(q.kind)) && ['questions', 'scoreQuestion', type, kinds])
  );
};

/**
 * Every issue of a definition, first to fix first: one per top-level field that is wrong
 * (an empty id and an unknown type are both worth saying), then an unknown key; the rules that
 * compare fields (unique question ids, a score question) only once the shape is right.
 */
export const definitionIssues = (v: unknown): Issue[] =>
  isObject(v) ? objectIssues(SURVEY, v, '', surveyRule, true) : [['', 'type', 'object', v]];

/** A survey definition, as `SurveyDefinitionSchema`: the first issue, or undefined. */
export const checkDefinition = (v: unknown): Issue | undefined => definitionIssues(v)[0];
