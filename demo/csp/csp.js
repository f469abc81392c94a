// Runs before the loader (a classic script in <head>): records every Content Security Policy
// violation into window.__cspViolations (read by test/e2e/csp.test.ts) and shows the count.
window.__cspViolations = [];

function showStatus() {
  const status = document.getElementById('csp-status');
  if (!status) return;
  const violations = window.__cspViolations;
  status.textContent = violations.length
    ? `${violations.length} CSP violation(s): ` +
      violations.map((v) => `${v.effectiveDirective} blocked ${v.blockedURI}`).join('; ')
    : 'No CSP violations so far.';
  status.classList.toggle('violated', violations.length > 0);
}

// Capture on the document: the event is composed, so violations caused inside a shadow root
// reach it too.
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__cspViolations.push({
      effectiveDirective: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
      sample: event.sample,
    });
    showStatus();
  },
  true,
);
document.addEventListener('DOMContentLoaded', showStatus);
