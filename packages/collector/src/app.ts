import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { CollectorDeps } from './deps.js';
import { errorResponse } from './http/errors.js';
import { registerAdminLogin } from './routes/admin-login.js';
import { registerDashboard } from './routes/dashboard.js';
import { registerDemo } from './routes/demo.js';
import { registerEmbedScript } from './routes/embed-script.js';
import { registerExport } from './routes/export.js';
import { registerResponses } from './routes/responses.js';
import { registerSurveys } from './routes/surveys.js';

/** Wires every route; holds no logic of its own. */
export function buildApp(deps: CollectorDeps): Hono {
  const app = new Hono();
  const origins = deps.config.corsOrigins;

  app.use(
    '/v1/*',
    cors({
      origin: origins === '*' ? '*' : (origin) => (origins.includes(origin) ? origin : null),
      allowMethods: ['POST', 'GET', 'OPTIONS'],
      // No allowHeaders list: the requested headers are echoed, so custom SDK `headers` work.
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );

  app.get('/healthz', (c) => c.json({ ok: true }, 200, { 'Cache-Control': 'no-store' }));
  registerResponses(app, deps);
  registerSurveys(app, deps);
  registerAdminLogin(app, deps);
  registerDashboard(app, deps);
  registerExport(app, deps);
  registerDemo(app, deps);
  registerEmbedScript(app, deps);

  app.notFound((c) =>
    errorResponse(404, 'not_found', `No route for ${c.req.method} ${c.req.path}`),
  );
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(error.status, 'bad_request', error.message || 'Bad request.');
    }
    // Log the details here; the client only learns that something failed, never a stack trace.
    console.error(`Touchpoint collector: ${c.req.method} ${c.req.path} failed:`, error);
    return errorResponse(500, 'internal', 'Internal server error.');
  });
  return app;
}
