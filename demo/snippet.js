// The optional snippet a page can run before touchpoint.js loads. Calls pushed here are
// replayed by the loader, in order.
window.touchpoint = window.touchpoint || [];
window.touchpoint.push(['identify', 'demo-visitor', { plan: 'pro' }]);
