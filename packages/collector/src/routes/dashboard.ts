import type { Hono } from 'hono';
import { ADMIN_HEADERS, isAdmin } from '../admin/admin-auth.js';
import { DASHBOARD_CSS } from '../admin/dashboard-css.js';
import { npsFromCounts } from '../admin/nps.js';
import { dashboardPage } from '../admin/views/dashboard-page.js';
import type { CollectorDeps } from '../deps.js';

/** How many responses the dashboard table lists. */
export const LATEST_LIMIT = 50;

/** `GET /` (the dashboard, admin only) and its stylesheet. */
export function registerDashboard(app: Hono, { config, store, surveys }: CollectorDeps): void {
  app.get('/assets/dashboard.css', (c) =>
    c.body(DASHBOARD_CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    }),
  );

  app.get('/', async (c) => {
    if (!isAdmin(c, config)) return c.redirect('/login', 302);
    const survey = c.req.query('survey') || undefined;
    const filter = survey === undefined ? {} : { surveyId: survey };
    const [scores, countsByType, latest, storedIds] = await Promise.all([
      store.scoreCounts('nps', filter),
      store.countByType(filter),
      store.latest(LATEST_LIMIT, filter),
      store.surveyIds(),
    ]);
    const configuredIds = surveys?.surveys().map((s) => s.id) ?? [];
    const surveyIds = [...new Set([...storedIds, ...configuredIds, ...(survey ? [survey] : [])])];
    surveyIds.sort();
    return c.html(
      dashboardPage({ surveyIds, survey, nps: npsFromCounts(scores), countsByType, latest }),
      200,
      ADMIN_HEADERS,
    );
  });
}
