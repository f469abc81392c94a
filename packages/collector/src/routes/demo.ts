import type { Hono } from 'hono';
import type { CollectorDeps } from '../deps.js';
import { errorResponse } from '../http/errors.js';
import { fileResponse, lookupStatic, safeSegments } from '../http/static-file.js';

const notFound = () => errorResponse(404, 'not_found', 'No such demo file.');

/** The policy of the strict-CSP demo (issue 4): components must render and work under it. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * Extra headers for a demo file: everything below `csp/` is served with {@link STRICT_CSP}, so
 * that page proves the components need no inline styles, inline scripts or `eval`.
 */
export function demoHeaders(segments: readonly string[]): Record<string, string> {
  return segments[0] === 'csp' ? { 'Content-Security-Policy': STRICT_CSP } : {};
}

/** The demo site at `/demo/`, from `demoDir`; directories serve their `index.html`. */
export function registerDemo(app: Hono, { config }: CollectorDeps): void {
  app.get('/demo', (c) => c.redirect('/demo/', 301));
  app.get('/demo/*', async (c) => {
    const root = config.demoDir;
    if (!root) {
      return errorResponse(404, 'not_found', 'No demo folder is configured (--demo <dir>).');
    }
    // The still-encoded path, so an encoded slash or dot is judged by safeSegments, not lost.
    const { pathname } = new URL(c.req.url);
    const segments = safeSegments(pathname.slice('/demo/'.length));
    if (!segments) return notFound();
    let found = await lookupStatic(root, segments);
    if (found.kind === 'directory') {
      if (!pathname.endsWith('/')) return c.redirect(`${pathname}/`, 301);
      found = await lookupStatic(root, [...segments, 'index.html']);
    }
    if (found.kind !== 'file') return notFound();
    return fileResponse(c.req.raw, found, {
      'Cache-Control': 'no-cache',
      ...demoHeaders(segments),
    });
  });
}
