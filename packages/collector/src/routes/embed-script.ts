import type { Hono } from 'hono';
import type { CollectorDeps } from '../deps.js';
import { errorResponse } from '../http/errors.js';
import { fileResponse, lookupStatic } from '../http/static-file.js';

/**
 * The script-tag build at `/touchpoint.js`, plus its lazy chunks and source maps beside it, so
 * the demo and any site can load it from the collector. `no-cache`: always the latest build.
 */
export function registerEmbedScript(app: Hono, { config }: CollectorDeps): void {
  app.get('/:file{[A-Za-z0-9_-][A-Za-z0-9._-]*\\.js(?:\\.map)?}', async (c) => {
    const file = c.req.param('file');
    const found = config.embedDir ? await lookupStatic(config.embedDir, [file]) : null;
    if (found?.kind !== 'file') {
      return errorResponse(
        404,
        'not_built',
        `${file} is not built yet; run npm run build (it is served from @touchpoint/embed's dist/).`,
      );
    }
    return fileResponse(c.req.raw, found, {
      'Cache-Control': 'no-cache',
      // Sites on other origins load this script; let them read its source map too.
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
  });
}
