// The built CSS says what the sources say. lightningcss (the templates' CSS minifier) keeps numbers
// as 32-bit floats and prints six significant digits, so the popover's documented default
// `--tp-z-index` of 2147483000 once shipped as 2147480000. `npm test` builds first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const builtFiles = (dir: string) =>
  readdirSync(root + dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `${dir}/${f}`, code: readFileSync(`${root}${dir}/${f}`, 'utf8') }));

describe('built CSS', () => {
  it('keeps the popover z-index default exact in the script tag and the npm build', () => {
    const source = readFileSync(root + 'packages/elements/src/survey/survey.styles.ts', 'utf8');
    assert.match(source, /--tp-z-index, 2147483000\)/);
    for (const dir of ['packages/embed/dist', 'packages/elements/dist']) {
      const values = builtFiles(dir).flatMap(({ file, code }) =>
        [...code.matchAll(/--tp-z-index,(\d+)\)/g)].map((m) => `${file}: ${m[1]}`),
      );
      assert.ok(values.length > 0, `${dir} has the popover styles`);
      for (const value of values) assert.match(value, /: 2147483000$/);
    }
  });
});
