/**
 * Question kinds load lazily (issue 7): a survey fetches the templates, styles and strings of
 * the kinds it asks and no others, so an NPS + text survey never downloads the CSAT pictures,
 * the CES wording or the choice lists. tp-survey waits for them before it shows anything.
 */
import type { Question } from '@touchpoint/core/survey';
import type { QuestionKind } from './question-kind.js';

/**
 * The module of each kind. Internal: tests swap an entry for a module that does not exist, to
 * see what a failed load (offline) does.
 */
export const kindLoaders: Record<Question['kind'], () => Promise<QuestionKind>> = {
  nps: () => import('./kinds/survey-scale.js'),
  rating: () => import('./kinds/survey-scale.js'),
  csat: () => import('./kinds/survey-csat.js'),
  ces: () => import('./kinds/survey-ces.js'),
  single: () => import('./kinds/survey-choice.js'),
  multi: () => import('./kinds/survey-choice.js'),
  text: () => import('./kinds/survey-text.js'),
};

const loaded = new Map<string, QuestionKind>();

/** The module of `kind` if it has loaded. */
export const loadedKind = (kind: string): QuestionKind | undefined => loaded.get(kind);

/**
 * Loads the kinds of `kinds` not loaded yet; undefined when there are none. A failed load is
 * not remembered: the next call imports again (browsers retry a failed dynamic import).
 */
export function loadKinds(kinds: readonly string[]): Promise<unknown> | undefined {
  const missing = kinds.filter((kind) => !loaded.has(kind));
  return missing.length
    ? Promise.all(
        missing.map((kind) =>
          kindLoaders[kind as Question['kind']]().then((module) => loaded.set(kind, module)),
        ),
      )
    : undefined;
}
