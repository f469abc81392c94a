/**
 * Validates survey definitions one by one: a bad one is reported with `path: reason` for each
 * problem and left out; the others still work (SPEC §4: "invalid ones are reported, never
 * half-shown"). The check is `check.ts` (hand-written, so the survey runtime downloads no zod);
 * `definition.ts` stays the zod contract the types come from.
 */
import { definitionProblems } from './check.js';
import type { SurveyDefinition } from './definition.js';

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

/** Validates one definition. */
export function validateSurvey(input: unknown): Validated {
  const problems = definitionProblems(input);
  // Shape and rules are checked, so the input is a definition; it is used as given (a copy
  // would lose nothing but time: zod's strict objects also pass the same keys through).
  if (!problems.length) return { ok: true, survey: input as SurveyDefinition };
  return { ok: false, problems: problems.map(([path, reason]) => ({ path, reason })) };
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
