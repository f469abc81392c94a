import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { cesStrings } from '../ces/ces.strings.js';
import { csatStrings } from '../csat/csat.strings.js';
import { feedbackStrings } from '../feedback/feedback.strings.js';
import { surveyStrings } from '../survey/survey.strings.js';
import { commonStrings } from './common.strings.js';
import {
  CATALOG_WAIT_MS,
  canonicalLocale,
  format,
  LocalizeController,
  localeDir,
  loadStrings,
  lookup,
  registerStrings,
  resolveDir,
  resolveLocale,
  setDefaultLocale,
  type BuiltInLanguage,
  type Catalog,
  type Strings,
} from './localize.js';

const CATALOGS = {
  common: commonStrings,
  csat: csatStrings,
  ces: cesStrings,
  feedback: feedbackStrings,
  survey: surveyStrings,
} as Record<string, Catalog<Partial<Strings>>>;
/** Inputs to resolveDir, named for the table below. */
interface DirInputs {
  own: string | null;
  explicitLocale: string | null;
  inherited: string | null;
  locale: string;
}

const LANGUAGES: BuiltInLanguage[] = ['de', 'fr', 'es', 'ar'];

/** Translations that are rightly spelled as in English (the same word in that language). */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fr: ['feedbackCategoryQuestion'], // tp-feedback: "Question"
};

describe('built-in catalogues', () => {
  it('each key belongs to exactly one catalogue', () => {
    const keys = Object.values(CATALOGS).flatMap((catalog) => Object.keys(catalog.en));
    expect(keys.length).to.equal(new Set(keys).size);
  });

  for (const [part, catalog] of Object.entries(CATALOGS)) {
    for (const language of LANGUAGES) {
      it(`${part}/${language} translates every key (none left equal to English)`, async () => {
        const { default: strings } = await catalog[language]();
        expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(catalog.en).sort());
        for (const [key, value] of Object.entries(strings)) {
          expect(value, key).to.be.a('string').and.not.equal('');
          if (SAME_AS_ENGLISH[language]?.includes(key)) continue;
          expect(value, key).to.not.equal(catalog.en[key as keyof Strings]);
        }
      });
    }
  }
});

describe('resolveLocale (pure)', () => {
  const table: Array<[Array<string | null | undefined>, string, string[]]> = [
    [['de', 'fr'], 'de', []],
    [[undefined, '', 'fr-ca'], 'fr-CA', []],
    [['en_US', 'es'], 'es', ['en_US']],
    [[null, undefined, ''], 'en', []],
    [['!!'], 'en', ['!!']],
  ];
  for (const [candidates, locale, rejected] of table) {
    it(`${JSON.stringify(candidates)} → ${locale}`, () => {
      expect(resolveLocale(candidates)).to.deep.equal({ locale, rejected });
    });
  }
  it('canonicalLocale returns undefined for invalid tags', () => {
    expect(canonicalLocale('EN-us')).to.equal('en-US');
    expect(canonicalLocale('not a tag')).to.equal(undefined);
  });
});

describe('lookup', () => {
  before(async () => {
    // A controller puts its catalogues' English in (the shared ones); loading, a translation.
    document.createElement('test-localized');
    await loadStrings([commonStrings], 'de');
    await loadStrings([commonStrings], 'ar');
  });

  it('falls back region → language → English', async () => {
    const de = (await commonStrings.de()).default;
    const ar = (await commonStrings.ar()).default;
    expect(lookup('de-AT', 'submit')).to.equal(de.submit);
    expect(lookup('pt-BR', 'submit')).to.equal(commonStrings.en.submit);
    expect(lookup('AR', 'npsQuestion')).to.equal(ar.npsQuestion);
  });

  it('registerStrings overrides one key of a locale, adds regional variants, rejects invalid tags', async () => {
    const de = (await commonStrings.de()).default;
    registerStrings('de-CH', { thankYou: 'Merci vielmal!' });
    expect(lookup('de-CH', 'thankYou')).to.equal('Merci vielmal!');
    expect(lookup('de-CH', 'submit')).to.equal(de.submit);
    expect(lookup('de', 'thankYou')).to.equal(de.thankYou);
    registerStrings('de', { skip: 'Weg damit' });
    expect(lookup('de-CH', 'skip')).to.equal('Weg damit');
    expect(() => registerStrings('not a tag', {})).to.throw(RangeError, /not a valid BCP 47/);
  });
});

describe('localeDir / resolveDir (pure)', () => {
  const dirs: Array<[string, 'ltr' | 'rtl']> = [
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['en', 'ltr'],
    ['de', 'ltr'],
    ['az-Arab', 'rtl'],
    ['ku-Latn', 'ltr'],
  ];
  for (const [locale, dir] of dirs) {
    it(`${locale} → ${dir}`, () => expect(localeDir(locale)).to.equal(dir));
  }

  const table: Array<[Partial<DirInputs>, 'ltr' | 'rtl']> = [
    [{ locale: 'en' }, 'ltr'],
    [{ locale: 'ar' }, 'rtl'],
    [{ inherited: 'rtl', locale: 'en' }, 'rtl'],
    [{ inherited: 'ltr', explicitLocale: 'ar', locale: 'ar' }, 'rtl'],
    [{ own: 'ltr', explicitLocale: 'ar', locale: 'ar' }, 'ltr'],
    [{ own: 'auto', inherited: 'rtl', locale: 'en' }, 'rtl'],
    [{ explicitLocale: 'bad_tag', inherited: 'rtl', locale: 'en' }, 'rtl'],
  ];
  for (const [inputs, dir] of table) {
    it(`resolveDir ${JSON.stringify(inputs)} → ${dir}`, () => {
      const { own, explicitLocale, inherited, locale }: DirInputs = {
        own: null,
        explicitLocale: null,
        inherited: null,
        locale: 'en',
        ...inputs,
      };
      expect(resolveDir(own, explicitLocale, inherited, locale)).to.equal(dir);
    });
  }
});

describe('format (pure)', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{count}/{max} x {other}', { count: '3', max: 5 })).to.equal('3/5 x {other}');
  });
});

class TestLocalized extends LitElement {
  @property() locale?: string;
  readonly localize = new LocalizeController(this, []);
  protected override scheduleUpdate() {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }
  override render() {
    return litHtml`${this.localize.term('submit')} ${this.localize.number(1234)}`;
  }
}
customElements.define('test-localized', TestLocalized);

describe('LocalizeController', () => {
  afterEach(() => setDefaultLocale(undefined));

  it('locale attribute > setDefaultLocale > <html lang>, and re-renders on change', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    const text = () => el.shadowRoot!.textContent!.trim();
    expect(text()).to.equal('Submit 1,234');
    setDefaultLocale('de');
    await el.updateComplete;
    expect(text()).to.equal('Senden 1.234');
    el.locale = 'fr';
    await el.updateComplete;
    expect(el.localize.locale).to.equal('fr');
    expect(text().startsWith('Envoyer')).to.equal(true);
    expect(() => setDefaultLocale('not a tag')).to.throw(RangeError);
  });

  it('warns once about an invalid locale attribute and falls back', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<TestLocalized>(
        html`<test-localized locale="en_GB"></test-localized>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(el.localize.locale).to.equal(canonicalLocale(document.documentElement.lang) ?? 'en');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([
      'test-localized: ignoring locale "en_GB": not a valid BCP 47 language tag',
    ]);
  });

  it('dir() reads dir across shadow roots', async () => {
    const host = document.createElement('div');
    host.dir = 'rtl';
    const el = document.createElement('test-localized') as TestLocalized;
    host.attachShadow({ mode: 'open' }).append(el);
    document.body.append(host);
    try {
      expect(el.localize.dir()).to.equal('rtl');
      host.dir = 'ltr';
      expect(el.localize.dir()).to.equal('ltr');
    } finally {
      host.remove();
    }
  });
});

/**
 * A catalogue whose translations come from the test server's scriptable endpoint (real HTTP,
 * real `import()`), each language with its own reply: a delay, or a failure.
 */
function servedCatalog(name: string): Catalog<Pick<Strings, 'surveyBack'>> {
  const load = (language: string) => () =>
    import(/* @vite-ignore */ `/__endpoint/${name}-${language}`) as Promise<{
      default: Pick<Strings, 'surveyBack'>;
    }>;
  return {
    en: { surveyBack: 'Back' },
    de: load('de'),
    fr: load('fr'),
    es: load('es'),
    ar: load('ar'),
  };
}

async function serve(path: string, reply: { status: number; body?: string; delayMs?: number }) {
  await fetch(`/__endpoint/${path}/script`, {
    method: 'POST',
    body: JSON.stringify([{ headers: { 'content-type': 'text/javascript' }, ...reply }]),
  });
}

const served = servedCatalog('tp-catalog');

/** Records the text of its first render, to show what a user would have seen first. */
class TestServed extends LitElement {
  @property() locale?: string;
  readonly localize = new LocalizeController(this, [served]);
  firstText = '';
  protected override scheduleUpdate() {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }
  override render() {
    return litHtml`${this.localize.term('surveyBack')}`;
  }
  protected override firstUpdated() {
    this.firstText = this.shadowRoot!.textContent!;
  }
}
customElements.define('test-served', TestServed);

describe('translations load on demand', () => {
  it('a first render waits for its translation, so no English shows first', async () => {
    await serve('tp-catalog-es', {
      status: 200,
      body: 'export default { surveyBack: "Atrás" }',
      delayMs: 300,
    });
    const el = await fixture<TestServed>(html`<test-served locale="es"></test-served>`);
    expect(el.firstText).to.equal('Atrás');
  });

  it('a translation that fails to load shows English, with a warning', async () => {
    await serve('tp-catalog-ar', { status: 404, body: 'not found' });
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<TestServed>(html`<test-served locale="ar"></test-served>`);
      expect(el.firstText).to.equal('Back');
      expect(el.localize.dir()).to.equal('rtl');
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0]?.[0])).to.equal(
      'Touchpoint: showing English: the "ar" strings did not load',
    );
  });

  it('a translation slower than the wait shows English, then the translation when it arrives', async () => {
    const delayMs = CATALOG_WAIT_MS + 400;
    await serve('tp-catalog-fr', {
      status: 200,
      body: 'export default { surveyBack: "Retour" }',
      delayMs,
    });
    const started = performance.now();
    const el = await fixture<TestServed>(html`<test-served locale="fr"></test-served>`);
    expect(el.firstText).to.equal('Back');
    expect(performance.now() - started).to.be.below(delayMs);
    await new Promise((resolve) =>
      setTimeout(resolve, delayMs - (performance.now() - started) + 200),
    );
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Retour');
  });
});
