/**
 * The words for definition problems: what `survey:invalid` and the console say (`path: reason`).
 * The checks (check.ts, combinators.ts) only name a reason code and its details; the runtime
 * imports this module when a definition is invalid, so valid definitions never download the
 * sentences. `definition.ts` (zod) words its rules with the same functions.
 */
import { definitionIssues } from './check.js';
import type { Issue } from './combinators.js';
import type { SurveyDefinition } from './definition.js';
import { ONLY_FOR, RATING, TRIGGER_KINDS } from './kinds.js';
import type { InvalidInput, InvalidSurvey, SurveyProblem, SurveySource } from './validate.js';

const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** `a string`, `an array`, `null`: what a value is, for "must be X, not Y" reasons. */
const typeName = (v: unknown): string =>
  v === null ? 'null' : article(Array.isArray(v) ? 'array' : typeof v);

const quoted = (values: readonly string[], and = ', ') => values.map((v) => `"${v}"`).join(and);

const sourceName = (source: SurveySource) =>
  source === 'option' ? 'surveys option' : source === 'url' ? 'surveysUrl' : 'cached surveys';

const REASONS = {
  required: () => 'required',
  type: (what: string, v: unknown) => `must be ${article(what)}, not ${typeName(v)}`,
  empty: () => 'must not be empty',
  maxChars: (max: number) => `must be at most ${max} characters`,
  finite: () => 'must be a finite number',
  int: () => 'must be an integer',
  min: (min: number) => `must be at least ${min}`,
  max: (max: number) => `must be at most ${max}`,
  oneOf: (values: string[]) => `must be one of ${quoted(values)}`,
  minItems: (min: number) => `must have at least ${min} item${min == 1 ? '' : 's'}`,
  maxItems: (max: number) => `must have at most ${max} items`,
  unknownKey: () => 'unknown key',
  unknownKeys: (keys: string[]) => `unknown keys ${quoted(keys)}`,
  datetime: () => 'must be an ISO date-time, e.g. 2026-11-23T10:00:00Z',
  idChars: () => 'letters, digits, _ . : - only',
  duplicate: (what: string, id: string) => `duplicate ${what} id "${id}"`,
  duplicateSurvey: (source: SurveySource, index: number) =>
    `duplicate survey id, already used by ${sourceName(source)} #${index}`,
  needsChoices: (kind: string) => `a "${kind}" question needs choices (at least 2)`,
  onlyFor: (key: string) => {
    const [, kinds] = ONLY_FOR.find(([k]) => k === key)!;
    const who =
      kinds === RATING
        ? `rating questions (${kinds.join(', ')})`
        : `${quoted(kinds, ' and ')} questions`;
    return `${key} ${key == 'choices' ? 'are' : 'is'} only for ${who}`;
  },
  csatScale: () => 'a "csat" scale is 2 to 7 points (CSAT scores are 1–7)',
  thumbsScale: () => 'the "thumbs" variant has 2 points: leave scale out or use 2',
  noValue: (op: string) => `"${op}" takes no value`,
  needsValue: (op: string) => `"${op}" needs a value`,
  needsList: (op: string) => `"${op}" needs a list of values`,
  compares: (op: string) => `"${op}" compares with a number or a string`,
  kinds: (kinds: string[]) => `use exactly one trigger kind, found ${kinds.join(' and ')}`,
  noKind: () => `needs one trigger kind: ${TRIGGER_KINDS.join(', ')}, or delayMs alone`,
  propertiesEvent: () => 'properties filter "event" triggers only',
  manualDelay: () => 'a manual survey is shown when tp.show() is called: no delay',
  regex: (message: string) => `not a valid regular expression (${message})`,
  selector: (selector: string) => `not a valid CSS selector: ${JSON.stringify(selector)}`,
  once: (key: string) =>
    `a survey shown "once" never comes back: ${key} needs show "until-answered" or "always"`,
  scoreQuestion: (type: string, kinds: string[]) =>
    `a "${type}" survey needs a question of kind ${quoted(kinds, ' or ')}`,
};

/** A reason code; see {@link REASONS}. */
export type Code = keyof typeof REASONS;

/** The words for a reason code and its details. */
export const reason = (code: Code, ...details: unknown[]): string =>
  (REASONS[code] as (...details: unknown[]) => string)(...details);

/** An issue as `{ path, reason }`. */
export const problemOf = ([path, code, ...details]: Issue): SurveyProblem => ({
  path,
  reason: reason(code, ...details),
});

/** An invalid definition as the `survey:invalid` event tells it: every problem, first first. */
export function toInvalidSurvey({ issues, ...rest }: InvalidInput): InvalidSurvey {
  const problems = issues.map(problemOf);
  return { ...rest, ...problems[0]!, problems };
}

/** A one-line description, e.g. for `console.error`. */
export function describeInvalid(survey: InvalidSurvey): string {
  const name = survey.id ? `"${survey.id}"` : `#${survey.index}`;
  const problems = survey.problems.map((p) => `${p.path || '(definition)'}: ${p.reason}`);
  return `Touchpoint: survey ${name} (${sourceName(survey.source)} #${survey.index}) is invalid and will not be shown: ${problems.join('; ')}`;
}

export type Validated =
  { ok: true; survey: SurveyDefinition } | { ok: false; problems: SurveyProblem[] };

/** Validates one definition, with the words for each problem (for tools and tests). */
export function validateSurvey(input: unknown): Validated {
  const issues = definitionIssues(input);
  return issues.length
    ? { ok: false, problems: issues.map(problemOf) }
    : { ok: true, survey: input as SurveyDefinition };
}
