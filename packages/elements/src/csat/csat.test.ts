import { expect, fixture, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../define/tp-csat.js';
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
import { mouthPath } from './csat-glyphs.js';
import type { TpCsat } from './csat.js';

// ---- helpers ---------------------------------------------------------------------------------

const radios = (el: TpCsat) => radiosOf(el);
const part = <T extends HTMLElement = HTMLElement>(el: TpCsat, name: string) => partOf<T>(el, name);
const hasPart = (el: TpCsat, name: string) => part(el, name) !== null;
const focused = (el: TpCsat) => el.shadowRoot!.activeElement;
const details = (events: CustomEvent<ResponseDetail>[]) => events.map((event) => event.detail);
const icons = (el: TpCsat) => Array.from(el.shadowRoot!.querySelectorAll('svg.icon'));
/** Moves the mouse to the middle of `element` (sendMouse takes whole viewport pixels). */
async function hover(element: Element, xOffset?: number): Promise<void> {
  const box = element.getBoundingClientRect();
  const x = xOffset === undefined ? box.x + box.width / 2 : box.x + xOffset;
  await sendMouse({ type: 'move', position: [Math.round(x), Math.round(box.y + box.height / 2)] });
}

/** Whether the star in the radio at `index` is painted filled (computed style, hover included). */
const starFilled = (el: TpCsat, index: number) =>
  getComputedStyle(radios(el)[index]!.querySelector('.star')!).fill !== 'none';

/** Renders `<tp-csat>` with the given variant and scale (`null` leaves the attribute out). */
async function csat(variant: string | null, scale: number | null, extra = ''): Promise<TpCsat> {
  const attributes = [
    variant === null ? '' : `variant="${variant}"`,
    scale === null ? '' : `scale="${scale}"`,
    extra,
  ].join(' ');
  const el = await fixture<TpCsat>(`<tp-csat ${attributes}></tp-csat>`);
  await el.updateComplete;
  return el;
}

/** The default English accessible names per number of points. */
const NAMES: Record<number, string[]> = {
  2: ['1 – Dissatisfied', '2 – Satisfied'],
  3: ['1 – Dissatisfied', '2 – Neutral', '3 – Satisfied'],
  5: [
    '1 – Very dissatisfied',
    '2 – Dissatisfied',
    '3 – Neutral',
    '4 – Satisfied',
    '5 – Very satisfied',
  ],
  7: [
    '1 – Very dissatisfied',
    '2 – Dissatisfied',
    '3 – Somewhat dissatisfied',
    '4 – Neutral',
    '5 – Somewhat satisfied',
    '6 – Satisfied',
    '7 – Very satisfied',
  ],
};

/** Every variant × scale combination, with the points it must render. */
const COMBINATIONS: Array<{ variant: string; scale: number | null; points: number }> = [
  ...['numbers', 'stars', 'emoji'].flatMap((variant) =>
    [3, 5, 7].map((scale) => ({ variant, scale, points: scale })),
  ),
  { variant: 'thumbs', scale: null, points: 2 },
  { variant: 'thumbs', scale: 7, points: 2 }, // scale is ignored by thumbs
];

/** Emoji pictographs: meaning must never depend on an emoji font. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

// ---- the three blocks every component opens with -----------------------------------------------

describe('tp-csat', () => {
  beforeEach(assertPageVisible);

  describe('renders and is accessible', () => {
    it('defaults to a labelled radio group of numbers 1–5, nothing checked', async () => {
      const el = await csat(null, null);
      const group = part(el, 'scale')!;
      expect(group.getAttribute('role')).to.equal('radiogroup');
      const labelId = group.getAttribute('aria-labelledby')!;
      expect(el.shadowRoot!.getElementById(labelId)!.textContent!.trim()).to.equal(
        'How satisfied are you with your experience?',
      );
      expect(radios(el).map((r) => r.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
        NAMES[5],
      );
      expect(radios(el).map((r) => r.getAttribute('aria-checked'))).to.deep.equal(
        Array(5).fill('false'),
      );
      expect(textOf(el, 'low-label')).to.equal('Very dissatisfied');
      expect(textOf(el, 'high-label')).to.equal('Very satisfied');
      for (const name of ['base', 'question', 'labels', 'next-button']) {
        expect(hasPart(el, name), name).to.equal(true);
      }
      await expect(el).to.be.accessible();
    });

    for (const { variant, scale, points } of COMBINATIONS) {
      it(`variant="${variant}" scale="${scale ?? ''}": ${points} radios named by number first, accessible`, async () => {
        const el = await csat(variant, scale, `value="${points}"`);
        expect(radios(el)).to.have.length(points);
        expect(el.points).to.equal(points);
        const names = await accessibleNames(el, radios(el));
        expect(names).to.deep.equal(NAMES[points]);
        // Pictures are decorative SVG, one per option, hidden from assistive technology.
        const pictured = variant !== 'numbers';
        expect(icons(el)).to.have.length(pictured ? points : 0);
        for (const icon of icons(el)) expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(PICTOGRAPH.test(el.shadowRoot!.textContent ?? '')).to.equal(false);
        expect(hasPart(el, 'labels'), 'low/high labels row').to.equal(variant !== 'thumbs');
        expect(radios(el)[points - 1]!.getAttribute('part')).to.equal('score-button selected');
        await expect(el).to.be.accessible();
      });
    }

    it('stars fill up to the chosen one, and preview up to the hovered one (CSS only)', async () => {
      const el = await csat('stars', 5, 'value="3"');
      const filled = () => radios(el).map((_, index) => starFilled(el, index));
      expect(filled()).to.deep.equal([true, true, true, false, false]);
      try {
        await hover(radios(el)[3]!);
        expect(filled(), 'hovering the 4th star').to.deep.equal([true, true, true, true, false]);
        await hover(radios(el)[0]!, 2);
        expect(filled(), 'hovering the 1st star').to.deep.equal([true, false, false, false, false]);
      } finally {
        await resetMouse();
      }
      expect(filled(), 'back to the choice').to.deep.equal([true, true, true, false, false]);
    });

    it('stars do not preview on hover while disabled', async () => {
      const el = await csat('stars', 5, 'disabled');
      try {
        await hover(radios(el)[4]!);
        expect(radios(el).map((_, index) => starFilled(el, index))).to.deep.equal(
          Array(5).fill(false),
        );
      } finally {
        await resetMouse();
      }
    });

    it('emoji faces go from a frown (1) to a smile (highest)', async () => {
      const el = await csat('emoji', 5);
      const mouths = Array.from(el.shadowRoot!.querySelectorAll('svg.face path')).map((path) =>
        path.getAttribute('d'),
      );
      expect(mouths).to.deep.equal([0, 0.25, 0.5, 0.75, 1].map(mouthPath));
    });

    it('thumbs: down is 1 (drawn turned over), up is 2', async () => {
      const el = await csat('thumbs', null);
      const [down, up] = radios(el);
      expect(down!.querySelector('svg')!.classList.contains('down')).to.equal(true);
      expect(up!.querySelector('svg')!.classList.contains('down')).to.equal(false);
      expect(getComputedStyle(down!.querySelector('svg')!).transform).to.not.equal('none');
    });

    it('is accessible in the follow-up and thank-you states, and in the dark theme', async () => {
      const light = await csat('stars', 5);
      const el = await csat('stars', 5, 'theme="dark" dismissible value="4"');
      const bg = (node: TpCsat) => getComputedStyle(part(node, 'base')!).backgroundColor;
      const star = (node: TpCsat) => getComputedStyle(radios(node)[0]!).color;
      expect(bg(el)).to.not.equal(bg(light));
      expect(star(el), 'stars have a dark-theme colour').to.not.equal(star(light));
      await expect(el).to.be.accessible();
      part(el, 'next-button')!.click();
      await el.updateComplete;
      expect(hasPart(el, 'textarea')).to.equal(true);
      await expect(el).to.be.accessible();
      part(el, 'submit-button')!.click();
      await el.updateComplete;
      expect(part(el, 'thank-you')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('gives every option a target of at least 24×24 px at 320 px wide', async () => {
      for (const variant of ['numbers', 'stars', 'emoji', 'thumbs']) {
        const el = await fixture<TpCsat>(
          `<tp-csat variant="${variant}" scale="7" style="width: 320px"></tp-csat>`,
        );
        for (const radio of radios(el)) {
          const box = radio.getBoundingClientRect();
          expect(box.width, variant).to.be.at.least(24);
          expect(box.height, variant).to.be.at.least(24);
        }
        expect(part(el, 'base')!.scrollWidth, `${variant} fits`).to.be.at.most(320);
      }
    });
  });

  describe('works by keyboard', () => {
    const tabIn = (markup: string) => tabInto<TpCsat>(markup, 'tp-csat');

    it('one tab stop; arrows move focus and selection (wrapping), Home/End jump to the ends', async () => {
      const el = await tabIn('<tp-csat variant="stars" scale="7"></tp-csat>');
      expectSame(focused(el), radios(el)[0]);
      const steps: Array<[string, string]> = [
        ['ArrowRight', '2'],
        ['ArrowDown', '3'],
        ['ArrowLeft', '2'],
        ['End', '7'],
        ['ArrowRight', '1'],
        ['ArrowUp', '7'],
        ['Home', '1'],
      ];
      await expectKeySteps(el, steps);
    });

    it('Tab lands on the chosen option', async () => {
      const el = await tabIn('<tp-csat variant="emoji" value="4"></tp-csat>');
      expectSame(focused(el), radios(el)[3]);
    });

    it('RTL mirrors the layout and left/right keys', async () => {
      const wrapper = await fixture<HTMLElement>(
        '<div dir="rtl"><tp-csat variant="stars" value="3"></tp-csat></div>',
      );
      const el = wrapper.querySelector('tp-csat')!;
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
      expect(
        Array.from(radios(el), (_, index) => starFilled(el, index)),
        'stars fill from the start side',
      ).to.deep.equal([true, true, true, true, false]);
    });

    it('thumbs: Tab to thumbs down, arrow to thumbs up, Enter, type, submit', async () => {
      const el = await tabIn('<tp-csat variant="thumbs" survey-id="kbd"></tp-csat>');
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      expectSame(focused(el), radios(el)[0]);
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal('2');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectSame(focused(el), part(el, 'textarea'));
      await sendKeys({ type: 'quick' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details(submits)).to.deep.equal([
        {
          type: 'csat',
          surveyId: 'kbd',
          score: 2,
          comment: 'quick',
          data: { scale: 2, variant: 'thumbs' },
        },
      ]);
      expectSame(focused(el), part(el, 'thank-you'), 'thank-you is focused so it is announced');
    });

    it('Space chooses and completes; Escape dismisses only when dismissible', async () => {
      const el = await tabIn('<tp-csat no-follow-up dismissible></tp-csat>');
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      const dismissals = record<CustomEvent>(el, 'tp-dismiss');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(details(submits)).to.deep.equal([
        { type: 'csat', score: 5, data: { scale: 5, variant: 'numbers' } },
      ]);
      await sendKeys({ press: 'Escape' });
      expect(dismissals.map((e) => e.detail)).to.deep.equal([{ type: 'csat', reason: 'escape' }]);

      const plain = await tabIn('<tp-csat></tp-csat>');
      const ignored = record(plain, 'tp-dismiss');
      await sendKeys({ press: 'Escape' });
      expect(ignored).to.have.length(0);
    });
  });

  describe('works in a form', () => {
    formControlSuite<TpCsat>('tp-csat', {
      pick: (el, value) => radios(el)[Number(value) - 1]!.click(),
      validValue: '4',
    });

    formControlSuite<TpCsat>('tp-csat', {
      pick: (el, value) => radios(el)[Number(value) - 1]!.click(),
      validValue: '2',
      attributes: 'variant="thumbs"',
    });

    it('required: localized message, aria-required, anchored on the first option', async () => {
      const form = await fixture<HTMLFormElement>(
        '<form><tp-csat name="csat" variant="stars" required locale="fr"></tp-csat></form>',
      );
      const el = form.querySelector('tp-csat')!;
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Veuillez choisir une note.');
      expect(part(el, 'scale')!.getAttribute('aria-required')).to.equal('true');
      el.reportValidity();
      expectSame(focused(el), radios(el)[0]);
    });

    it('a disabled fieldset disables every option', async () => {
      const form = await fixture<HTMLFormElement>(
        '<form><fieldset disabled><tp-csat variant="emoji" value="2"></tp-csat></fieldset></form>',
      );
      const el = form.querySelector('tp-csat')!;
      await el.updateComplete;
      expect(radios(el).every((r) => r.disabled)).to.equal(true);
      expect(part(el, 'scale')!.getAttribute('aria-disabled')).to.equal('true');
      radios(el)[4]!.click();
      expect(el.value).to.equal('2');
    });

    it('form reset returns to the scale with nothing checked', async () => {
      const form = await fixture<HTMLFormElement>('<form><tp-csat name="c"></tp-csat></form>');
      const el = form.querySelector('tp-csat')!;
      await el.updateComplete;
      await chooseAndContinue(el, 3);
      form.reset();
      await el.updateComplete;
      expect(el.currentStep).to.equal('score');
      expect(radios(el).some((r) => r.getAttribute('aria-checked') === 'true')).to.equal(false);
    });
  });

  // ---- behaviour ---------------------------------------------------------------------------------

  describe('value and scale', () => {
    /** Runs `fn` and returns the console warnings it caused. */
    async function warningsOf(fn: () => unknown): Promise<string[]> {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        await fn();
      } finally {
        console.warn = original;
      }
      return warnings;
    }

    it('accepts value before scale in markup (attribute order does not matter)', async () => {
      const warnings = await warningsOf(async () => {
        const el = await fixture<TpCsat>('<tp-csat value="6" scale="7"></tp-csat>');
        expect(el.value).to.equal('6');
        expect(radios(el)[5]!.getAttribute('aria-checked')).to.equal('true');
      });
      expect(warnings).to.deep.equal([]);
    });

    it('clears a value the scale cannot hold, with a warning', async () => {
      let el: TpCsat | undefined;
      const atStart = await warningsOf(async () => {
        el = await fixture<TpCsat>('<tp-csat value="6"></tp-csat>');
      });
      expect(el!.value).to.equal('');
      expect(atStart).to.have.length(1);
      expect(atStart[0]).to.match(/tp-csat: clearing value 6: the scale is now 1–5/);

      el!.value = 5;
      await el!.updateComplete;
      const shrunk = await warningsOf(async () => {
        el!.variant = 'thumbs';
        await el!.updateComplete;
      });
      expect(el!.value).to.equal('');
      expect(shrunk).to.have.length(1);
    });

    it('rejects a value outside the scale in effect, keeping the current one', async () => {
      const el = await csat('numbers', 3, 'value="2"');
      const warnings = await warningsOf(() => {
        el.value = 4;
        el.value = 0;
        el.value = 'good';
      });
      expect(el.value).to.equal('2');
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.match(/tp-csat: ignoring value: 4 is outside 1–3/);
    });

    it('falls back to numbers and 5 points for an unknown variant or scale, with a warning', async () => {
      let el: TpCsat | undefined;
      const warnings = await warningsOf(async () => {
        el = await csat('hearts', 4);
      });
      expect(radios(el!)).to.have.length(5);
      expect(icons(el!)).to.have.length(0);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.match(/tp-csat: ignoring variant "hearts"/);
      expect(warnings[1]).to.match(/tp-csat: ignoring scale "4"/);
    });
  });

  describe('events', () => {
    it('fires input then change once per user choice, never for a value set from code', async () => {
      const el = await csat('emoji', 5);
      const seen: string[] = [];
      for (const type of ['input', 'change']) {
        el.addEventListener(type, (event) => {
          expect(event.bubbles && event.composed, type).to.equal(true);
          seen.push(`${type}:${el.value}`);
        });
      }
      radios(el)[1]!.click();
      radios(el)[1]!.click();
      el.value = 5;
      el.setAttribute('value', '1');
      await el.updateComplete;
      radios(el)[3]!.click();
      expect(seen).to.deep.equal(['input:2', 'change:2', 'input:4', 'change:4']);
    });

    for (const [variant, scale, points] of [
      ['numbers', 3, 3],
      ['stars', 7, 7],
      ['emoji', 5, 5],
      ['thumbs', 5, 2],
    ] as const) {
      it(`tp-submit (${variant}): { type, surveyId, score, comment, data: { scale: ${points}, variant } } once`, async () => {
        const el = await csat(variant, scale, 'survey-id="q1"');
        const submits = record<CustomEvent<ResponseDetail>>(document, 'tp-submit');
        await chooseAndContinue(el, points - 1);
        await typeComment(el, '  nice ');
        part(el, 'submit-button')!.click();
        await el.updateComplete;
        hidePage();
        window.dispatchEvent(new Event('pagehide'));
        el.remove();
        await Promise.resolve();
        expect(details(submits)).to.deep.equal([
          {
            type: 'csat',
            surveyId: 'q1',
            score: points,
            comment: 'nice',
            data: { scale: points, variant },
          },
        ]);
        expect(submits[0]!.bubbles && submits[0]!.composed).to.equal(true);
      });
    }

    it('skip leaves the comment out; no-follow-up completes on Next', async () => {
      const skipped = await csat('stars', 5);
      const direct = await csat('numbers', 5, 'no-follow-up');
      const submits = record<CustomEvent<ResponseDetail>>(document, 'tp-submit');
      await chooseAndContinue(skipped, 0);
      await typeComment(skipped, 'never mind');
      part(skipped, 'skip-button')!.click();
      await chooseAndContinue(direct, 2);
      expect(details(submits)).to.deep.equal([
        { type: 'csat', score: 1, data: { scale: 5, variant: 'stars' } },
        { type: 'csat', score: 3, data: { scale: 5, variant: 'numbers' } },
      ]);
      expect(hasPart(direct, 'thank-you')).to.equal(true);
    });

    it('tp-show fires once when first rendered connected; tp-dismiss after submitting a choice', async () => {
      const el = document.createElement('tp-csat');
      el.surveyId = 's';
      el.dismissible = true;
      const shows = record<CustomEvent>(el, 'tp-show');
      const shown = oneEvent(el, 'tp-show');
      document.body.append(el);
      expect((await shown).detail).to.deep.equal({ type: 'csat', surveyId: 's' });
      const order: string[] = [];
      el.addEventListener('tp-submit', (e) => order.push(`submit:${e.detail.score}`));
      el.addEventListener('tp-dismiss', (e) => order.push(`dismiss:${e.detail.reason}`));
      radios(el)[1]!.click();
      part(el, 'close-button')!.click();
      expect(order).to.deep.equal(['submit:2', 'dismiss:close-button']);
      el.remove();
      document.body.append(el);
      await el.updateComplete;
      expect(shows).to.have.length(1);
      el.remove();
    });
  });

  describe('nothing chosen is lost', () => {
    it('completes with the score and typed comment when removed', async () => {
      const el = await csat('emoji', 3);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      await chooseAndContinue(el, 0);
      await typeComment(el, 'slow');
      el.remove();
      await Promise.resolve();
      expect(details(submits)).to.deep.equal([
        { type: 'csat', score: 1, comment: 'slow', data: { scale: 3, variant: 'emoji' } },
      ]);
    });

    it('completes with the score alone when the page is hidden, once', async () => {
      const el = await csat('thumbs', null);
      const submits = record<CustomEvent<ResponseDetail>>(el, 'tp-submit');
      radios(el)[0]!.click();
      hidePage();
      window.dispatchEvent(new Event('pagehide'));
      el.remove();
      await Promise.resolve();
      expect(details(submits)).to.deep.equal([
        { type: 'csat', score: 1, data: { scale: 2, variant: 'thumbs' } },
      ]);
    });

    it('completes on pagehide; records nothing for a score from markup', async () => {
      const chosen = await csat('stars', 5);
      const markup = await csat('stars', 5, 'value="4"');
      const fromChosen = record(chosen, 'tp-submit');
      const fromMarkup = record(markup, 'tp-submit');
      radios(chosen)[4]!.click();
      window.dispatchEvent(new Event('pagehide'));
      expect(fromChosen).to.have.length(1);
      expect(fromMarkup).to.have.length(0);
    });
  });

  describe('localization', () => {
    const LOCALES: Array<[string, string, string[], string, string]> = [
      [
        'de',
        'Wie zufrieden sind Sie mit Ihrer Erfahrung?',
        [
          'Sehr unzufrieden',
          'Unzufrieden',
          'Weder zufrieden noch unzufrieden',
          'Zufrieden',
          'Sehr zufrieden',
        ],
        'Was ist der wichtigste Grund für Ihre Bewertung?',
        'Vielen Dank für Ihr Feedback!',
      ],
      [
        'fr',
        'Dans quelle mesure êtes-vous satisfait de votre expérience\u202f?',
        [
          'Très insatisfait',
          'Insatisfait',
          'Ni satisfait ni insatisfait',
          'Satisfait',
          'Très satisfait',
        ],
        'Quelle est la principale raison de votre évaluation\u202f?',
        'Merci pour votre avis\u202f!',
      ],
      [
        'es',
        '¿Qué tan satisfecho está con su experiencia?',
        [
          'Muy insatisfecho',
          'Insatisfecho',
          'Ni satisfecho ni insatisfecho',
          'Satisfecho',
          'Muy satisfecho',
        ],
        '¿Cuál es el motivo principal de su valoración?',
        '¡Gracias por sus comentarios!',
      ],
      [
        'ar',
        'ما مدى رضاك عن تجربتك؟',
        ['غير راضٍ جدًا', 'غير راضٍ', 'محايد', 'راضٍ', 'راضٍ جدًا'],
        'ما السبب الرئيسي لتقييمك هذا؟',
        'شكرًا لك على ملاحظاتك!',
      ],
    ];
    for (const [locale, question, labels, followUp, thanks] of LOCALES) {
      it(`${locale}: question, option names (localized digits), follow-up and thank-you`, async () => {
        const el = await csat('emoji', 5, `locale="${locale}"`);
        const digits = new Intl.NumberFormat(locale);
        expect(textOf(el, 'question')).to.equal(question);
        expect(await accessibleNames(el, radios(el))).to.deep.equal(
          labels.map((label, index) => `${digits.format(index + 1)} – ${label}`),
        );
        expect(textOf(el, 'low-label')).to.equal(labels[0]);
        expect(textOf(el, 'high-label')).to.equal(labels[4]);
        await chooseAndContinue(el, 2);
        expect(textOf(el, 'follow-up')).to.equal(followUp);
        part(el, 'skip-button')!.click();
        await el.updateComplete;
        expect(textOf(el, 'thank-you')).to.equal(thanks);
      });
    }

    it('ar: right to left, mirrored, accessible in every variant', async () => {
      for (const variant of ['numbers', 'stars', 'emoji', 'thumbs']) {
        const el = await csat(variant, 5, 'locale="ar" value="2"');
        expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
        const [first] = radios(el);
        const last = radios(el).at(-1)!;
        expect(first!.getBoundingClientRect().left, variant).to.be.greaterThan(
          last.getBoundingClientRect().left,
        );
        await expect(el).to.be.accessible();
      }
    });

    it('every string can be replaced per element', async () => {
      const el = await csat(
        'numbers',
        5,
        'locale="de" question="Zufrieden?" low-label="Gar nicht" high-label="Total" follow-up="Warum?" next-label="Los" submit-label="Ab" skip-label="Nein" thank-you="Merci!" close-label="Zu" dismissible',
      );
      expect(textOf(el, 'question')).to.equal('Zufrieden?');
      expect(await accessibleNames(el, radios(el))).to.deep.equal([
        '1 – Gar nicht',
        '2 – Unzufrieden',
        '3 – Weder zufrieden noch unzufrieden',
        '4 – Zufrieden',
        '5 – Total',
      ]);
      expect(textOf(el, 'next-button')).to.equal('Los');
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Zu');
      await chooseAndContinue(el, 0);
      expect(textOf(el, 'follow-up')).to.equal('Warum?');
      expect(textOf(el, 'submit-button')).to.equal('Ab');
      expect(textOf(el, 'skip-button')).to.equal('Nein');
      part(el, 'submit-button')!.click();
      await el.updateComplete;
      expect(textOf(el, 'thank-you')).to.equal('Merci!');
    });
  });
});
