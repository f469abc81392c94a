/**
 * What this browser (and, for identified users, the server) knows about surveys already shown:
 * per survey the last time it was shown, answered and dismissed, and when any survey was last
 * shown (the global cooldown). Pure values and pure updates; `surveys/history-store.ts` persists
 * them, `server-history.ts` reads what a surveys endpoint sends.
 */

/** One survey's history; times are ms since the epoch. */
export interface SurveyRecord {
  shownAt?: number;
  /** How often it was shown here (merged histories keep the larger count). */
  shownCount?: number;
  answeredAt?: number;
  dismissedAt?: number;
}

export interface SurveyHistory {
  surveys: Record<string, SurveyRecord>;
  /** When any survey was last shown: the start of the `recontactDays` cooldown. */
  lastShownAt?: number;
}

type Key = keyof SurveyRecord;
const KEYS: readonly Key[] = ['shownAt', 'shownCount', 'answeredAt', 'dismissedAt'];

export const emptyHistory = (): SurveyHistory => ({ surveys: {} });

/** The record of the keys whose `value` is defined. */
const recordOf = (value: (key: Key) => number | undefined) =>
  Object.fromEntries(
    KEYS.flatMap((key) => {
      const v = value(key);
      return v === undefined ? [] : [[key, v]];
    }),
  ) as SurveyRecord;

/** A history of `surveys`, with `lastShownAt` only when there is one. */
const historyOf = (surveys: SurveyHistory['surveys'], lastShownAt?: number): SurveyHistory =>
  lastShownAt === undefined ? { surveys } : { surveys, lastShownAt };

const update = (history: SurveyHistory, id: string, patch: SurveyRecord): SurveyHistory => ({
  ...history,
  surveys: { ...history.surveys, [id]: { ...history.surveys[id], ...patch } },
});

export const recordShown = (history: SurveyHistory, id: string, now: number): SurveyHistory => ({
  ...update(history, id, { shownAt: now, shownCount: (history.surveys[id]?.shownCount ?? 0) + 1 }),
  lastShownAt: Math.max(history.lastShownAt ?? 0, now),
});

export const recordAnswered = (history: SurveyHistory, id: string, now: number): SurveyHistory =>
  update(history, id, { answeredAt: now });

export const recordDismissed = (history: SurveyHistory, id: string, now: number): SurveyHistory =>
  update(history, id, { dismissedAt: now });

/** The latest of `times` that are defined. */
const latest = (...times: Array<number | undefined>) =>
  times.reduce<number | undefined>(
    (max, t) => (max === undefined || (t ?? max) > max ? t : max),
    undefined,
  );

/** Combines two histories (another tab's, the server's): the latest time of each kind wins. */
export function mergeHistory(a: SurveyHistory, b: SurveyHistory): SurveyHistory {
  const surveys = { ...a.surveys };
  for (const [id, theirs] of Object.entries(b.surveys)) {
    const ours = surveys[id] ?? {};
    surveys[id] = recordOf((key) => latest(ours[key], theirs[key]));
  }
  const shown = Object.values(b.surveys).map((r) => r.shownAt);
  return historyOf(surveys, latest(a.lastShownAt, b.lastShownAt, ...shown));
}

const finite = (v: unknown) => (typeof v == 'number' && Number.isFinite(v) ? v : undefined);

/** Checks a stored history's shape; anything unreadable becomes undefined (or is left out). */
export function reviveHistory(stored: unknown): SurveyHistory | undefined {
  const { surveys, lastShownAt } = (stored ?? {}) as Partial<SurveyHistory>;
  if (typeof surveys != 'object' || surveys === null || Array.isArray(surveys)) return undefined;
  const clean: SurveyHistory['surveys'] = {};
  for (const [id, record] of Object.entries(surveys)) {
    if (typeof record == 'object' && record !== null)
      clean[id] = recordOf((key) => finite(record[key]));
  }
  return historyOf(clean, finite(lastShownAt));
}
