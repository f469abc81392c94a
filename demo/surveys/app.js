// The demo's own page code: a tiny History-API router, buttons that call the SDK, and a log of
// survey events. It only ever pushes calls onto `window.touchpoint`, which works both before the
// loader arrives (a queue it replays) and after (the SDK instance, which keeps `push`).
window.touchpoint = window.touchpoint || [];
const tp = (...call) => window.touchpoint.push(call);

tp('identify', 'demo-visitor', { plan: 'pro' });

for (const type of [
  'surveys:loaded',
  'survey:shown',
  'survey:answered',
  'survey:dismissed',
  'survey:invalid',
]) {
  tp('on', type, (payload) => log(`${type} ${JSON.stringify(payload)}`));
}

function log(text) {
  const list = document.getElementById('log');
  if (!list) return;
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  list.prepend(item);
}

/** Shows the section of the current `?page=`, like an SPA's router would. */
function render() {
  const page = new URLSearchParams(location.search).get('page') || 'home';
  for (const section of document.querySelectorAll('[data-page]')) {
    section.hidden = section.dataset.page !== page;
  }
  for (const link of document.querySelectorAll('a[data-route]')) {
    const current = new URL(link.href).searchParams.get('page') === page;
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest('a[data-route]');
  if (link) {
    event.preventDefault();
    if (link.dataset.route === 'replace') history.replaceState(null, '', link.href);
    else history.pushState(null, '', link.href);
    render();
    return;
  }
  const tracked = target?.closest('[data-track]');
  if (tracked) {
    const value = Number(document.getElementById('order-value')?.value || 0);
    tp('track', tracked.dataset.track, { value });
    log(`track ${tracked.dataset.track} ${JSON.stringify({ value })}`);
  }
  const shown = target?.closest('[data-show]');
  if (shown) tp('show', shown.dataset.show);
  if (target?.closest('[data-dismiss]')) tp('dismiss');
});
addEventListener('popstate', render);

// The long article: enough text to scroll.
const chapters = document.getElementById('chapters');
if (chapters) {
  const titles = ['Ethiopia', 'Colombia', 'Kenya', 'Brazil', 'Sumatra', 'Guatemala'];
  for (const title of titles) {
    const section = document.createElement('section');
    section.className = 'chapter';
    const heading = document.createElement('h2');
    heading.textContent = title;
    const text = document.createElement('p');
    text.textContent =
      `Coffee from ${title} is grown at altitude, picked by hand and dried in the sun. ` +
      'The beans travel for weeks before they are roasted in small batches and sent to you.';
    section.append(heading, text);
    chapters.append(section);
  }
}

render();
