import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/tp-ces.js';
import type { ResponseDetail } from '../internal/events.js';
import { formControlSuite } from '../internal/form-control.suite.js';
import {
  tabInto,
  accessibleNames,
  assertPageVisible,
  chooseAndContinue,
  expectKeySteps,
  expectSame,
  hidePage,
  partOf,
  radiosOf,
  record,
  textOf,
  typeComment,
} from '../internal/test-support.js';
import type { TpCes } from './ces.js';

// ---- helpers ---------------------------------------------------------------------------------

const radios = (el: TpCes) => radiosOf(el);
const part = <T extends HTMLElement = HTMLElement>(el: TpCes, name: string) => partOf<T>(el, name);
const focused = (el: TpCes) => el.shadowRoot!.activeElement;
const details = (events: CustomEvent<ResponseDetail>[]) => events.map((event) => event.detail);

async function ces(attributes = ''): Promise<TpCes> {
  const el = await fixture<TpCes>(`<tp-ces ${attributes}></tp-ces>`);
  await el.updateComplete;
  return el;
}

const NAMES: Record<5 | 7, string[]> = {
  7: [
    '1 – Very difficult',
    '2 – Difficult',
    '3 – Somewhat difficult',
    '4 – Neither easy nor difficult',
    '5 – Somewhat easy',
    '6 – Easy',
    '7 – Very easy',
  ],
  5: [
    '1 – Very difficult',
    '2 – Difficult',
    '3 – Neither easy nor difficult',
    '4 – Easy',
    '5 – Very easy',
  ],
};

// ---- the three blocks every component opens with -----------------------------------------------

describe('tp-ces', () => {
  beforeEach(assertPageVisible);

  describe('renders and is accessible', () => {
    for (const [attributes, points] of [
      ['', 7],
      ['scale="7"', 7],
      ['scale="5"', 5],
    ] as const) {
      it(`<tp-ces ${attributes}>: ${points} radios named by number first, labelled, accessible`, async () => {
        const el = await ces(attributes);
        const group = part(el, 'scale')!;
        expect(group.getAttribute('role')).to.equal('radiogroup');
        expect(
          el
            .shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!
            .textContent!.trim(),
        ).to.equal('How easy was it to get what you needed?');
        expect(await accessibleNames(el, radios(el))).to.deep.equal(NAMES[points]);
        expect(radios(el).map((r) => r.getAttribute('aria-checked'))).to.deep.equal(
          Array(points).fill('false'),
        );
        expect(textOf(el, 'low-label')).to.equal('Very difficult');
        expect(textOf(el, 'high-label')).to.equal('Very easy');
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible in every state and in the dark theme', async () => {
      const light = await ces();
      const el = await ces('theme="dark" dismissible value="6"');
      const bg = (node: TpCes) => getComputedStyle(part(node, 'base')!).backgroundColor;
      expect(bg(el)).to.not.equal(bg(light));
      expect(radios(el)[5]!.getAttribute('part')).to.equal('score-button selected');
      await expect(el).to.be.accessible();
      part(el, 'next-button')!.click();
      await el.updateComplete;
      expect(part(el, 'textarea')).to.not.equal(null);
      await expect(el).to.be.accessible();
      part(el, 'skip-button')!.click();
      await el.updateComplete;
      expect(part(el, 'thank-you')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('gives every option a target of at least 24×24 px at 320 px wide', async () => {
      const el = await fixture<TpCes>('<tp-ces style="width: 320px"></tp-ces>');
      for (const radio of radios(el)) {
        const box = radio.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });
  });

  describe('works by keyboard', () => {
    const tabIn = (markup: string) => tabInto<TpCes>(markup, 'tp-ces');

    it('one tab stop on the chosen score; arrows wrap, Home/End jump', async () => {
      const el = await tabIn('<tp-ces value="4"></tp-ces>');
      expectSame(focused(el), radios(el)[3]);
      const steps: Array<[string, string]> = [
        ['ArrowRight', '5'],
        ['End', '7'],
        ['ArrowDown', '1'],
        ['ArrowLeft', '7'],
        ['Home', '1'],
        ['ArrowUp', '7'],
      ];
      await expectKeySteps(el, steps);
    });

    it('RTL (inherited dir) mirrors the layout and left/right keys', async () => {
      const wrapper = await fixture<HTMLElement>(
        '<div dir="rtl"><tp-ces scale="5" value="3"></tp-ces></div>',
      );
      const el = wrapper.querySelector('tp-ces')!;
      await el.updateComplete;
      expect(radios(el)[0]!.getBoundingClientRect().left).to.be.greaterThan(
        radios(el)[4]!.getBoundingClientRect().left,
      );
      radios(el)[2]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal('2');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.value).to.equal('4');
    });

    it('Enter confirms, the comment is typed, Submit completes; thank-you takes focus', async () => {
      const el = await tabIn('<tp-ces survey-id="help"></tp-ces>');
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectSame(focused(el), part(el, 'textarea'));
      await sendKeys({ type: 'found it' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(details(submits)).to.deep.equal([
        { type: 'ces', surveyId: 'help', score: 6, comment: 'found it', data: { scale: 7 } },
      ]);
      expectSame(focused(el), part(el, 'thank-you'));
    });

    it('Escape dismisses when dismissible, saving a chosen score first', async () => {
      const el = await tabIn('<tp-ces dismissible></tp-ces>');
      const order: string[] = [];
      el.addEventListener('tp-submit', (e) => order.push(`submit:${e.detail.score}`));
      el.addEventListener('tp-dismiss', (e) => order.push(`dismiss:${e.detail.reason}`));
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Escape' });
      expect(order).to.deep.equal(['submit:2', 'dismiss:escape']);
    });
  });

  describe('works in a form', () => {
    formControlSuite<TpCes>('tp-ces', {
      pick: (el, value) => radios(el)[Number(value) - 1]!.click(),
      validValue: '7',
    });

    formControlSuite<TpCes>('tp-ces', {
      pick: (el, value) => radios(el)[Number(value) - 1]!.click(),
      validValue: '5',
      attributes: 'scale="5" no-follow-up',
    });

    it('required: localized message, anchored on the first option', async () => {
      const form = await fixture<HTMLFormElement>(
        '<form><tp-ces name="ces" required locale="es"></tp-ces></form>',
      );
      const el = form.querySelector('tp-ces')!;
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Seleccione una puntuación.');
      el.reportValidity();
      expectSame(focused(el), radios(el)[0]);
    });
  });

  // ---- behaviour ---------------------------------------------------------------------------------

  describe('events and completion', () => {
    it('fires input/change once per user choice, never for a value set from code', async () => {
      const el = await ces();
      const seen: string[] = [];
      for (const type of ['input', 'change']) {
        el.addEventListener(type, () => seen.push(`${type}:${el.value}`));
      }
      radios(el)[2]!.click();
      radios(el)[2]!.click();
      el.value = 7;
      await el.updateComplete;
      expect(seen).to.deep.equal(['input:3', 'change:3']);
    });

    it('tp-submit once: { type: "ces", score, data: { scale } }, comment left out when skipped', async () => {
      const el = await ces('scale="5"');
      const submits = record<CustomEvent<ResponseDetail>>(document, 'tp-submit');
      await chooseAndContinue(el, 4);
      await typeComment(el, 'changed my mind');
      part(el, 'skip-button')!.click();
      await el.updateComplete;
      hidePage();
      el.remove();
      await Promise.resolve();
      expect(details(submits)).to.deep.equal([{ type: 'ces', score: 5, data: { scale: 5 } }]);
    });

    it('completes with the score and typed comment when removed before finishing', async () => {
      const el = await ces();
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      await chooseAndContinue(el, 0);
      await typeComment(el, 'too many steps');
      el.remove();
      await Promise.resolve();
      expect(details(submits)).to.deep.equal([
        { type: 'ces', score: 1, comment: 'too many steps', data: { scale: 7 } },
      ]);
    });

    it('completes on page hide with the score alone; not for a score from markup', async () => {
      const chosen = await ces();
      const markup = await ces('value="3"');
      const fromChosen = record<CustomEvent<ResponseDetail>>(chosen, 'tp-submit');
      const fromMarkup = record(markup, 'tp-submit');
      radios(chosen)[3]!.click();
      hidePage();
      window.dispatchEvent(new Event('pagehide'));
      expect(details(fromChosen)).to.deep.equal([{ type: 'ces', score: 4, data: { scale: 7 } }]);
      expect(fromMarkup).to.have.length(0);
    });

    it('an unknown scale falls back to 7 with a warning; a value beyond 5 is cleared on scale="5"', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const odd = await ces('scale="10"');
        expect(radios(odd)).to.have.length(7);
        const el = await ces('value="7" scale="5"');
        expect(el.value).to.equal('');
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.match(/tp-ces: ignoring scale "10"; expected 5 or 7/);
      expect(warnings[1]).to.match(/tp-ces: clearing value 7: the scale is now 1–5/);
    });
  });

  describe('localization', () => {
    const LOCALES: Array<[string, string, string, string, string]> = [
      [
        'de',
        'Wie einfach war es, das zu bekommen, was Sie brauchten?',
        'Sehr schwierig',
        'Sehr einfach',
        'Was ist der wichtigste Grund für Ihre Bewertung?',
      ],
      [
        'fr',
        'Dans quelle mesure a-t-il été facile d’obtenir ce dont vous aviez besoin\u202f?',
        'Très difficile',
        'Très facile',
        'Quelle est la principale raison de votre évaluation\u202f?',
      ],
      [
        'es',
        '¿Qué tan fácil fue obtener lo que necesitaba?',
        'Muy difícil',
        'Muy fácil',
        '¿Cuál es el motivo principal de su valoración?',
      ],
      [
        'ar',
        'ما مدى سهولة الحصول على ما تحتاج إليه؟',
        'صعب جدًا',
        'سهل جدًا',
        'ما السبب الرئيسي لتقييمك هذا؟',
      ],
    ];
    for (const [locale, question, low, high, followUp] of LOCALES) {
      it(`${locale}: question, end labels, localized digits, follow-up`, async () => {
        const el = await ces(`locale="${locale}"`);
        const digits = new Intl.NumberFormat(locale);
        expect(textOf(el, 'question')).to.equal(question);
        expect(textOf(el, 'low-label')).to.equal(low);
        expect(textOf(el, 'high-label')).to.equal(high);
        const names = await accessibleNames(el, radios(el));
        expect(names[0]).to.equal(`${digits.format(1)} – ${low}`);
        expect(names[6]).to.equal(`${digits.format(7)} – ${high}`);
        await chooseAndContinue(el, 3);
        expect(textOf(el, 'follow-up')).to.equal(followUp);
      });
    }

    it('ar: right to left and accessible', async () => {
      const el = await ces('locale="ar" value="2"');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(radios(el)[0]!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('every string can be replaced per element', async () => {
      const el = await ces(
        'question="Easy?" low-label="Hard" high-label="Breeze" follow-up="Why?" next-label="Go" thank-you="Cheers"',
      );
      expect(textOf(el, 'question')).to.equal('Easy?');
      const names = await accessibleNames(el, radios(el));
      expect([names[0], names[3], names[6]]).to.deep.equal([
        '1 – Hard',
        '4 – Neither easy nor difficult',
        '7 – Breeze',
      ]);
      expect(textOf(el, 'next-button')).to.equal('Go');
      await chooseAndContinue(el, 6);
      expect(textOf(el, 'follow-up')).to.equal('Why?');
      part(el, 'submit-button')!.click();
      await el.updateComplete;
      expect(textOf(el, 'thank-you')).to.equal('Cheers');
    });
  });
});
