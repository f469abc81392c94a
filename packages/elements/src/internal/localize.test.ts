import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import {
  canonicalLocale,
  format,
  LocalizeController,
  localeDir,
  registerStrings,
  resolveDir,
  resolveLocale,
  setDefaultLocale,
  stringsFor,
  type DirInputs,
} from './localize.js';
import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';

/** Translations that are rightly spelled as in English (the same word in that language). */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fr: ['feedbackCategoryQuestion'], // tp-feedback: "Question"
};

describe('built-in catalogues', () => {
  for (const [name, strings] of Object.entries({ de, fr, es, ar })) {
    it(`${name} translates every key (none left equal to English except placeholders)`, () => {
      expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(strings)) {
        expect(value, key).to.be.a('string').and.not.equal('');
        if (SAME_AS_ENGLISH[name]?.includes(key)) continue;
        expect(value, key).to.not.equal(en[key as keyof typeof en]);
      }
    });
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

describe('stringsFor (pure)', () => {
  it('falls back region → language → English', () => {
    expect(stringsFor('de-AT').submit).to.equal(de.submit);
    expect(stringsFor('pt-BR').submit).to.equal(en.submit);
    expect(stringsFor('AR').npsQuestion).to.equal(ar.npsQuestion);
  });
});

describe('registerStrings', () => {
  it('overrides one key of a locale, adds regional variants, rejects invalid tags', () => {
    registerStrings('de-CH', { thankYou: 'Merci vielmal!' });
    expect(stringsFor('de-CH').thankYou).to.equal('Merci vielmal!');
    expect(stringsFor('de-CH').submit).to.equal(de.submit);
    expect(stringsFor('de').thankYou).to.equal(de.thankYou);
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
      expect(
        resolveDir({ own: null, explicitLocale: null, inherited: null, locale: 'en', ...inputs }),
      ).to.equal(dir);
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
  readonly localize = new LocalizeController(this);
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
