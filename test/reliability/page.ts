/**
 * The pages the chaos collector serves. The host page loads the real script-tag build exactly as
 * a site owner pastes it (SPEC §6); the blank page is a same-origin tab without the SDK, used to
 * reach the origin's IndexedDB from outside the SDK.
 */

export const WRITE_KEY = 'pk_chaos';
export const ENDPOINT_PATH = '/v1/responses';

export const hostPage = (endpoint = ENDPOINT_PATH): string => `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Touchpoint chaos host</title>
<script src="/touchpoint.js" data-endpoint="${endpoint}" data-write-key="${WRITE_KEY}"></script>
<p>A host page with the Touchpoint script tag.</p>
</html>
`;

export const blankPage = (): string => `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>blank</title><p>No SDK here.</p></html>
`;

/** What a captive portal answers instead of the endpoint: 200, but HTML. */
export const captivePortalPage = (): string => `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Sign in to the Wi-Fi</title>
<form action="/login" method="post"><button>Accept and connect</button></form></html>
`;

/**
 * Run in a same-origin tab: opens the SDK's database at a higher version and keeps the upgrade
 * transaction alive with a chain of requests until `window.releaseIdb = true`, so every other open
 * of that database waits. Resolves once the upgrade is held. (A string, not a function: tsx's
 * name-keeping helpers do not exist in the page.)
 */
export const holdUpgradeScript = (dbName: string, version: number): string => `
new Promise((resolve, reject) => {
  const request = indexedDB.open(${JSON.stringify(dbName)}, ${version});
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore('held-by-the-chaos-suite');
    const spin = () => {
      if (window.releaseIdb) return;
      store.count().onsuccess = spin;
    };
    spin();
    resolve();
  };
  request.onsuccess = () => {
    // Once released, step aside for the SDK's own upgrade.
    request.result.onversionchange = () => request.result.close();
  };
  request.onerror = () => reject(request.error);
})`;
