/**
 * The address sent with "Include this page's address": origin and path only. Query strings and
 * fragments often carry tokens, emails or search terms the user did not mean to share; the SDK
 * records the full URL in `context.url` under the site's own policy anyway.
 */
export function pageAddress(href: string): string | undefined {
  try {
    const url = new URL(href);
    // about:blank, data: and blob: pages have no meaningful address (origin "null").
    if (url.origin === 'null') return undefined;
    return url.origin + url.pathname;
  } catch {
    return undefined;
  }
}
