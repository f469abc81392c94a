/**
 * Validates survey definitions one by one: a bad one is reported with `path: reason` for each
 * problem and left out; the others still work (SPEC §4: "invalid ones are reported, never
 * half-shown"). zod/mini ships no messages, so the reasons are written here.
 */
import { SurveyDefinitionSchema, type SurveyDefinition } from './definition.js';

/** Where a definition came from: the `surveys` option, `surveysUrl`, or the offline cache. */
export type SurveySource = 'option' | 'url' | 'cache';

/** One problem of a definition: a dotted path inside it (`questions.1.choices`) and why. */
export interface SurveyProblem {
  path: string;
  reason: string;
}

/** A definition that will not be shown, and why (the `survey:invalid` event's payload). */
export interface InvalidSurvey extends SurveyProblem {
  /** Its `id`, when it has a usable one. */
  id?: string;
  source: SurveySource;
  /** Its position in the list it came in. */
  index: number;
  /** Every problem; `path` and `reason` above are the first. */
  problems: SurveyProblem[];
}

export type Validated =
  { ok: true; survey: SurveyDefinition } | { ok: false; problems: SurveyProblem[] };

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  values?: unknown[];
  keys?: string[];
}

/** Validates one definition. */
export function validateSurvey(input: unknown): Validated {
  const parsed = SurveyDefinitionSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, survey: parsed.data };
  // One reason per path: the first is the one to fix (an empty id is not also "bad characters").
  const problems = new Map<string, SurveyProblem>();
  for (const issue of parsed.error.issues as Issue[]) {
    const problem = describeIssue(issue);
    if (!problems.has(problem.path)) problems.set(problem.path, problem);
  }
  return { ok: false, problems: [...problems.values()] };
}

/**
 * Validates a list of definitions. A repeated id is a problem of the later definition (the
 * first one keeps working).
 */
export function validateSurveys(
  inputs: ReadonlyArray<{ input: unknown; source: SurveySource; index: number }>,
): { valid: SurveyDefinition[]; invalid: InvalidSurvey[] } {
  const valid: SurveyDefinition[] = [];
  const invalid: InvalidSurvey[] = [];
  const seen = new Map<string, string>();
  for (const { input, source, index } of inputs) {
    const result = validateSurvey(input);
    const rawId = (input as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' && rawId ? rawId : undefined;
    let problems = result.ok ? [] : result.problems;
    if (result.ok) {
      const first = seen.get(result.survey.id);
      if (first)
        problems = [{ path: 'id', reason: `duplicate survey id, already used by ${first}` }];
      else {
        seen.set(result.survey.id, `${sourceName(source)} #${index}`);
        valid.push(result.survey);
      }
    }
    if (problems.length) {
      const [first] = problems as [SurveyProblem, ...SurveyProblem[]];
      invalid.push({ ...(id ? { id } : {}), source, index, ...first, problems });
    }
  }
  return { valid, invalid };
}

/** A one-line description, e.g. for `console.error`. */
export function describeInvalid(survey: InvalidSurvey): string {
  const name = survey.id ? `"${survey.id}"` : `#${survey.index}`;
  const problems = survey.problems.map((p) => `${p.path || '(definition)'}: ${p.reason}`);
  return `Touchpoint: survey ${name} (${sourceName(survey.source)} #${survey.index}) is invalid and will not be shown: ${problems.join('; ')}`;
}

const sourceName = (source: SurveySource) =>
  source === 'option' ? 'surveys option' : source === 'url' ? 'surveysUrl' : 'cached surveys';

/** A zod issue as `path: reason` in plain words. */
export function describeIssue(issue: Issue): SurveyProblem {
  const path = issue.path.map(String);
  const reason = reasonOf(issue);
  // An unknown key is a problem of that key, not of the object around it.
  if (issue.code === 'unrecognized_keys' && issue.keys?.length === 1) {
    return { path: [...path, issue.keys[0]].join('.'), reason };
  }
  return { path: path.join('.'), reason };
}

function reasonOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (!('input' in issue) || issue.input === undefined) return 'required';
      if (issue.expected === 'int') return 'must be an integer';
      return `must be ${article(issue.expected ?? 'value')}, not ${typeName(issue.input)}`;
    case 'too_small':
      return bound(issue, issue.minimum, 'at least', 'more than');
    case 'too_big':
      return bound(issue, issue.maximum, 'at most', 'less than');
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return issue.keys?.length === 1
        ? 'unknown key'
        : `unknown keys ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return 'must be an ISO date-time, e.g. 2026-11-23T10:00:00Z';
      return issue.message === 'Invalid input' ? `must be a valid ${issue.format}` : issue.message;
    default:
      return issue.message;
  }
}

function bound(
  issue: Issue,
  limit: number | bigint | undefined,
  inclusive: string,
  exclusive: string,
) {
  const n = Number(limit);
  const word = issue.inclusive === false ? exclusive : inclusive;
  if (issue.origin === 'string')
    return n === 1 && word === 'at least' ? 'must not be empty' : `must be ${word} ${n} characters`;
  if (issue.origin === 'array') return `must have ${word} ${n} item${n === 1 ? '' : 's'}`;
  return `must be ${word} ${n}`;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return article(typeof value);
}
