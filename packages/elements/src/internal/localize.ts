import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';

/**
 * Every user-visible string of the components. Templates may hold `{name}` placeholders that
 * {@link format} fills (numbers already localized). Per-element attributes override these; for
 * the rest, call {@link registerStrings}.
 */
export interface Strings {
  npsQuestion: string;
  npsLowLabel: string;
  npsHighLabel: string;
  npsFollowUp: string;
  next: string;
  submit: string;
  skip: string;
  close: string;
  thankYou: string;
  /** Validation message when a required scale has no answer. */
  valueMissing: string;
  /** Character counter under a text area: `{count}`, `{max}`. */
  characterCount: string;
  // tp-csat, tp-ces
  /** Comment question after a CSAT or CES score. */
  ratingFollowUp: string;
  // tp-csat
  csatQuestion: string;
  /** Score labels; a scale of n uses n of them (2: dissatisfied/satisfied … 7: all). */
  csatVeryDissatisfied: string;
  csatDissatisfied: string;
  csatSomewhatDissatisfied: string;
  csatNeutral: string;
  csatSomewhatSatisfied: string;
  csatSatisfied: string;
  csatVerySatisfied: string;
  // tp-ces
  cesQuestion: string;
  /** Score labels; the 5-point scale leaves out the "somewhat" ones. */
  cesVeryDifficult: string;
  cesDifficult: string;
  cesSomewhatDifficult: string;
  cesNeutral: string;
  cesSomewhatEasy: string;
  cesEasy: string;
  cesVeryEasy: string;
  // tp-feedback
  /** Legend of the category choice. */
  feedbackCategoryLabel: string;
  feedbackCategoryBug: string;
  feedbackCategoryIdea: string;
  feedbackCategoryQuestion: string;
  feedbackCategoryOther: string;
  /** Label of the message field. */
  feedbackMessageLabel: string;
  /** Label of the email field with `require-email`. */
  feedbackEmailLabel: string;
  /** Label of the email field when it is optional. */
  feedbackEmailOptionalLabel: string;
  /** Checkbox: send the page address with the message. */
  feedbackIncludePage: string;
  feedbackCancel: string;
  /** Submit button while a connected SDK or host is storing the message. */
  feedbackSending: string;
  /** Heading of the list of problems shown after a submit attempt. */
  feedbackErrorSummary: string;
  feedbackMessageMissing: string;
  /** `{max}`: the limit, localized. */
  feedbackMessageTooLong: string;
  feedbackEmailMissing: string;
  feedbackEmailInvalid: string;
  /** Default text of `showError()`. */
  feedbackSendFailed: string;
  /** Announced to screen readers near the limit: `{count}`. */
  feedbackCharactersLeft: string;
  // tp-survey
  /** Back button of a multi-step survey. */
  surveyBack: string;
  /** Progress of a survey: `{current}`, `{total}` (localized numbers), e.g. "2 of 3". */
  surveyProgress: string;
  /** Accessible name of the survey's progress bar. */
  surveyProgressLabel: string;
  /** Shown and announced when Next is pressed on an unanswered required question. */
  surveyRequired: string;
  /** Marker after an optional question, shown in parentheses. */
  surveyOptional: string;
  /** Hint under a multiple-choice question. */
  surveyChooseAll: string;
}

const catalogs = new Map<string, Partial<Strings>>([
  ['en', en],
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['ar', ar],
]);

/** Languages written right to left (ISO 639 codes). */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

let defaultLocale: string | undefined;
const hosts = new Set<ReactiveControllerHost>();
let documentObserver: MutationObserver | undefined;

/**
 * Adds or overrides strings for a locale (`'de'`, `'pt-BR'`); connected components re-render.
 * Missing keys fall back to the base language, then English.
 */
export function registerStrings(locale: string, strings: Partial<Strings>): void {
  const key = canonicalLocale(locale);
  if (!key) throw new RangeError(`registerStrings: "${locale}" is not a valid BCP 47 language tag`);
  const id = key.toLowerCase();
  catalogs.set(id, { ...catalogs.get(id), ...strings });
  for (const host of hosts) host.requestUpdate();
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
    if (!candidate || !candidate.trim()) continue;
    const locale = canonicalLocale(candidate);
    if (locale) return { locale, rejected };
    rejected.push(candidate);
  }
  return { locale: 'en', rejected };
}

/** Strings for a locale: English, overlaid by the base language, overlaid by the exact tag. */
export function stringsFor(locale: string): Strings {
  const exact = locale.toLowerCase();
  const base = exact.split('-')[0] ?? exact;
  return { ...en, ...catalogs.get(base), ...catalogs.get(exact) };
}

/** Writing direction of a locale's script. */
export function localeDir(locale: string): 'ltr' | 'rtl' {
  let language = locale.toLowerCase().split('-')[0] ?? '';
  try {
    const parsed = new Intl.Locale(locale);
    // A script subtag decides when present (e.g. `az-Arab` is RTL, `ku-Latn` is not).
    if (parsed.script)
      return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm'].includes(parsed.script)
        ? 'rtl'
        : 'ltr';
    language = parsed.language;
  } catch {
    // Invalid tags fall back to the plain language prefix.
  }
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** Inputs to {@link resolveDir}. */
export interface DirInputs {
  /** The element's own `dir` attribute. */
  own: string | null;
  /** The element's own `locale` attribute (an explicit content language). */
  explicitLocale: string | null;
  /** The nearest ancestor's `dir` attribute (crossing shadow roots). */
  inherited: string | null;
  /** The locale in effect. */
  locale: string;
}

/**
 * Writing direction for a component: its own `dir` wins; then an explicit `locale` (Arabic content
 * on an English page is still RTL); then the page's direction; then the locale's script.
 */
export function resolveDir({ own, explicitLocale, inherited, locale }: DirInputs): 'ltr' | 'rtl' {
  const asDir = (value: string | null) =>
    value?.toLowerCase() === 'rtl' ? 'rtl' : value?.toLowerCase() === 'ltr' ? 'ltr' : null;
  const ownDir = asDir(own);
  if (ownDir) return ownDir;
  if (explicitLocale && canonicalLocale(explicitLocale)) return localeDir(explicitLocale);
  return asDir(inherited) ?? localeDir(locale);
}

/** Fills `{name}` placeholders; unknown placeholders stay as written. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let nf = numberFormats.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numberFormats.set(locale, nf);
  }
  return nf;
}

/** The `dir` attribute of the nearest ancestor that has one, crossing shadow roots. */
function inheritedDir(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('dir')) {
      const dir = node.getAttribute('dir');
      if (dir === 'ltr' || dir === 'rtl') return dir;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

function observeDocument(): void {
  if (documentObserver) return;
  // `<html lang>` and `<html dir>` are often set after components render (SPA i18n switches).
  documentObserver = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  documentObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
  });
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
  private readonly host: LocalizedHost;

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observeDocument();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The locale in effect (canonical BCP 47 tag). */
  get locale(): string {
    const { locale, rejected } = resolveLocale([
      this.host.locale,
      defaultLocale,
      document.documentElement.lang,
    ]);
    for (const tag of rejected) {
      if (warned.has(tag)) continue;
      warned.add(tag);
      console.warn(
        `${this.host.localName}: ignoring locale "${tag}": not a valid BCP 47 language tag`,
      );
    }
    return locale;
  }

  /** A string for the locale in effect, with `{placeholders}` filled. */
  term(key: keyof Strings, values?: Record<string, string | number>): string {
    return format(stringsFor(this.locale)[key], values);
  }

  /** A number in the locale's digits (e.g. Arabic-Indic digits for `ar`). */
  number(value: number): string {
    return numberFormat(this.locale).format(value);
  }

  /** The writing direction for the host's content. */
  dir(): 'ltr' | 'rtl' {
    return resolveDir({
      own: this.host.getAttribute('dir'),
      explicitLocale: this.host.locale ?? null,
      inherited: inheritedDir(this.host),
      locale: this.locale,
    });
  }
}
