/**
 * `tp.definition(id)`: the loaded, valid definition for an inline `<tp-survey>` the page placed
 * itself, and the answered state such an element records. Real IndexedDB, real `<tp-survey>`.
 */
import { expect } from '@open-wc/testing';
import '@touchpoint/elements/define/tp-survey.js';
import { createTouchpoint, type Touchpoint, type TouchpointOptions } from '../index.js';
import { endpointUrl, uniqueName, until } from '../test-support/endpoint.js';
import { rawDelete, rawEntries } from '../test-support/idb.js';
import type { SurveyDefinition } from './definition.js';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);

const nps = (id: string): SurveyDefinition => ({
  id,
  type: 'nps',
  questions: [{ id: 'score', kind: 'nps', text: `How likely are you to recommend us? (${id})` }],
  trigger: { manual: true },
});

describe('tp.definition(id)', () => {
  const cleanup: Array<() => unknown> = [];
  let warnings: string[];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });
  beforeEach(() => {
    warnings = [];
    const warn = console.warn;
    const error = console.error;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    // The invalid definition is reported once at load; that report is tested in surveys.test.ts.
    console.error = () => undefined;
    cleanup.push(() => ((console.warn = warn), (console.error = error)));
  });

  function make(options: Partial<TouchpointOptions>): { tp: Touchpoint; dbName: string } {
    const dbName = uniqueName('tp-definition');
    const tp = createTouchpoint({ endpoint: endpointUrl(uniqueName('ep')), dbName, ...options });
    cleanup.push(() => rawDelete(dbName));
    cleanup.push(() => tp.destroy());
    return { tp, dbName };
  }

  const broken = { id: 'broken', type: 'nps', questions: [{ id: 'q', kind: 'single', text: 'x' }] };

  // [name, id asked, expected definition, expected warning]
  const table: Array<[string, string, SurveyDefinition | undefined, string | undefined]> = [
    ['a known id', 'known', nps('known'), undefined],
    ['an unknown id', 'nope', undefined, 'Touchpoint: definition("nope"): no survey has this id'],
    [
      'an invalid definition',
      'broken',
      undefined,
      'Touchpoint: definition("broken"): its definition is invalid (see the error above)',
    ],
  ];
  for (const [name, id, expected, warning] of table) {
    it(`${name} → ${expected ? 'its definition' : 'undefined, with a warning'}`, async () => {
      const { tp } = make({ surveys: [nps('known'), broken as unknown as SurveyDefinition] });
      // Asked at once: the answer waits for the lazily loaded runtime and its definitions.
      expect(await tp.definition(id)).to.deep.equal(expected);
      expect(warnings).to.deep.equal(warning ? [warning] : []);
    });
  }

  it('without surveys configured: undefined, with a warning; a bad id rejects', async () => {
    const { tp } = make({});
    expect(await tp.definition('known')).to.equal(undefined);
    expect(warnings).to.deep.equal([
      'Touchpoint: definition("known"): no surveys or surveysUrl configured',
    ]);
    let error: Error | undefined;
    await tp.definition('' as string).catch((e: Error) => (error = e));
    expect(error?.message).to.equal('Touchpoint: definition() needs a survey id');
  });

  it('an answered inline <tp-survey> is recorded as answered in the survey history', async () => {
    const { tp, dbName } = make({ surveys: [nps('inline-q'), nps('other')], now: () => NOW });
    const el = document.createElement('tp-survey') as HTMLElement & {
      definition?: SurveyDefinition;
    };
    el.setAttribute('survey-id', 'inline-q');
    el.setAttribute('mode', 'inline');
    el.definition = await tp.definition('inline-q');
    document.body.append(el);
    cleanup.push(() => el.remove());
    tp.connect(el);
    const queued: string[] = [];
    tp.on('response:queued', ({ record }) => queued.push(`${record.surveyId}:${record.score}`));

    el.dispatchEvent(
      new CustomEvent('tp-submit', {
        detail: { type: 'nps', surveyId: 'inline-q', score: 8 },
        bubbles: true,
        composed: true,
      }),
    );
    await until(() => queued.length === 1, 'the answer in the outbox');
    expect(queued).to.deep.equal(['inline-q:8']);
    type Stored = { surveys: Record<string, { answeredAt?: number }> };
    const history = async () =>
      (await rawEntries(dbName, 'meta')).find(([key]) => key === 'surveys:history')?.[1] as
        Stored | undefined;
    await until(
      async () => (await history())?.surveys['inline-q']?.answeredAt === NOW,
      'answered in the stored history',
    );
    expect((await history())?.surveys['other']?.answeredAt).to.equal(undefined);
  });
});
