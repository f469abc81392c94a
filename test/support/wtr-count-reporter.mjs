// Writes {passed, failed} for the whole web-test-runner run to a file, so scripts/test.mjs can
// print one total across every runner. A test file that fails to load counts as one failure.
import { writeFileSync } from 'node:fs';

function countSuite(suite, acc) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) countSuite(s, acc);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = acc.failed;
        if (session.testResults) countSuite(session.testResults, acc);
        if (!session.passed && acc.failed === before) acc.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify(acc));
    },
  };
}
