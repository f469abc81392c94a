import { html } from 'hono/html';

type Html = ReturnType<typeof html>;

/**
 * The HTML shell of every admin page. No inline styles or scripts: the admin CSP allows only
 * same-origin files, so styling comes from `/assets/dashboard.css`.
 */
export function layout(title: string, body: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title} · Touchpoint</title>
        <link rel="stylesheet" href="/assets/dashboard.css" />
      </head>
      <body>
        ${body}
      </body>
    </html>`;
}
