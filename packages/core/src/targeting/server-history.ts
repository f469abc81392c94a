/**
 * Reads the `history` array a surveys endpoint may send for an identified user (SPEC §4: "for
 * identified users the server may supply it"). Lazy: only an answer that has a `history` needs
 * it, so anonymous visitors never download it.
 */
import type { SurveyHistory, SurveyRecord } from './history.js';

/**
 * `[{ "surveyId": "q4", "shownAt"?: time, "answeredAt"?: time, "dismissedAt"?: time }]`, times
 * as ISO strings or ms; the latest time of each kind wins. Entries it cannot read are skipped
 * and named in `problems`.
 */
export function parseServerHistory(input: unknown): { history: SurveyHistory; problems: string[] } {
  const history: SurveyHistory = { surveys: {} };
  const problems: string[] = [];
  if (input !== undefined && !Array.isArray(input)) problems.push('history: must be an array');
  else
    input?.forEach((entry: unknown, index) => {
      const e = (entry ?? {}) as Record<string, unknown>;
      const id = e['surveyId'];
      if (typeof id != 'string' || !id)
        return void problems.push(`history.${index}: needs a "surveyId" string`);
      const record: SurveyRecord = (history.surveys[id] ??= {});
      for (const key of ['shownAt', 'answeredAt', 'dismissedAt'] as const) {
        const value = e[key];
        if (value === undefined || value === null) continue;
        const time = typeof value == 'string' ? Date.parse(value) : value;
        if (typeof time != 'number' || !Number.isFinite(time))
          problems.push(`history.${index}.${key}: not a time`);
        else record[key] = Math.max(record[key] ?? time, time);
      }
      if (record.shownAt! > (history.lastShownAt ?? -Infinity))
        history.lastShownAt = record.shownAt;
    });
  return { history, problems };
}
