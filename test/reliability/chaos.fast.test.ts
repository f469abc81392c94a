// The fast subset of the chaos suite, in `npm test`: each cell injects one fault between the real
// script-tag build in Chromium and a loopback collector, and the collector's ledger must show
// every answer stored once (or dead-lettered where the cell expects it), none invented.
// The full suite with larger N: `npm run test:reliability` (test/reliability/run.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fastCells } from './cells/index.js';
import { runCell } from './harness.js';

describe('chaos, fast subset (N = 20)', () => {
  for (const cell of fastCells(20)) {
    it(`${cell.name}: lost 0, duplicates stored 0, phantoms 0`, async () => {
      const r = await runCell(cell);
      assert.equal(r.submitted, cell.n, `every submit resolved (${r.failures.join(' | ')})`);
      assert.equal(r.lost, 0, `lost: ${r.examples.lost.join('; ')}`);
      assert.equal(r.storedDuplicates, 0, `stored twice: ${r.examples.duplicated.join('; ')}`);
      assert.equal(r.phantoms, 0, `phantoms: ${r.examples.phantoms.join(', ')}`);
      assert.equal(r.deadLettered, cell.expectedDeadLetters ?? 0, 'dead letters');
      assert.ok(r.drained, 'drained in time');
      assert.deepEqual(r.failures, [], 'the cell’s own checks');
    });
  }
});
