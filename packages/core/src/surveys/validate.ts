/**
 * Validates survey definitions one by one: a bad one is reported with `path: reason` for each
 * problem and left out; the others still work (SPEC §4: "invalid ones are reported, never
 * half-shown"). The check is `check.ts` (hand-written, so the survey runtime downloads no zod);
 * `definition.ts` stays the zod contract the types come from. The words of each problem are in
 * `reasons.ts`, loaded only when there is one.
 */
import { definitionIssues } from './check.js';
import type { Issue } from './combinators.js';
import type { SurveyDefinition } from './definition.js';

/** Where a definition came from: the `surveys` option, `surveysUrl`, or the offline cache. */
export type SurveySource = 'option' | 'url' | 'cache';

/** One problem of a definition: a dotted path inside it (`questions.1.choices`) and why. */
export interface SurveyProblem {
  path: string;
  reason: string;
}

/** Where an invalid definition is: its `id` (when it has a usable one), source and index. */
interface Place {
  id?: string;
  source: SurveySource;
  /** Its position in the list it came in. */
  index: number;
}

/** A definition that will not be shown, and why (the `survey:invalid` event's payload). */
export interface InvalidSurvey extends Place, SurveyProblem {
  /** Every problem; `path` and `reason` above are the first. */
  problems: SurveyProblem[];
}

/** A definition that will not be shown, with its issues not yet put in words (`reasons.ts`). */
export interface InvalidInput extends Place {
  issues: Issue[];
}

/**
 * Validates a list of definitions. A repeated id is a problem of the later definition (the
 * first one keeps working).
 */
export function validateSurveys(
  inputs: ReadonlyArray<{ input: unknown; source: SurveySource; index: number }>,
): { valid: SurveyDefinition[]; invalid: InvalidInput[] } {
  const valid: SurveyDefinition[] = [];
  const invalid: InvalidInput[] = [];
  const seen = new Map<unknown, Place>();
  for (const place of inputs) {
    const { input, source, index } = place;
    const id = (input as { id?: unknown } | null)?.id;
    let issues = definitionIssues(input);
    const first = !issues.length && seen.get(id);
    if (first) issues = [['id', 'duplicateSurvey', first.source, first.index]];
    if (issues.length) {
      invalid.push({ ...(typeof id == 'string' && id ? { id } : {}), source, index, issues });
    } else {
      seen.set(id, place);
      valid.push(input as SurveyDefinition);
    }
  }
  return { valid, invalid };
}
