import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, setCookie } from 'hono/cookie';
import { ADMIN_HEADERS } from '../admin/admin-auth.js';
import {
  SESSION_COOKIE,
  SESSION_TTL_MS,
  createSessionValue,
  secretsEqual,
} from '../admin/session.js';
import { loginPage } from '../admin/views/login-page.js';
import type { CollectorDeps } from '../deps.js';
import { errorResponse } from '../http/errors.js';

/** `GET /login`, `GET /login?token=…`, `POST /login` (form field `token`) and `POST /logout`. */
export function registerAdminLogin(app: Hono, { config }: CollectorDeps): void {
  const signIn = (c: Context, token: string | undefined) => {
    if (token === undefined) return c.html(loginPage(), 200, ADMIN_HEADERS);
    if (!secretsEqual(token, config.adminToken)) {
      return c.html(
        loginPage('That token is not right. Check the collector’s output.'),
        401,
        ADMIN_HEADERS,
      );
    }
    setCookie(c, SESSION_COOKIE, createSessionValue(config.adminToken, config.now()), {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
      maxAge: SESSION_TTL_MS / 1000,
    });
    // 303 turns the POST into a GET and drops the token from the address bar and history.
    return c.redirect('/', 303);
  };

  app.get('/login', (c) => signIn(c, c.req.query('token')));
  app.post(
    '/login',
    bodyLimit({
      maxSize: 16 * 1024,
      onError: () => errorResponse(413, 'payload_too_large', 'The login form is too large.'),
    }),
    async (c) => {
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const token = form['token'];
      return signIn(c, typeof token === 'string' ? token : '');
    },
  );
  app.post('/logout', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict' });
    return c.redirect('/login', 303);
  });
}
