/**
 * What this browser (and, for identified users, the server) knows about surveys already shown:
 * per survey the last time it was shown, answered and dismissed, and when any survey was last
 * shown (the global cooldown). Pure values and pure updates; `surveys/history-store.ts` persists
 * them.
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

export const emptyHistory = (): SurveyHistory => ({ surveys: {} });

const update = (history: SurveyHistory, id: string, patch: SurveyRecord): SurveyHistory => ({
  ...history,
  surveys: { ...history.surveys, [id]: { ...history.surveys[id], ...patch } },
});

export function recordShown(history: SurveyHistory, id: string, now: number): SurveyHistory {
  const next = update(history, id, {
    shownAt: now,
    shownCount: (history.surveys[id]?.shownCount ?? 0) + 1,
  });
  next.lastShownAt = Math.max(history.lastShownAt ?? 0, now);
  return next;
}

export const recordAnswered = (history: SurveyHistory, id: string, now: number): SurveyHistory =>
  update(history, id, { answeredAt: now });

export const recordDismissed = (history: SurveyHistory, id: string, now: number): SurveyHistory =>
  update(history, id, { dismissedAt: now });

const later = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** Combines two histories (another tab's, the server's): the latest time of each kind wins. */
export function mergeHistory(a: SurveyHistory, b: SurveyHistory): SurveyHistory {
  const surveys: Record<string, SurveyRecord> = { ...a.surveys };
  for (const [id, theirs] of Object.entries(b.surveys)) {
    const ours = surveys[id] ?? {};
    const merged: SurveyRecord = {};
    for (const key of ['shownAt', 'shownCount', 'answeredAt', 'dismissedAt'] as const) {
      const value = later(ours[key], theirs[key]);
      if (value !== undefined) merged[key] = value;
    }
    surveys[id] = merged;
  }
  const result: SurveyHistory = { surveys };
  const lastShownAt = later(
    later(a.lastShownAt, b.lastShownAt),
    Object.values(b.surveys).reduce<number | undefined>(
      (max, r) => later(max, r.shownAt),
      undefined,
    ),
  );
  if (lastShownAt !== undefined) result.lastShownAt = lastShownAt;
  return result;
}

/**
 * Reads the `history` array a surveys endpoint may send for an identified user:
 * `[{ "surveyId": "q4", "shownAt"?: time, "answeredAt"?: time, "dismissedAt"?: time }]`, times
 * as ISO strings or ms. Entries it cannot read are skipped and named in `problems`.
 */
export function parseServerHistory(input: unknown): { history: SurveyHistory; problems: string[] } {
  let history = emptyHistory();
  const problems: string[] = [];
  if (input === undefined) return { history, problems };
  if (!Array.isArray(input)) return { history, problems: ['history: must be an array'] };
  input.forEach((entry: unknown, index) => {
    const e = entry as Record<string, unknown> | null;
    if (
      typeof e !== 'object' ||
      e === null ||
      typeof e['surveyId'] !== 'string' ||
      !e['surveyId']
    ) {
      problems.push(`history.${index}: needs a "surveyId" string`);
      return;
    }
    const record: SurveyRecord = {};
    for (const key of ['shownAt', 'answeredAt', 'dismissedAt'] as const) {
      if (e[key] === undefined || e[key] === null) continue;
      const time = toTime(e[key]);
      if (time === undefined) problems.push(`history.${index}.${key}: not a time`);
      else record[key] = time;
    }
    history = mergeHistory(history, { surveys: { [e['surveyId']]: record } });
  });
  return { history, problems };
}

function toTime(value: unknown): number | undefined {
  const time =
    typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? time : undefined;
}

/** Checks a stored history's shape; anything unreadable becomes an empty history. */
export function reviveHistory(stored: unknown): SurveyHistory | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { surveys, lastShownAt } = stored as Partial<SurveyHistory>;
  if (typeof surveys !== 'object' || surveys === null || Array.isArray(surveys)) return undefined;
  const clean: SurveyHistory = { surveys: {} };
  for (const [id, record] of Object.entries(surveys)) {
    if (typeof record !== 'object' || record === null) continue;
    const r: SurveyRecord = {};
    for (const key of ['shownAt', 'shownCount', 'answeredAt', 'dismissedAt'] as const) {
      const value = (record as Record<string, unknown>)[key];
      if (typeof value === 'number' && Number.isFinite(value)) r[key] = value;
    }
    clean.surveys[id] = r;
  }
  if (typeof lastShownAt === 'number' && Number.isFinite(lastShownAt)) {
    clean.lastShownAt = lastShownAt;
  }
  return clean;
}
