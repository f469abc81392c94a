// Runs before the loader (a classic script in <head>): records every Content Security Policy
// violation into window.__cspViolations (read by test/e2e/csp.test.ts) and shows the count, and
// gives the inline <tp-survey> its definition (a property: there is no attribute for it).
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

const definition = {
  id: 'csp-survey',
  type: 'csat',
  title: 'Two quick questions',
  questions: [
    {
      id: 'satisfaction',
      kind: 'csat',
      variant: 'emoji',
      text: 'How satisfied are you with checkout?',
    },
    {
      id: 'liked',
      kind: 'multi',
      text: 'What did you like?',
      choices: [
        { id: 'speed', label: 'Speed' },
        { id: 'price', label: 'Price' },
        { id: 'design', label: 'Design' },
      ],
    },
  ],
  display: { mode: 'inline' },
};

customElements.whenDefined('tp-survey').then(() => {
  for (const survey of document.querySelectorAll('tp-survey')) survey.definition = definition;
});
