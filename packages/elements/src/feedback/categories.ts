/** One choosable category of a feedback message: `id` goes into the response, `label` is shown. */
export interface FeedbackCategory {
  id: string;
  label: string;
}

/** What the `categories` attribute or property accepts. */
export type CategoriesInput = string | ReadonlyArray<FeedbackCategory | string>;

/** Ids of the built-in categories; their labels come from the locale. */
export const DEFAULT_CATEGORY_IDS = ['bug', 'idea', 'question', 'other'] as const;

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
  if (input === null || input === undefined) return { categories: defaults, problems };
  const entries: unknown[] = typeof input === 'string' ? input.split(',') : Array.from(input);
  const categories: FeedbackCategory[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const category = toCategory(entry);
    if (!category) {
      // Empty items of a comma list ("a,,b", a trailing comma) are a typing slip, not worth a warning.
      if (typeof input !== 'string') problems.push(`entry ${index} has no id`);
      return;
    }
    if (seen.has(category.id)) {
      problems.push(`duplicate id "${category.id}"`);
      return;
    }
    seen.add(category.id);
    categories.push(category);
  });
  return { categories: categories.length > 0 ? categories : defaults, problems };
}

function toCategory(entry: unknown): FeedbackCategory | undefined {
  if (typeof entry === 'string') {
    const text = entry.trim();
    return text ? { id: text, label: text } : undefined;
  }
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { id, label } = entry as { id?: unknown; label?: unknown };
  const trimmedId = typeof id === 'string' ? id.trim() : typeof id === 'number' ? String(id) : '';
  if (!trimmedId) return undefined;
  const text = typeof label === 'string' && label.trim() ? label.trim() : trimmedId;
  return { id: trimmedId, label: text };
}
