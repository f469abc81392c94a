import { html } from 'hono/html';
import type { ResponseType } from '@touchpoint/core/schema';
import type { StoredResponse } from '../../store/response-store.js';
import type { NpsSummary } from '../nps.js';
import { layout } from './layout.js';

export interface DashboardModel {
  /** Survey ids to offer in the filter. */
  surveyIds: readonly string[];
  /** The survey filtered on, if any. */
  survey: string | undefined;
  nps: NpsSummary;
  countsByType: ReadonlyMap<ResponseType, number>;
  latest: readonly StoredResponse[];
}

const dash = '—';

/** `2026-11-23T10:00:00.000Z` → `2026-11-23 10:00 UTC`. */
function shortTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function npsSection(nps: NpsSummary) {
  const group = (label: string, range: string, n: number, percent: number, cls: string) =>
    html`<div class="group ${cls}">
      <dt>${label} <span class="range">(${range})</span></dt>
      <dd>
        <span class="count">${n}</span> · <span class="percent">${percent}%</span>
        <meter min="0" max="100" value="${percent}" aria-label="${label} share">${percent}%</meter>
      </dd>
    </div>`;
  return html`<section class="card nps" aria-labelledby="nps-heading">
    <h2 id="nps-heading">Net Promoter Score</h2>
    <p class="nps-score" id="nps-score">${nps.score === null ? dash : nps.score}</p>
    <p class="muted">
      ${
        nps.total === 0
          ? 'No NPS responses yet'
          : `from ${nps.total} NPS response${nps.total === 1 ? '' : 's'}`
      }
    </p>
    <dl class="groups">
      ${group('Promoters', '9–10', nps.promoters, nps.promoterPercent, 'promoters')}
      ${group('Passives', '7–8', nps.passives, nps.passivePercent, 'passives')}
      ${group('Detractors', '0–6', nps.detractors, nps.detractorPercent, 'detractors')}
    </dl>
  </section>`;
}

function totalsSection(countsByType: ReadonlyMap<ResponseType, number>) {
  const total = [...countsByType.values()].reduce((a, b) => a + b, 0);
  return html`<section class="card totals" aria-labelledby="totals-heading">
    <h2 id="totals-heading">Responses</h2>
    <p class="total" id="total-responses">${total}</p>
    <dl class="by-type">
      ${[...countsByType].map(
        ([type, n]) =>
          html`<div>
            <dt>${type}</dt>
            <dd>${n}</dd>
          </div>`,
      )}
    </dl>
  </section>`;
}

function responsesTable(latest: readonly StoredResponse[]) {
  const rows = latest.map(
    (r) =>
      html`<tr>
        <td><time datetime="${r.createdAt}">${shortTime(r.createdAt)}</time></td>
        <td>${r.type}</td>
        <td>${r.surveyId ?? dash}</td>
        <td class="num">${r.score ?? dash}</td>
        <td class="comment">${r.comment ?? ''}</td>
        <td>${r.userId ?? r.anonymousId ?? dash}</td>
      </tr>`,
  );
  return html`<section aria-labelledby="latest-heading">
    <h2 id="latest-heading">Latest responses</h2>
    <div class="table-wrap">
      <table>
        <caption>
          The ${latest.length} most recent responses, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Type</th>
            <th scope="col">Survey</th>
            <th scope="col">Score</th>
            <th scope="col">Comment</th>
            <th scope="col">User</th>
          </tr>
        </thead>
        <tbody>
          ${
            rows.length
              ? rows
              : html`<tr>
                  <td colspan="6" class="empty">No responses yet.</td>
                </tr>`
          }
        </tbody>
      </table>
    </div>
  </section>`;
}

/** The dashboard: filter, NPS, totals, latest responses, export links. Every value is escaped. */
export function dashboardPage(model: DashboardModel) {
  const query = model.survey ? `?survey=${encodeURIComponent(model.survey)}` : '';
  return layout(
    'Dashboard',
    html`<header class="topbar">
        <p class="brand">Touchpoint</p>
        <nav aria-label="Export and account">
          <a href="/export.csv${query}">Export CSV</a>
          <a href="/export.json${query}">Export JSON</a>
          <form method="post" action="/logout"><button type="submit">Sign out</button></form>
        </nav>
      </header>
      <main>
        <h1>Dashboard</h1>
        <form method="get" action="/" class="filter">
          <label for="survey">Survey</label>
          <select id="survey" name="survey">
            <option value="">All surveys</option>
            ${model.surveyIds.map(
              (id) =>
                html`<option value="${id}" ${id === model.survey ? 'selected' : ''}>${id}</option>`,
            )}
          </select>
          <button type="submit">Show</button>
        </form>
        <div class="cards">${npsSection(model.nps)} ${totalsSection(model.countsByType)}</div>
        ${responsesTable(model.latest)}
      </main>`,
  );
}
