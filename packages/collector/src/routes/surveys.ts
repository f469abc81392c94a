import type { Hono } from 'hono';
import type { CollectorDeps } from '../deps.js';
import { clientIp } from '../http/client-ip.js';
import { checkRateLimit } from '../http/rate-limiter.js';

/** `GET /v1/surveys`: the definitions from the surveys file, or none. */
export function registerSurveys(app: Hono, { limiter, surveys }: CollectorDeps): void {
  app.get('/v1/surveys', (c) => {
    const limited = checkRateLimit(limiter, clientIp(c), c.req.query('writeKey') ?? '');
    if (limited) return limited;
    // Revalidate every time: editing the file takes effect on the next page load.
    return c.json({ surveys: surveys?.surveys() ?? [] }, 200, { 'Cache-Control': 'no-cache' });
  });
}
