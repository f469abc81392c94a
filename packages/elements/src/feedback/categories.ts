import type { Strings } from '../internal/localize.js';

/** One choosable category of a feedback message: `id` goes into the response, `label` is shown. */
export interface FeedbackCategory {
  id: string;
  label: string;
}

/** What the `categories` attribute or property accepts. */
export type CategoriesInput = string | ReadonlyArray<FeedbackCategory | string>;

/** The built-in categories, in order: id → the key of its (localized) label. */
export const DEFAULT_CATEGORIES: Record<string, keyof Strings> = {
  bug: 'feedbackCategoryBug',
  idea: 'feedbackCategoryIdea',
  question: 'feedbackCategoryQuestion',
  other: 'feedbackCategoryOther',
};

/** Categories to render, plus why any given entries were left out. */
export interface ResolvedCategories {
  categories: FeedbackCategory[];
  /** One line per dropped entry, for a console warning. */
  problems: string[];
}

/**
 * Turns the `categories` attribute (`"Bug, Billing, Other"`: each entry is both id and label) or
 * property (`[{ id, label }]`, plain strings allowed) into the list to render. Blank and duplicate
 * ids are dropped with a reason; a missing label falls back to the id. Nothing usable given: the
 * defaults.
 */
export function resolveCategories(
  input: CategoriesInput | null | undefined,
  defaults: FeedbackCategory[],
): ResolvedCategories {
  const problems: string[] = [];
  const categories: FeedbackCategory[] = [];
  /** A comma list from the attribute: every entry is a string. */
  const list = typeof input == 'string';
  (list ? input.split(',') : [...(input ?? [])]).forEach((entry: unknown, index) => {
    const { id, label } = (
      list || typeof entry == 'string' ? { id: entry, label: entry } : (entry ?? {})
    ) as {
      id?: unknown;
      label?: unknown;
    };
    // Numbers are ids too (`{ id: 3, label: 'Billing' }`).
    const key = String(id ?? '').trim();
    // Empty items of a comma list ("a,,b", a trailing comma) are a typing slip, not worth a warning.
    if (!key) {
      if (!list) problems.push(`entry ${index} has no id`);
    } else if (categories.some((c) => c.id == key)) problems.push(`duplicate id "${key}"`);
    else categories.push({ id: key, label: String(label ?? '').trim() || key });
  });
  return { categories: categories.length ? categories : defaults, problems };
}
