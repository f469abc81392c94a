// The raw baselines' keys: time-ordered like the SDK's ids, and shaped as UUIDv7 so the reference
// collector accepts the fetch loop's records. Run: node --import tsx --test bench/keys.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderedKey } from './browser/keys.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('orderedKey', () => {
  const prefix = Date.now();

  it('is a UUIDv7 whose first 48 bits are the prefix', () => {
    for (const i of [0, 1, 4095, 4096, 999_999, 2 ** 40]) {
      const key = orderedKey(prefix, i);
      assert.match(key, UUID_V7);
      assert.equal(key.replace(/-/g, '').slice(0, 12), prefix.toString(16).padStart(12, '0'));
    }
  });

  it('sorts as its numbers do, within a prefix and across prefixes', () => {
    const numbers = [0, 1, 15, 16, 255, 4095, 4096, 65_535, 1_000_000, 2 ** 36, 2 ** 40];
    const keys = numbers.map((i) => orderedKey(prefix, i));
    assert.deepEqual([...keys].sort(), keys);
    assert.equal(new Set(keys).size, keys.length);
    assert.ok(orderedKey(prefix, 2 ** 40) < orderedKey(prefix + 1, 0));
  });
});
