/**
 * Survey definitions (SPEC §4) as zod schemas: what `GET /v1/surveys` serves and the `surveys`
 * option takes. Types are inferred from these. The SDK imports this module lazily (only when
 * surveys are configured), so pages without surveys never download the validator.
 *
 * Beyond shapes, the schemas check what would otherwise fail later, on a customer's screen: a
 * choice question without choices, two questions with one id, two trigger kinds at once, a regex
 * that does not compile, a CSS selector the browser rejects, options that mean nothing for their
 * question kind. Objects are strict: an unknown key (a typo like `"triger"`) is an error, never
 * silently ignored. `check.ts` is the same contract hand-written for the browser (no zod download);
 * `check.conformance.test.ts` keeps the two in agreement.
 */
import * as z from 'zod/mini';
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
} from './kinds.js';
import { reason } from './reasons.js';

export { FILTER_OPS, QUESTION_KINDS, SURVEY_TYPES, URL_MATCHES };
export type { QuestionKind, SurveyType, UrlMatch } from './kinds.js';

const id = z
  .string()
  .check(z.minLength(1), z.maxLength(200), z.regex(/^[\w.:-]+$/, 'letters, digits, _ . : - only'));
const text = z.string().check(z.minLength(1), z.maxLength(1000));

type Issues = {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[]; input: unknown }): void;
};
const report = (ctx: Issues, input: unknown, path: PropertyKey[], message: string) =>
  ctx.addIssue({ code: 'custom', message, path, input });

/** Reports the first repeated `id` among `items`, at `[...prefix, index, 'id']`. */
function uniqueIds(
  ctx: Issues,
  items: ReadonlyArray<{ id: string }>,
  prefix: PropertyKey[],
  what: string,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      report(ctx, item, [...prefix, index, 'id'], reason('duplicate', what, item.id));
    seen.add(item.id);
  });
}

/** One question of a survey. `choices` for single/multi; `scale` for csat (2–7) and rating (2–10). */
export const QuestionSchema = z
  .strictObject({
    id,
    kind: z.enum(QUESTION_KINDS),
    text,
    optional: z.optional(z.boolean()),
    description: z.optional(z.string().check(z.maxLength(2000))),
    choices: z.optional(
      z.array(z.strictObject({ id, label: text })).check(z.minLength(2), z.maxLength(50)),
    ),
    scale: z.optional(z.number().check(z.int(), z.gte(2), z.lte(10))),
    variant: z.optional(z.enum(VARIANTS)),
    lowLabel: z.optional(text),
    highLabel: z.optional(text),
    placeholder: z.optional(z.string().check(z.maxLength(200))),
    maxLength: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5000))),
  })
  .check(
    z.superRefine((q, ctx) => {
      if (CHOICE_KINDS.includes(q.kind) && !q.choices) {
        report(ctx, q, ['choices'], reason('needsChoices', q.kind));
      }
      for (const [key, kinds] of ONLY_FOR) {
        if (q[key as keyof typeof q] !== undefined && !kinds.includes(q.kind)) {
          report(ctx, q, [key], reason('onlyFor', key));
        }
      }
      if (q.choices) uniqueIds(ctx, q.choices, ['choices'], 'choice');
      if (q.kind === 'csat' && q.scale !== undefined && q.scale > 7) {
        report(ctx, q, ['scale'], reason('csatScale'));
      }
      if (q.variant === 'thumbs' && q.scale !== undefined && q.scale !== 2) {
        report(ctx, q, ['scale'], reason('thumbsScale'));
      }
    }),
  );
export type Question = z.infer<typeof QuestionSchema>;

/** A property filter on a tracked event or a user trait; see `targeting/filters.ts`. */
export const FilterSchema = z
  .strictObject({
    key: z.string().check(z.minLength(1), z.maxLength(200)),
    op: z.enum(FILTER_OPS),
    value: z.optional(z.unknown()),
  })
  .check(
    z.superRefine((f, ctx) => {
      const value = f.value;
      if (f.op === 'exists' || f.op === 'notExists') {
        if (value !== undefined) report(ctx, f, ['value'], reason('noValue', f.op));
      } else if (value === undefined) {
        report(ctx, f, ['value'], reason('needsValue', f.op));
      } else if ((f.op === 'in' || f.op === 'nin') && !Array.isArray(value)) {
        report(ctx, f, ['value'], reason('needsList', f.op));
      } else if (
        ['gt', 'gte', 'lt', 'lte'].includes(f.op) &&
        typeof value !== 'number' &&
        typeof value !== 'string'
      ) {
        report(ctx, f, ['value'], reason('compares', f.op));
      }
    }),
  );
export type Filter = z.infer<typeof FilterSchema>;

/**
 * When a survey is shown: exactly one kind (`event`, `pageView`, `click`, `scrollPercent`,
 * `exitIntent`, `timeOnPageMs`, `manual`), or `delayMs` alone; with a kind, `delayMs` postpones
 * it. A definition without `trigger` is shown only from code (`tp.show(id)`) or inline.
 */
export const TriggerSchema = z
  .strictObject({
    event: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    properties: z.optional(z.array(FilterSchema).check(z.maxLength(50))),
    pageView: z.optional(
      z.strictObject({
        url: z.string().check(z.minLength(1), z.maxLength(2048)),
        match: z.optional(z.enum(URL_MATCHES)),
      }),
    ),
    click: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    scrollPercent: z.optional(z.number().check(z.gte(0), z.lte(100))),
    exitIntent: z.optional(z.boolean()),
    timeOnPageMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(86_400_000))),
    manual: z.optional(z.boolean()),
    delayMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(3_600_000))),
  })
  .check(
    z.superRefine((t, ctx) => {
      const kinds = triggerKeys(t);
      if (kinds.length > 1) {
        report(ctx, t, [], reason('kinds', kinds));
      } else if (kinds.length === 0 && t.delayMs === undefined) {
        report(ctx, t, [], reason('noKind'));
      }
      if (t.properties !== undefined && t.event === undefined) {
        report(ctx, t, ['properties'], reason('propertiesEvent'));
      }
      if (t.manual && t.delayMs !== undefined) {
        report(ctx, t, ['delayMs'], reason('manualDelay'));
      }
      const regex = t.pageView?.match === 'regex' ? regexError(t.pageView.url) : undefined;
      if (regex) report(ctx, t, ['pageView', 'url'], reason('regex', regex));
      if (t.click !== undefined && !isSelector(t.click)) {
        report(ctx, t, ['click'], reason('selector', t.click));
      }
    }),
  );
export type Trigger = z.infer<typeof TriggerSchema>;

export const AudienceSchema = z.strictObject({
  /** Fraction of users (0–1) who may see it; stable per user. */
  sample: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** `true`: identified users only; `false`: anonymous visitors only. */
  identified: z.optional(z.boolean()),
  traits: z.optional(z.array(FilterSchema).check(z.maxLength(50))),
});
export type Audience = z.infer<typeof AudienceSchema>;

export const FrequencySchema = z
  .strictObject({
    show: z.optional(z.enum(SHOW)),
    /** Show again at most every N days (with `until-answered` or `always`). */
    everyDays: z.optional(z.number().check(z.gte(0), z.lte(3650))),
    /** A dismissal counts as seen for N days (with `until-answered` or `always`). */
    dismissDays: z.optional(z.number().check(z.gte(0), z.lte(3650))),
  })
  .check(
    z.superRefine((f, ctx) => {
      if ((f.show ?? 'once') !== 'once') return;
      for (const key of ['everyDays', 'dismissDays'] as const) {
        if (f[key] !== undefined) {
          report(ctx, f, [key], reason('once', key));
        }
      }
    }),
  );
export type Frequency = z.infer<typeof FrequencySchema>;

export const DisplaySchema = z.strictObject({
  mode: z.optional(z.enum(MODES)),
  position: z.optional(z.enum(POSITIONS)),
});
export type Display = z.infer<typeof DisplaySchema>;

export const SurveyDefinitionSchema = z
  .strictObject({
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
  })
  .check(
    z.superRefine((s, ctx) => {
      uniqueIds(ctx, s.questions, ['questions'], 'question');
      const kinds = SCORE_KINDS[s.type];
      if (kinds && !s.questions.some((q) => kinds.includes(q.kind))) {
        report(ctx, s, ['questions'], reason('scoreQuestion', s.type, kinds));
      }
    }),
  );
export type SurveyDefinition = z.infer<typeof SurveyDefinitionSchema>;

/**
 * What `GET /v1/surveys` answers. Each survey is validated on its own (one bad definition never
 * hides the others); `history` is an identified user's seen/answered state, when the server has
 * it (see `targeting/history.ts`).
 */
export const SurveysResponseSchema = z.object({
  surveys: z.array(z.unknown()),
  history: z.optional(z.array(z.unknown())),
});
