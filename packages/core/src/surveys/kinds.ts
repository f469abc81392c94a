/**
 * The enumerations of a survey definition (SPEC §4), in a module without zod so the runtime
 * check (`check.ts`) and the zod contract (`definition.ts`) share one list of each.
 */
export const QUESTION_KINDS = ['nps', 'csat', 'ces', 'rating', 'single', 'multi', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const SURVEY_TYPES = ['nps', 'csat', 'ces', 'feedback', 'multi'] as const;
export type SurveyType = (typeof SURVEY_TYPES)[number];

export const URL_MATCHES = [
  'exact',
  'contains',
  'startsWith',
  'endsWith',
  'regex',
  'glob',
] as const;
export type UrlMatch = (typeof URL_MATCHES)[number];

export const FILTER_OPS = [
  'eq',
  'neq',
  'in',
  'nin',
  'gt',
  'gte',
  'lt',
  'lte',
  'exists',
  'notExists',
  'contains',
] as const;

/** The trigger keys that each make a kind; `delayMs` alone is the "delay" kind. */
export const TRIGGER_KINDS = [
  'event',
  'pageView',
  'click',
  'scrollPercent',
  'exitIntent',
  'timeOnPageMs',
  'manual',
] as const;

/** The kind keys a trigger sets (present, and not `false`); a valid trigger has at most one. */
export const triggerKeys = (trigger: object): Array<(typeof TRIGGER_KINDS)[number]> =>
  TRIGGER_KINDS.filter((key) => {
    const value = (trigger as Record<string, unknown>)[key];
    return value !== undefined && value !== false;
  });

/** The question kinds that have `choices` (and need them). */
export const CHOICE_KINDS: readonly QuestionKind[] = ['single', 'multi'];
const SCALED: readonly QuestionKind[] = ['csat', 'rating'];
export const RATING: readonly QuestionKind[] = ['nps', 'csat', 'ces', 'rating'];
const TEXT: readonly QuestionKind[] = ['text'];

/**
 * Question keys that only some kinds take, with those kinds, in the order they are checked.
 * (reasons.ts names the rating kinds "rating questions"; the words stay out of the runtime.)
 */
export const ONLY_FOR: ReadonlyArray<[key: string, kinds: readonly QuestionKind[]]> = [
  ['choices', CHOICE_KINDS],
  ['scale', SCALED],
  ['variant', SCALED],
  ['lowLabel', RATING],
  ['highLabel', RATING],
  ['placeholder', TEXT],
  ['maxLength', TEXT],
];

/** Survey types whose answer is one score, and the question kinds that can give it. */
export const SCORE_KINDS: Partial<Record<SurveyType, readonly QuestionKind[]>> = {
  nps: ['nps'],
  csat: ['csat', 'rating'],
  ces: ['ces'],
};

export const VARIANTS = ['stars', 'emoji', 'numbers', 'thumbs'] as const;
export const SHOW = ['once', 'until-answered', 'always'] as const;
export const MODES = ['popover', 'inline'] as const;
export const POSITIONS = [
  'bottom-right',
  'bottom-left',
  'top-right',
  'top-left',
  'center',
  'bottom',
] as const;

/** Whether `selector` is CSS the browser accepts (always true where there is no DOM). */
export function isSelector(selector: string): boolean {
  if (typeof document === 'undefined') return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** The message of the error `source` raises as a regular expression; undefined when it compiles. */
export function regexError(source: string): string | undefined {
  try {
    new RegExp(source);
  } catch (error) {
    return (error as Error).message;
  }
}
