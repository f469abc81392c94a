import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN_CSP } from './admin/admin-auth.js';
import { SESSION_COOKIE } from './admin/session.js';
import {
  ADMIN_TOKEN,
  batch,
  postResponses,
  record,
  startTestCollector,
  type TestCollector,
} from './testing/harness.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)>';

/** Logs in with `?token=` and returns the `name=value` session cookie. */
async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/login?token=${encodeURIComponent(ADMIN_TOKEN)}`, {
    redirect: 'manual',
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/');
  const setCookie = res.headers.get('set-cookie') ?? '';
  return setCookie.split(';')[0]!;
}

describe('dashboard login', () => {
  let collector: TestCollector;
  before(async () => {
    collector = await startTestCollector();
  });
  after(() => collector.stop());

  test('the dashboard without a session redirects to /login', async () => {
    const res = await fetch(`${collector.url}/`, { redirect: 'manual' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/login');
  });

  test('the login page is a labelled form under the strict CSP', async () => {
    const res = await fetch(`${collector.url}/login`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), ADMIN_CSP);
    const page = await res.text();
    assert.match(page, /<html lang="en">/);
    assert.match(page, /<label for="token">/);
    assert.match(page, /<form method="post" action="\/login">/);
    assert.doesNotMatch(page, /<style|style=|<script/);
  });

  test('a wrong token answers 401 with a message and sets no cookie', async () => {
    const get = await fetch(`${collector.url}/login?token=wrong-token`, { redirect: 'manual' });
    assert.equal(get.status, 401);
    assert.equal(get.headers.get('set-cookie'), null);
    assert.match(await get.text(), /role="alert">That token is not right/);

    const post = await fetch(`${collector.url}/login`, {
      method: 'POST',
      body: new URLSearchParams({ token: 'wrong-token' }),
      redirect: 'manual',
    });
    assert.equal(post.status, 401);
    assert.equal(post.headers.get('set-cookie'), null);
  });

  test('the right token sets an HttpOnly, SameSite=Strict session cookie and redirects to /', async () => {
    const res = await fetch(`${collector.url}/login?token=${ADMIN_TOKEN}`, { redirect: 'manual' });
    assert.equal(res.status, 303);
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, new RegExp(`^${SESSION_COOKIE}=\\d+\\.[0-9a-f]{64};`));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Path=\//);
    assert.ok(!cookie.includes(ADMIN_TOKEN), 'the token itself is never the cookie');
  });

  test('the login form (POST) signs in too', async () => {
    const res = await fetch(`${collector.url}/login`, {
      method: 'POST',
      body: new URLSearchParams({ token: ADMIN_TOKEN }),
      redirect: 'manual',
    });
    assert.equal(res.status, 303);
    const dashboard = await fetch(`${collector.url}/`, {
      headers: { Cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! },
      redirect: 'manual',
    });
    assert.equal(dashboard.status, 200);
  });

  test('a forged or expired cookie is refused', async () => {
    const forged = await fetch(`${collector.url}/`, {
      headers: { Cookie: `${SESSION_COOKIE}=99999999999999.${'a'.repeat(64)}` },
      redirect: 'manual',
    });
    assert.equal(forged.status, 302);
    const cookie = await login(collector.url);
    collector.clock.advance(13 * 60 * 60 * 1000);
    const expired = await fetch(`${collector.url}/`, {
      headers: { Cookie: cookie },
      redirect: 'manual',
    });
    assert.equal(expired.status, 302);
  });

  test('Authorization: Bearer <admin token> works without a cookie; a wrong one does not', async () => {
    const ok = await fetch(`${collector.url}/`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      redirect: 'manual',
    });
    assert.equal(ok.status, 200);
    const wrong = await fetch(`${collector.url}/`, {
      headers: { Authorization: 'Bearer nope' },
      redirect: 'manual',
    });
    assert.equal(wrong.status, 302);
  });

  test('logout clears the cookie', async () => {
    const res = await fetch(`${collector.url}/logout`, { method: 'POST', redirect: 'manual' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/login');
    assert.match(
      res.headers.get('set-cookie') ?? '',
      new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`),
    );
  });
});

describe('dashboard content', () => {
  let collector: TestCollector;
  let cookie: string;
  before(async () => {
    collector = await startTestCollector();
    // Survey q4: 3 promoters (9, 10, 10), 1 passive (8), 2 detractors (0, 6) → 50% − 33.3% = 17.
    // Survey other: one detractor (3), a CSAT answer and a hostile comment.
    const q4 = [9, 10, 10, 8, 0, 6].map((score, i) => record(i + 1, { score, surveyId: 'q4' }));
    const other = [
      record(7, { score: 3, surveyId: 'other', comment: HOSTILE, user: { id: HOSTILE } }),
      record(8, { type: 'csat', score: 5, surveyId: 'other' }),
      record(9, { surveyId: `"><b>x</b>` }),
    ];
    const res = await postResponses(collector.url, batch([...q4, ...other]));
    assert.equal(res.status, 200);
    cookie = await login(collector.url);
  });
  after(() => collector.stop());

  const dashboard = (query = '') =>
    fetch(`${collector.url}/${query}`, { headers: { Cookie: cookie }, redirect: 'manual' });

  test('shows NPS, group counts and totals computed from the stored rows', async () => {
    const res = await dashboard('?survey=q4');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), ADMIN_CSP);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const page = await res.text();
    assert.match(page, /<p class="nps-score" id="nps-score">17<\/p>/);
    assert.match(page, /from 6 NPS responses/);
    assert.match(page, /Promoters[\s\S]*?class="count">3<\/span> · <span class="percent">50%/);
    assert.match(page, /Passives[\s\S]*?class="count">1<\/span> · <span class="percent">17%/);
    assert.match(page, /Detractors[\s\S]*?class="count">2<\/span> · <span class="percent">33%/);
    assert.match(page, /id="total-responses">6</);
    assert.match(page, /<option value="q4" selected>q4<\/option>/);
    assert.match(page, /href="\/export.csv\?survey=q4"/);
  });

  test('without a filter every survey counts', async () => {
    const page = await (await dashboard()).text();
    // Adds a detractor (3) and a promoter (record 9): 4 promoters, 1 passive, 3 detractors of 8
    // NPS answers → 50% − 37.5% = 12.5, rounded half away from zero → 13. The CSAT answer is not NPS.
    assert.match(page, /id="nps-score">13</);
    assert.match(page, /id="total-responses">9</);
  });

  test('a survey with no NPS answers shows a dash', async () => {
    const page = await (await dashboard('?survey=nothing-yet')).text();
    assert.match(page, /id="nps-score">—</);
    assert.match(page, /No responses yet\./);
  });

  test('the page is accessible: lang, labelled filter, table caption and column headers', async () => {
    const page = await (await dashboard()).text();
    assert.match(page, /<html lang="en">/);
    assert.match(page, /<label for="survey">Survey<\/label>\s*<select id="survey" name="survey">/);
    assert.match(page, /<caption>/);
    assert.equal(page.match(/<th scope="col">/g)?.length, 6);
    assert.match(page, /<link rel="stylesheet" href="\/assets\/dashboard.css" \/>/);
    assert.doesNotMatch(page, /<style|style=|<script/);
  });

  test('hostile comments, user ids and survey ids are escaped', async () => {
    const page = await (await dashboard()).text();
    assert.ok(!page.includes('<script>alert(1)</script>'));
    assert.ok(!page.includes('<img src=x'));
    assert.ok(!page.includes('<b>x</b>'));
    assert.ok(
      page.includes('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;'),
    );
    assert.ok(page.includes('&quot;&gt;&lt;b&gt;x&lt;/b&gt;'));
    assert.doesNotMatch(page, /<script|<img/);
  });

  test('the stylesheet is a same-origin CSS file', async () => {
    const res = await fetch(`${collector.url}/assets/dashboard.css`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(await res.text(), /\.nps-score/);
  });
});

describe('export', () => {
  let collector: TestCollector;
  before(async () => {
    collector = await startTestCollector();
    await postResponses(
      collector.url,
      batch([
        record(1, { comment: 'said "hi", then\nleft', surveyId: 'q4' }),
        record(2, { comment: '=HYPERLINK("http://evil.example")', surveyId: 'q4', score: 3 }),
        record(3, { comment: '@SUM(A1)', surveyId: 'other', user: { id: '-1+1' } }),
      ]),
    );
  });
  after(() => collector.stop());

  test('exports need the admin token', async () => {
    for (const path of ['/export.csv', '/export.json']) {
      const res = await fetch(`${collector.url}${path}`);
      assert.equal(res.status, 401, path);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'unauthorized');
    }
  });

  test('CSV quotes cells and neutralises formulas', async () => {
    const res = await fetch(`${collector.url}/export.csv`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(
      res.headers.get('content-disposition') ?? '',
      /attachment; filename="touchpoint-responses-2026-11-23\.csv"/,
    );
    const lines = (await res.text()).split('\r\n');
    assert.equal(
      lines[0],
      'id,type,survey_id,score,comment,user_id,anonymous_id,created_at,received_at,write_key,data,context',
    );
    assert.equal(lines.length, 1 + 3 + 1, 'header, three rows, trailing newline');
    const body = lines.slice(1).join('\r\n');
    assert.ok(body.includes('"said ""hi"", then\nleft"'));
    assert.ok(body.includes(`"'=HYPERLINK(""http://evil.example"")"`));
    assert.ok(body.includes(",'@SUM(A1),'-1+1,"));
    assert.ok(!/(^|,)[=+\-@]/m.test(body), 'no cell starts with a formula character');
  });

  test('JSON export lists every response, filterable by survey', async () => {
    const res = await fetch(`${collector.url}/export.json?survey=q4`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    assert.equal(res.status, 200);
    const json = (await res.json()) as {
      responses: { id: string; comment: string; user: { id: string } }[];
    };
    assert.equal(json.responses.length, 2);
    assert.equal(json.responses[0]!.comment, 'said "hi", then\nleft');
    assert.equal(json.responses[1]!.comment, '=HYPERLINK("http://evil.example")');
    assert.equal(json.responses[0]!.user.id, 'user-42');
  });
});
