// Size budgets (DEVELOPERS.md): every entry point stays within its gzip budget. `npm test` builds
// first, so the script-tag bundle measured here is the one users get.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { measure, table, type SizeRow } from '../../scripts/size.mjs';

describe('size budgets', () => {
  let rows: SizeRow[] = [];
  before(async () => {
    rows = await measure();
    console.log(table(rows));
  });
  it('every entry point is within its gzip budget', () => {
    assert.ok(rows.length > 0);
    for (const r of rows) {
      assert.ok(r.gzip <= r.budget, `${r.name}: ${r.gzip} B gzip > budget ${r.budget} B`);
    }
  });
});
