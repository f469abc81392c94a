// node:test reporter that writes {passed, failed, skipped} of leaf tests to TP_COUNT_FILE.
import { writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  const acc = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    const d = event.data;
    if (event.type === 'test:pass' || event.type === 'test:fail') {
      if (d.details?.type === 'suite') {
        // A suite that fails in a hook has no failing leaf to count.
        if (event.type === 'test:fail' && d.details.error?.failureType === 'hookFailed')
          acc.failed++;
        continue;
      }
      if (d.skip || d.todo) acc.skipped++;
      else if (event.type === 'test:pass') acc.passed++;
      else acc.failed++;
    }
  }
  if (process.env.TP_COUNT_FILE) writeFileSync(process.env.TP_COUNT_FILE, JSON.stringify(acc));
  yield '';
}
