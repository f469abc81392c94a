/**
 * Where definitions come from: `GET {surveysUrl}` answering `{ "surveys": [...], "history"?: [...] }`,
 * with the last good answer kept in the `meta` store so a page that starts offline (or whose
 * collector is down) still has its surveys.
 *
 * For an identified user the request carries `?userId=…`, so a server that keeps answers per user
 * can send that user's `history` (answered on another device → not asked again here).
 */
import type { FetchLike } from '../delivery/transport.js';
import type { KeyValueStore } from '../outbox/store.js';

const CACHE_KEY = 'surveys:cache';
const TIMEOUT_MS = 10_000;

export interface FetchedSurveys {
  surveys: unknown[];
  history?: unknown;
}

/** GETs the definitions; throws an Error that says what was wrong with the answer. */
export async function fetchSurveys(
  surveysUrl: string,
  options: { fetch: FetchLike; userId?: string },
): Promise<FetchedSurveys> {
  const url = new URL(surveysUrl);
  if (options.userId) url.searchParams.set('userId', options.userId);
  const fail = (why: string) => new Error(`GET ${url.href}: ${why}`);
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  try {
    const response = await options.fetch(url.href, {
      headers: { Accept: 'application/json' },
      signal,
    });
    if (!response.ok) throw fail(`HTTP ${response.status}`);
    const body = (await response.json().catch(() => {
      throw fail('the answer is not JSON');
    })) as FetchedSurveys | null;
    if (!Array.isArray(body?.surveys)) throw fail('expected {"surveys": [...]}');
    const { surveys, history } = body;
    return history === undefined ? { surveys } : { surveys, history };
  } catch (error) {
    throw signal.aborted ? fail(`no answer in ${TIMEOUT_MS} ms`) : error;
  }
}

interface CachedSurveys {
  url: string;
  surveys: unknown[];
  savedAt: number;
}

/** The last good definitions from `surveysUrl`, or undefined (none, or from another URL). */
export async function readCache(
  meta: KeyValueStore,
  surveysUrl: string,
): Promise<unknown[] | undefined> {
  try {
    const cached = await meta.get<CachedSurveys>(CACHE_KEY);
    if (cached && cached.url === surveysUrl && Array.isArray(cached.surveys)) return cached.surveys;
  } catch (error) {
    console.warn('Touchpoint: could not read the cached surveys', error);
  }
  return undefined;
}

/** Keeps `surveys` (the valid ones of a good answer) for offline starts. */
export async function writeCache(
  meta: KeyValueStore,
  surveysUrl: string,
  surveys: unknown[],
  now: number,
): Promise<void> {
  try {
    await meta.setMany([[CACHE_KEY, { url: surveysUrl, surveys, savedAt: now }]]);
  } catch (error) {
    console.warn('Touchpoint: could not cache the surveys', error);
  }
}
