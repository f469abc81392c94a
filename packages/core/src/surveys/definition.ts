/**
 * Survey definitions (SPEC §4) as zod schemas: what `GET /v1/surveys` serves and the `surveys`
 * option takes. Types are inferred from these. The SDK imports this module lazily (only when
 * surveys are configured), so pages without surveys never download the validator.
 */
import * as z from 'zod/mini';

export const QUESTION_KINDS = ['nps', 'csat', 'ces', 'rating', 'single', 'multi', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const SURVEY_TYPES = ['nps', 'csat', 'ces', 'feedback', 'multi'] as const;
export type SurveyType = (typeof SURVEY_TYPES)[number];

const id = z
  .string()
  .check(z.minLength(1), z.maxLength(200), z.regex(/^[\w.:-]+$/, 'letters, digits, _ . : - only'));
const text = z.string().check(z.minLength(1), z.maxLength(1000));

/** One question of a survey. `choices` for single/multi; `scale` for csat/rating (csat: 2, 3, 5, 7). */
export const QuestionSchema = z.object({
  id,
  kind: z.enum(QUESTION_KINDS),
  text,
  optional: z.optional(z.boolean()),
  description: z.optional(z.string().check(z.maxLength(2000))),
  choices: z.optional(
    z.array(z.object({ id, label: text })).check(z.minLength(2), z.maxLength(50)),
  ),
  scale: z.optional(z.number().check(z.int(), z.gte(2), z.lte(10))),
  variant: z.optional(z.enum(['stars', 'emoji', 'numbers', 'thumbs'])),
  lowLabel: z.optional(text),
  highLabel: z.optional(text),
  placeholder: z.optional(z.string().check(z.maxLength(200))),
  maxLength: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5000))),
});
export type Question = z.infer<typeof QuestionSchema>;

export const URL_MATCHES = [
  'exact',
  'contains',
  'startsWith',
  'endsWith',
  'regex',
  'glob',
] as const;

/** A property filter on a tracked event or a user trait. */
export const FilterSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  op: z.enum([
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
  ]),
  value: z.optional(z.unknown()),
});
export type Filter = z.infer<typeof FilterSchema>;

/**
 * When a survey is shown. Exactly one of the trigger keys is expected; `delayMs` delays any of
 * them. `manual` means only `tp.show(id)`.
 */
export const TriggerSchema = z.object({
  event: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  properties: z.optional(z.array(FilterSchema)),
  pageView: z.optional(
    z.object({
      url: z.string().check(z.minLength(1), z.maxLength(2048)),
      match: z.optional(z.enum(URL_MATCHES)),
    }),
  ),
  click: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  scrollPercent: z.optional(z.number().check(z.gte(0), z.lte(100))),
  exitIntent: z.optional(z.boolean()),
  timeOnPageMs: z.optional(z.number().check(z.int(), z.gte(0))),
  manual: z.optional(z.boolean()),
  delayMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(3_600_000))),
});
export type Trigger = z.infer<typeof TriggerSchema>;

export const AudienceSchema = z.object({
  /** Fraction of users (0–1) who may see it; stable per user. */
  sample: z.optional(z.number().check(z.gte(0), z.lte(1))),
  identified: z.optional(z.boolean()),
  traits: z.optional(z.array(FilterSchema)),
});
export type Audience = z.infer<typeof AudienceSchema>;

export const FrequencySchema = z.object({
  show: z.optional(z.enum(['once', 'until-answered', 'always'])),
  /** Show again at most every N days (with `always`). */
  everyDays: z.optional(z.number().check(z.gte(0))),
  /** A dismissal counts as seen for N days. */
  dismissDays: z.optional(z.number().check(z.gte(0))),
});
export type Frequency = z.infer<typeof FrequencySchema>;

export const DisplaySchema = z.object({
  mode: z.optional(z.enum(['popover', 'inline'])),
  position: z.optional(
    z.enum(['bottom-right', 'bottom-left', 'top-right', 'top-left', 'center', 'bottom']),
  ),
});
export type Display = z.infer<typeof DisplaySchema>;

export const SurveyDefinitionSchema = z.object({
  id,
  type: z.enum(SURVEY_TYPES),
  priority: z.optional(z.number().check(z.int())),
  createdAt: z.optional(z.iso.datetime({ offset: true })),
  locale: z.optional(z.string().check(z.maxLength(35))),
  title: z.optional(z.string().check(z.maxLength(200))),
  thankYou: z.optional(z.string().check(z.maxLength(1000))),
  questions: z.array(QuestionSchema).check(z.minLength(1), z.maxLength(50)),
  trigger: z.optional(TriggerSchema),
  audience: z.optional(AudienceSchema),
  frequency: z.optional(FrequencySchema),
  display: z.optional(DisplaySchema),
});
export type SurveyDefinition = z.infer<typeof SurveyDefinitionSchema>;

/** What `GET /v1/surveys` answers. */
export const SurveysResponseSchema = z.object({ surveys: z.array(z.unknown()) });
