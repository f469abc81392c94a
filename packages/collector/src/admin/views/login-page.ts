import { html } from 'hono/html';
import { layout } from './layout.js';

/** The login form; `error` is shown (and announced) after a wrong token. */
export function loginPage(error?: string) {
  return layout(
    'Sign in',
    html`<main class="login">
      <h1>Touchpoint dashboard</h1>
      ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
      <form method="post" action="/login">
        <label for="token">Admin token</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="current-password"
          required
          autofocus
        />
        <button type="submit">Sign in</button>
      </form>
      <p class="hint">
        The collector prints a sign-in link with the token when it starts (or pass
        <code>--admin-token</code>).
      </p>
    </main>`,
  );
}
