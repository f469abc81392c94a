/**
 * Page-view URL matching (SPEC §4 `trigger.pageView`). Pure: `(href, pattern, match) → boolean`.
 *
 * What a pattern is compared with:
 * - A pattern that starts with a scheme (`https://…`) is compared with the full URL; any other
 *   pattern with the path (`/pricing`), so one definition works on every host of a site.
 * - `exact`, `endsWith` and `glob` ignore the query string and the hash unless the pattern has a
 *   `?` or `#` itself, so `/pricing` still matches `/pricing?utm_source=mail` (PostHog users' most
 *   common exact-match surprise). `contains`, `startsWith` and `regex` see the query and hash.
 * - A trailing `/` is ignored by `exact`, `endsWith` and `glob` (`/pricing/` = `/pricing`).
 * - The path is percent-decoded first, so `/café` matches `/caf%C3%A9`.
 * - `glob`: `*` matches any run of characters, `/` included; nothing else is special.
 * - `regex`: a JavaScript regular expression, unanchored (use `^…$` to anchor), tested against the
 *   path with query and hash, or against the full URL when the pattern contains `://`.
 */
import type { UrlMatch } from '../surveys/definition.js';

/** The default when a definition leaves `match` out: a glob without `*` is an exact match. */
export const DEFAULT_URL_MATCH: UrlMatch = 'glob';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;

/** Whether `href` (an absolute URL) matches `pattern` under `match`. Never throws. */
export function matchUrl(
  href: string,
  pattern: string,
  match: UrlMatch = DEFAULT_URL_MATCH,
): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (match === 'regex') {
    const regex = compileRegex(pattern);
    if (!regex) return false;
    const subject = pattern.includes('://')
      ? decode(url.href)
      : pathOf(url) + url.search + url.hash;
    return regex.test(subject);
  }
  const origin = HAS_SCHEME.test(pattern) ? url.origin : '';
  const full = origin + pathOf(url) + url.search + url.hash;
  if (match === 'contains') return full.includes(pattern);
  if (match === 'startsWith') return full.startsWith(pattern);

  // exact, endsWith, glob: the query and hash count only when the pattern names them.
  const tail = (pattern.includes('?') ? url.search : '') + (pattern.includes('#') ? url.hash : '');
  const subject = origin + trimSlash(pathOf(url)) + tail;
  const wanted = normalizePattern(pattern);
  if (match === 'exact') return subject === wanted;
  if (match === 'endsWith') return subject.endsWith(wanted);
  // `/blog/*` should still match `/blog/`, which trimming alone would turn into `/blog`.
  const untrimmed = origin + pathOf(url) + tail;
  return [globToRegex(wanted), globToRegex(pattern)].some(
    (regex) => regex.test(subject) || regex.test(untrimmed),
  );
}

/** The regex of a `regex` pattern, or null when it does not compile. */
export function compileRegex(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

/** `*` → any characters; everything else literal; anchored at both ends. */
export function globToRegex(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

const pathOf = (url: URL) => decode(url.pathname);

function decode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** `/a/` → `/a`, but `/` stays `/`. */
const trimSlash = (path: string) =>
  path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;

/**
 * Trims the slash that ends the path part of a pattern (before any `?` or `#`), the way the URL
 * side is trimmed; a bare origin (`https://shop.example`) means its root path `/`.
 */
function normalizePattern(pattern: string): string {
  const cut = pattern.search(/[?#]/);
  const head = cut === -1 ? pattern : pattern.slice(0, cut);
  const rest = cut === -1 ? '' : pattern.slice(cut);
  const origin = /^[a-z][a-z\d+.-]*:\/\/[^/]*/i.exec(head)?.[0] ?? '';
  return origin + trimSlash(head.slice(origin.length) || (origin ? '/' : '')) + rest;
}
