import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CesStrings } from '../ces/ces.strings.js';
import type { CsatStrings } from '../csat/csat.strings.js';
import type { FeedbackStrings } from '../feedback/feedback.strings.js';
import type { SurveyStrings } from '../survey/survey.strings.js';
import { commonStrings, type CommonStrings } from './common.strings.js';

/**
 * Every user-visible string of the components. Templates may hold `{name}` placeholders that
 * {@link format} fills (numbers already localized). Per-element attributes override these; for
 * the rest, call {@link registerStrings}. Each part lives beside the component that shows it
 * (`csat/csat.strings.ts`, …), so a page loads only the strings of the components it uses.
 */
export interface Strings
  extends CommonStrings, CsatStrings, CesStrings, FeedbackStrings, SurveyStrings {}

/** Languages with built-in translations besides English. */
export type BuiltInLanguage = 'de' | 'fr' | 'es' | 'ar';

/**
 * The built-in strings of one part (the shared ones, or one component's): English inline, as
 * the fallback that is always there; each translation a module `import()`ed the first time an
 * element shows in its language, so a page pays only for the languages it shows.
 */
export type Catalog<T> = { en: T } & Record<BuiltInLanguage, () => Promise<{ default: T }>>;

type Loader = () => Promise<{ default: Partial<Strings> }>;

/**
 * How long a first render waits for a translation (ms). A slower or failed load shows English,
 * replaced by the translation if it still arrives.
 */
export const CATALOG_WAIT_MS = 2000;

/** English of every catalogue in use. */
const english: Partial<Strings> = {};
/** Built-in translations loaded so far, by language. */
const builtIn = new Map<string, Partial<Strings>>();
/** Strings from {@link registerStrings}, by lowercase tag; they win over the built-in ones. */
const registered = new Map<string, Partial<Strings>>();
/** One load per translation module; `null` once loaded, failed, or waited for long enough. */
const loads = new Map<Loader, Promise<void> | null>();

let defaultLocale: string | undefined;
const hosts = new Set<ReactiveControllerHost>();
let documentObserver: MutationObserver | undefined;

/** The lowercase language subtag of a tag (`'pt-BR'` → `'pt'`). */
const languageOf = (locale: string) => locale.toLowerCase().split('-')[0]!;

/**
 * Adds or overrides strings for a locale (`'de'`, `'pt-BR'`); connected components re-render.
 * Missing keys fall back to the base language, then English.
 */
export function registerStrings(locale: string, strings: Partial<Strings>): void {
  const key = canonicalLocale(locale)?.toLowerCase();
  if (!key) throw new RangeError(`registerStrings: "${locale}" is not a valid BCP 47 language tag`);
  registered.set(key, { ...registered.get(key), ...strings });
  refreshAll();
}

/**
 * Sets the locale used by components without a `locale` attribute, ahead of the document's `lang`
 * (the embed loader passes its `data-locale`). `undefined` clears it.
 */
export function setDefaultLocale(locale: string | undefined): void {
  if (locale !== undefined && !canonicalLocale(locale)) {
    throw new RangeError(`setDefaultLocale: "${locale}" is not a valid BCP 47 language tag`);
  }
  defaultLocale = locale;
  refreshAll();
}

function refreshAll(): void {
  for (const host of hosts) host.requestUpdate();
}

/** The canonical form of a language tag (`'en-us'` → `'en-US'`), or undefined if it is invalid. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The first valid tag among candidates, in order, else `'en'`; also lists the rejected ones. */
export function resolveLocale(candidates: ReadonlyArray<string | null | undefined>): {
  locale: string;
  rejected: string[];
} {
  const rejected: string[] = [];
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    const locale = canonicalLocale(candidate);
    if (locale) return { locale, rejected };
    rejected.push(candidate);
  }
  return { locale: 'en', rejected };
}

/**
 * The string for `key` in `locale`: registered for the exact tag, else for its language, else
 * built in for the language (once loaded), else English.
 */
export function lookup(locale: string, key: keyof Strings): string {
  const language = languageOf(locale);
  return (
    registered.get(locale.toLowerCase())?.[key] ??
    registered.get(language)?.[key] ??
    builtIn.get(language)?.[key] ??
    english[key] ??
    key
  );
}

/**
 * Starts loading the translations `catalogs` have for `locale`'s language; resolves when none is
 * left worth waiting for, or is undefined when there was nothing to wait for.
 */
export function loadStrings(
  catalogs: ReadonlyArray<Catalog<Partial<Strings>>>,
  locale: string,
): Promise<unknown> | undefined {
  const language = languageOf(locale);
  const waits: Array<Promise<void>> = [];
  for (const catalog of catalogs) {
    // Only the translations are functions; a tag's language is lowercase, so it never names an
    // Object.prototype method.
    const loader = catalog[language as BuiltInLanguage];
    if (typeof loader !== 'function' || loads.get(loader) === null) continue;
    if (!loads.has(loader)) {
      const arrival = loader().then(
        (module) => {
          builtIn.set(language, { ...builtIn.get(language), ...module.default });
          refreshAll();
        },
        (error: unknown) =>
          console.warn(
            `Touchpoint: showing English: the "${language}" strings did not load`,
            error,
          ),
      );
      const timeout = new Promise((resolve) => setTimeout(resolve, CATALOG_WAIT_MS));
      loads.set(
        loader,
        Promise.race([arrival, timeout]).then(() => void loads.set(loader, null)),
      );
    }
    waits.push(loads.get(loader)!);
  }
  return waits.length ? Promise.all(waits) : undefined;
}

/**
 * Writing direction of a locale's script: the likely script of the language (`ar` → Arab) unless
 * the tag names one (`az-Arab` is RTL, `ku-Latn` is not).
 */
export function localeDir(locale: string): 'ltr' | 'rtl' {
  try {
    const { script } = new Intl.Locale(locale).maximize();
    return /Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Armi/.test(script!) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * Writing direction for a component: its own `dir` wins; then an explicit `locale` (Arabic content
 * on an English page is still RTL); then the page's direction; then the locale's script.
 * Positional rather than one object of named inputs, whose names would ship in the shared chunk.
 * @param own The element's own `dir` attribute.
 * @param explicitLocale The element's own `locale` (an explicit content language), if any.
 * @param inherited The nearest ancestor's `dir` attribute (crossing shadow roots).
 * @param locale The locale in effect.
 */
export function resolveDir(
  own: string | null,
  explicitLocale: string | null | undefined,
  inherited: string | null,
  locale: string,
): 'ltr' | 'rtl' {
  const asDir = (value: string | null) =>
    value?.toLowerCase().match(/^(ltr|rtl)$/)?.[0] as 'ltr' | 'rtl' | undefined;
  return (
    asDir(own) ??
    (explicitLocale && canonicalLocale(explicitLocale)
      ? localeDir(explicitLocale)
      : (asDir(inherited) ?? localeDir(locale)))
  );
}

/** Fills `{name}` placeholders; unknown placeholders stay as written. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/** The `dir` attribute of the nearest ancestor that has one, crossing shadow roots. */
function inheritedDir(element: Element): string | null {
  for (
    let node = element.parentNode;
    node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode
  ) {
    const dir = (node as Element).getAttribute?.('dir');
    if (dir === 'ltr' || dir === 'rtl') return dir;
  }
  return null;
}

const warned = new Set<string>();

/** A component with a `locale` property. */
export type LocalizedHost = ReactiveControllerHost & HTMLElement & { locale?: string | null };

/**
 * Strings, numbers and direction for one component. Locale: the `locale` attribute, else
 * {@link setDefaultLocale}, else `<html lang>`, else English. Re-renders the host when the document
 * language or direction changes, or when strings are registered.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: LocalizedHost;
  readonly #catalogs: ReadonlyArray<Catalog<Partial<Strings>>>;

  /** `catalogs`: the component's own strings; the shared ones are always included. */
  constructor(host: LocalizedHost, catalogs: ReadonlyArray<Catalog<Partial<Strings>>>) {
    this.#host = host;
    this.#catalogs = [commonStrings, ...catalogs];
    // English is there from the start, before any update (a form's validation message needs it).
    for (const catalog of this.#catalogs) Object.assign(english, catalog.en);
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    // `<html lang>` and `<html dir>` are often set after components render (SPA i18n switches).
    // Observing again with the same options changes nothing.
    (documentObserver ??= new MutationObserver(refreshAll)).observe(document.documentElement, {
      attributeFilter: ['lang', 'dir'],
    });
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  /**
   * Runs `update` (the host's `scheduleUpdate`) once the built-in strings of the locale in effect
   * are loaded or given up on, so the first render is already in that language and no English
   * flashes first. Hosts call it from `scheduleUpdate()`; `updateComplete` waits for it.
   */
  whenReady<T>(update: () => T): T | Promise<T> {
    const wait = loadStrings(this.#catalogs, this.locale);
    return wait ? wait.then(update) : update();
  }

  /** The locale in effect (canonical BCP 47 tag). */
  get locale(): string {
    const { locale, rejected } = resolveLocale([
      this.#host.locale,
      defaultLocale,
      document.documentElement.lang,
    ]);
    for (const tag of rejected) {
      if (warned.has(tag)) continue;
      warned.add(tag);
      console.warn(
        `${this.#host.localName}: ignoring locale "${tag}": not a valid BCP 47 language tag`,
      );
    }
    return locale;
  }

  /** A string for the locale in effect, with `{placeholders}` filled. */
  term(key: keyof Strings, values?: Record<string, string | number>): string {
    return format(lookup(this.locale, key), values);
  }

  /** A number in the locale's digits (e.g. Arabic-Indic digits for `ar`). */
  number(value: number): string {
    return value.toLocaleString(this.locale);
  }

  /** The writing direction for the host's content. */
  dir(): 'ltr' | 'rtl' {
    return resolveDir(
      this.#host.getAttribute('dir'),
      this.#host.locale,
      inheritedDir(this.#host),
      this.locale,
    );
  }
}
