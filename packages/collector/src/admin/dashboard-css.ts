/**
 * The admin pages' stylesheet, served as `/assets/dashboard.css`. It lives in TypeScript so the
 * bundled collector needs no asset copying. Colours meet WCAG AA contrast on their backgrounds.
 */
export const DASHBOARD_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --surface: #ffffff; --text: #1f2430; --muted: #4f5666; --border: #d5d9e0;
  --accent: #1d4ed8; --accent-text: #ffffff; --promoter: #166534; --passive: #57534e;
  --detractor: #b91c1c; --focus: #f59e0b;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.5; color: var(--text); background: var(--bg);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111318; --surface: #1b1e26; --text: #e8eaf0; --muted: #b3b9c6; --border: #343947;
    --accent: #93b4ff; --accent-text: #0b1020; --promoter: #6ee7a0; --passive: #d6d3d1;
    --detractor: #fca5a5;
  }
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.topbar {
  display: flex; align-items: center; justify-content: space-between; gap: 1rem;
  padding: 0.75rem 1.5rem; background: var(--surface); border-bottom: 1px solid var(--border);
}
.brand { margin: 0; font-weight: 700; }
.topbar nav { display: flex; align-items: center; gap: 1rem; }
.topbar form { margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { margin: 0 0 1rem; font-size: 1.6rem; }
h2 { margin: 0 0 0.5rem; font-size: 1.1rem; }
button {
  font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--accent); background: var(--accent); color: var(--accent-text);
}
input, select {
  font: inherit; padding: 0.4rem 0.6rem; border-radius: 6px;
  border: 1px solid var(--muted); background: var(--surface); color: var(--text);
}
.filter { display: flex; align-items: center; gap: 0.5rem; margin-bottom: 1.5rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.card {
  background: var(--surface); border: 1px solid var(--border); border-radius: 10px;
  padding: 1rem 1.25rem;
}
.nps-score, .total { font-size: 3rem; font-weight: 700; margin: 0; line-height: 1.1; }
.muted, .range, caption, .hint { color: var(--muted); }
.groups, .by-type { margin: 1rem 0 0; display: grid; gap: 0.5rem; }
.groups dt, .by-type dt { font-weight: 600; }
.groups dd, .by-type dd { margin: 0; display: flex; align-items: center; gap: 0.5rem; }
.by-type div { display: flex; justify-content: space-between; border-bottom: 1px solid var(--border); }
.promoters dt { color: var(--promoter); }
.passives dt { color: var(--passive); }
.detractors dt { color: var(--detractor); }
meter { flex: 1; min-width: 6rem; height: 0.75rem; }
section { margin-top: 1.5rem; }
.cards section { margin-top: 0; }
.table-wrap { overflow-x: auto; background: var(--surface); border: 1px solid var(--border); border-radius: 10px; }
table { width: 100%; border-collapse: collapse; }
caption { text-align: left; padding: 0.75rem 1rem; }
th, td { text-align: left; padding: 0.5rem 1rem; border-top: 1px solid var(--border); vertical-align: top; }
th { font-weight: 600; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.comment { max-width: 32rem; white-space: pre-wrap; overflow-wrap: anywhere; }
td.empty { text-align: center; color: var(--muted); padding: 2rem; }
.login { max-width: 24rem; margin: 10vh auto; padding: 2rem; background: var(--surface);
  border: 1px solid var(--border); border-radius: 10px; }
.login form { display: grid; gap: 0.5rem; }
.error { color: var(--detractor); font-weight: 600; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;
