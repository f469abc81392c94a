import { expect, fixture, html } from '@open-wc/testing';
import type { SurveyDefinition } from '@touchpoint/core/survey';
import '../define/tp-survey.js';
import { assertPageVisible, partOf, record } from '../internal/test-support.js';
import { kindLoaders } from './kinds.js';
import type { TpSurvey } from './survey.js';

/**
 * Question kinds load on demand (issue 7). This page imports nothing of a kind before a test
 * asks for it, so the order of the tests matters: each uses kinds no earlier test loaded.
 */

/** The question kind modules the page has fetched so far (file names under survey/kinds/). */
// The default buffer keeps 250 entries; make room for everything the tests fetch.
performance.setResourceTimingBufferSize(10_000);

const fetchedKinds = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/survey\/kinds\/survey-(\w+)\.[jt]s/.exec(entry.name)?.[1])
    .filter(Boolean);

/** Everything fetched from a component folder of tp-csat or tp-ces. */
const fetchedRatingComponents = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/src\/(csat|ces)\//.test(name));

const radios = (el: TpSurvey) => el.shadowRoot!.querySelectorAll('[role="radio"]');

/** Appends a survey and resolves at its tp-show with what was drawn by then. */
async function showing(definition: SurveyDefinition, attributes: Partial<TpSurvey> = {}) {
  const el = Object.assign(document.createElement('tp-survey'), attributes, { definition });
  const shown = new Promise<{ radios: number; kinds: unknown[] }>((resolve) =>
    el.addEventListener('tp-show', () =>
      resolve({ radios: radios(el).length, kinds: fetchedKinds() }),
    ),
  );
  document.body.append(el);
  expect(el.shadowRoot!.children, 'nothing before its kinds are there').to.have.length(0);
  return { el, atShow: await shown };
}

describe('tp-survey question kinds load on demand', () => {
  beforeEach(assertPageVisible);
  afterEach(() => document.querySelectorAll('tp-survey').forEach((el) => el.remove()));

  it('an NPS + text survey fetches the scale and text kinds only, and shows once both are there', async () => {
    const names = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      names.some((name) => name.includes('/survey/survey.')),
      'resource timing saw the static imports (so it would see tp-csat code among them)',
    ).to.equal(true);
    expect(fetchedKinds(), 'nothing before a survey asks').to.deep.equal([]);
    const { atShow } = await showing({
      id: 'nps-text',
      type: 'nps',
      questions: [
        { id: 'score', kind: 'nps', text: 'Recommend us?' },
        { id: 'why', kind: 'text', text: 'Why?', optional: true },
      ],
    });
    expect(atShow.radios, 'the first step is complete when shown').to.equal(11);
    expect([...atShow.kinds].sort(), 'the later text step is loaded too').to.deep.equal([
      'scale',
      'text',
    ]);
    expect(fetchedRatingComponents(), 'no CSAT pictures, no CES wording').to.deep.equal([]);
  });

  it('a definition set before the element was upgraded loads its kinds and shows', async () => {
    // As on a script-tag page: the page sets `definition` while the tp-survey chunk is still on
    // its way; Lit restores that property only during the first update.
    const el = document.implementation
      .createHTMLDocument('')
      .createElement('tp-survey') as TpSurvey;
    el.definition = {
      id: 'early',
      type: 'csat',
      questions: [{ id: 'sat', kind: 'csat', text: 'Happy?' }],
    };
    const shown = new Promise((resolve) => el.addEventListener('tp-show', resolve));
    document.body.append(el);
    expect(el).to.be.instanceOf(customElements.get('tp-survey')!);
    await shown;
    expect(radios(el), 'the CSAT scale').to.have.length(5);
  });

  it("a kind's styles apply from its first render", async () => {
    const { el } = await showing({
      id: 'stars',
      type: 'csat',
      questions: [{ id: 'stars', kind: 'csat', variant: 'stars', text: 'Stars?' }],
    });
    expect(fetchedKinds().sort()).to.deep.equal(['csat', 'scale', 'text']);
    const star = el.shadowRoot!.querySelector('.star')!;
    expect(getComputedStyle(star).inlineSize, 'tp-csat icon size').to.equal('28px');
  });

  it('a definition replaced while its kinds load: the new one shows, complete, once', async () => {
    const original = kindLoaders.single;
    let started!: () => void;
    const loading = new Promise<void>((resolve) => (started = resolve));
    kindLoaders.single = () => {
      started();
      return original();
    };
    const choices = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ];
    try {
      const el = document.createElement('tp-survey');
      el.definition = {
        id: 'first',
        type: 'feedback',
        questions: [{ id: 'one', kind: 'single', text: 'One?', choices }],
      };
      const shows = record<CustomEvent>(el, 'tp-show');
      document.body.append(el);
      await loading;
      el.definition = {
        id: 'second',
        type: 'feedback',
        questions: [
          { id: 'many', kind: 'multi', text: 'Many?', choices },
          { id: 'why', kind: 'text', text: 'Why?' },
        ],
      };
      await el.updateComplete;
      expect(shows.map((event) => event.detail)).to.deep.equal([
        { type: 'feedback', surveyId: 'second' },
      ]);
      const boxes = el.shadowRoot!.querySelectorAll('input[type="checkbox"]');
      expect(boxes, 'the multiple-choice step').to.have.length(2);
      const choice = el.shadowRoot!.querySelector('.choice')!;
      expect(getComputedStyle(choice).display, 'with its styles').to.equal('flex');
    } finally {
      kindLoaders.single = original;
    }
  });

  it('a kind that does not load: nothing shown, a clear console error, shown at a later update once it loads', async () => {
    const original = kindLoaders.ces;
    const missing = new URL('./kinds/missing-kind.js', import.meta.url).href;
    kindLoaders.ces = () => import(missing);
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    let el: TpSurvey;
    try {
      el = await fixture<TpSurvey>(
        html`<tp-survey
          mode="popover"
          open
          .definition=${
            {
              id: 'effort',
              type: 'ces',
              questions: [{ id: 'ease', kind: 'ces', text: 'How easy was it?' }],
            } satisfies SurveyDefinition
          }
        ></tp-survey>`,
      );
    } finally {
      console.error = consoleError;
      kindLoaders.ces = original;
    }
    const shows = record(el, 'tp-show');
    expect(el.shadowRoot!.children).to.have.length(0);
    expect(errors.map(([message]) => message)).to.deep.equal([
      'tp-survey: not showing survey "effort": the code of its ces questions did not load; trying again at its next update',
    ]);
    expect(errors[0]![1], 'with the import error').to.be.an('error');
    el.open = false;
    await el.updateComplete;
    el.open = true;
    await el.updateComplete;
    expect(radios(el), 'loaded on the retry').to.have.length(7);
    expect(partOf(el, 'base')!.matches(':popover-open')).to.equal(true);
    expect(shows).to.have.length(1);
  });
});
