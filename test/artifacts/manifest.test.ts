// custom-elements.json is public API (editors, Storybook and the React/Vue wrappers read it):
// every tag is there, with its public attributes and none of its internal state. `npm test`
// builds (and so generates the manifest) first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string; fieldName?: string }>;
  members?: Array<{ name: string; privacy?: string; attribute?: string }>;
}
const manifest = JSON.parse(
  readFileSync(new URL('../../packages/elements/custom-elements.json', import.meta.url), 'utf8'),
) as { modules: Array<{ declarations?: Declaration[] }> };
const tags = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName!, d]),
);

describe('custom-elements.json', () => {
  it('lists every component with the attributes they share', () => {
    assert.deepEqual([...tags.keys()].sort(), [
      'tp-ces',
      'tp-csat',
      'tp-feedback',
      'tp-nps',
      'tp-survey',
    ]);
    for (const [tag, d] of tags) {
      const names = (d.attributes ?? []).map((a) => a.name);
      for (const shared of ['survey-id', 'name', 'required', 'disabled', 'locale', 'theme']) {
        assert.ok(names.includes(shared), `${tag} lists ${shared}`);
      }
    }
  });

  it('lists no private or protected field as an attribute (Lit state has none)', () => {
    for (const [tag, d] of tags) {
      for (const attribute of d.attributes ?? []) {
        const member = d.members?.find((m) => m.name === attribute.fieldName);
        assert.ok(
          !member?.privacy || member.privacy === 'public',
          `${tag}: attribute "${attribute.name}" is the ${member?.privacy} field ${member?.name}`,
        );
      }
    }
  });
});
