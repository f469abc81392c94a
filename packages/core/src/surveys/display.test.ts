/**
 * The display shell on a page where `<tp-survey>` is NOT defined up front (each test file gets
 * its own page): waiting for it, `loadElement`, and how a shown survey ends. Tests run in order:
 * the first ones need the tag undefined.
 */
import { expect } from '@open-wc/testing';
import { createTouchpoint } from '../index.js';
import { endpointUrl, uniqueName, until } from '../test-support/endpoint.js';
import { rawDelete } from '../test-support/idb.js';
// Test-only reach into the element's internals, to make a question kind fail to load for real.
import { kindLoaders } from '../../../elements/src/survey/kinds.js';
import type { SurveyDefinition } from './definition.js';
import {
  mountSurvey,
  SURVEY_TAG,
  whenSurveyElementDefined,
  type SurveyOutcome,
} from './display.js';

const definition: SurveyDefinition = {
  id: 'q4',
  type: 'nps',
  questions: [{ id: 'score', kind: 'nps', text: 'How likely are you to recommend us?' }],
  display: { mode: 'popover' },
};

describe('display', () => {
  it('gives up on an undefined <tp-survey> after the timeout, saying what to do', async () => {
    expect(customElements.get(SURVEY_TAG)).to.equal(undefined);
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
    try {
      expect(await whenSurveyElementDefined(undefined, 50)).to.equal(false);
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([
      'Touchpoint: <tp-survey> is not defined, so the survey was not shown. Import "@touchpoint/elements/define/tp-survey.js" or pass the loadElement option.',
    ]);
  });

  it('asks loadElement for <tp-survey> and shows the survey once it is defined', async () => {
    const dbName = uniqueName('tp-display');
    const loads: string[] = [];
    const tp = createTouchpoint({
      endpoint: endpointUrl(uniqueName('ep')),
      dbName,
      surveys: [definition],
      loadElement: async (tag) => {
        loads.push(tag);
        // What the embed does: import the chunk that defines the tag.
        await import('@touchpoint/elements/define/tp-survey.js');
      },
    });
    const shown: string[] = [];
    tp.on('survey:shown', ({ surveyId }) => shown.push(surveyId));
    try {
      tp.show('q4');
      await until(() => shown.length === 1, 'survey:shown');
      expect(loads).to.deep.equal(['tp-survey']);
      expect(customElements.get(SURVEY_TAG)).to.not.equal(undefined);
      expect(document.querySelector('tp-survey[open]')).to.not.equal(null);
    } finally {
      tp.destroy();
      await until(() => !document.querySelector('tp-survey'), 'removed on destroy');
      await rawDelete(dbName);
    }
  });

  describe('mountSurvey outcomes', () => {
    const mount = () => {
      const submitted: unknown[] = [];
      let answered = 0;
      const mounted = mountSurvey(definition, {
        connect: (element) => {
          const listener = (e: Event) => submitted.push((e as CustomEvent).detail);
          element.addEventListener('tp-submit', listener);
          return () => element.removeEventListener('tp-submit', listener);
        },
        onAnswered: () => answered++,
      });
      return { mounted, submitted, answered: () => answered };
    };
    const submit = (el: EventTarget) =>
      el.dispatchEvent(new CustomEvent('tp-submit', { detail: { type: 'nps', score: 3 } }));

    const cases: Array<
      [
        string,
        (el: HTMLElement, close: (how: 'dismissed' | 'closed') => void) => void,
        SurveyOutcome,
      ]
    > = [
      [
        'tp-dismiss → dismissed',
        (el) => el.dispatchEvent(new CustomEvent('tp-dismiss')),
        'dismissed',
      ],
      ['the element drops `open` → dismissed', (el) => el.removeAttribute('open'), 'dismissed'],
      ['removed by the page → closed', (el) => el.remove(), 'closed'],
      [
        'close("dismissed") (tp.dismiss) → dismissed',
        (_, close) => close('dismissed'),
        'dismissed',
      ],
      [
        'answered, then its thank-you closes → answered',
        (el) => {
          submit(el);
          el.removeAttribute('open');
        },
        'answered',
      ],
      [
        'a partial answer saved a microtask after removal → answered',
        (el, close) => {
          close('closed');
          queueMicrotask(() => submit(el));
        },
        'answered',
      ],
    ];
    it('shown: true at its first tp-show', async () => {
      const { mounted } = mount();
      expect(await mounted.shown).to.equal(true);
      mounted.close('closed');
      await mounted.closed;
    });

    it('shown: false when closed before it showed', async () => {
      const { mounted } = mount();
      mounted.close('closed');
      expect(await mounted.shown).to.equal(false);
      expect(await mounted.closed).to.equal('closed');
    });

    it('shown: false, and closed, when it does not show in time (its question kind never loads)', async () => {
      const original = kindLoaders.ces;
      kindLoaders.ces = () => new Promise(() => {});
      try {
        const mounted = mountSurvey(
          { ...definition, type: 'ces', questions: [{ id: 'e', kind: 'ces', text: 'Easy?' }] },
          { connect: () => () => {}, onAnswered: () => {}, showTimeoutMs: 300 },
        );
        expect(await mounted.shown).to.equal(false);
        expect(await mounted.closed).to.equal('closed');
        expect(mounted.element.isConnected).to.equal(false);
      } finally {
        kindLoaders.ces = original;
      }
    });

    for (const [name, act, outcome] of cases) {
      it(name, async () => {
        const { mounted, submitted, answered } = mount();
        expect(mounted.element.isConnected).to.equal(true);
        act(mounted.element, mounted.close);
        expect(await mounted.closed).to.equal(outcome);
        expect(mounted.element.isConnected).to.equal(false);
        expect(answered()).to.equal(outcome === 'answered' ? 1 : 0);
        expect(submitted).to.have.length(outcome === 'answered' ? 1 : 0);
        // Nothing listens any more.
        submit(mounted.element);
        expect(submitted).to.have.length(outcome === 'answered' ? 1 : 0);
      });
    }
  });
});
