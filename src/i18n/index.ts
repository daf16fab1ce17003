import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../domain/types';
import type { MessageTree } from './en';
import type { MessageKey as MessageKeyOf } from './messages';
import { nb } from './nb';

/**
 * A message key of the app. Keys are checked against this union rather than through i18next's
 * typed resources, whose per-call inference made a type check take over two minutes.
 */
export type MessageKey = MessageKeyOf<typeof nb>;

/** The app's translate function: a known key, and the values the message interpolates. */
export type Translate = (key: MessageKey, options?: Record<string, unknown>) => string;

export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** `?lang=nn` or `?lang=en` wins, then the saved choice, then bokmål. */
export function initialLocale(search: string, saved: string | null): Locale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  return isLocale(saved) ? saved : 'nb';
}

/**
 * Bokmål is the fallback and always in the bundle; the other languages load when chosen, so the
 * first load carries at most one more (each is about 8 KB gzip).
 */
const LOADERS: Record<Exclude<Locale, 'nb'>, () => Promise<MessageTree>> = {
  en: () => import('./en').then((m) => m.en),
  nn: () => import('./nn').then((m) => m.nn),
};

const messagesOf = (locale: Locale): Promise<MessageTree> =>
  locale === 'nb' ? Promise.resolve(nb) : LOADERS[locale]();

export async function initI18n(locale: Locale) {
  const resources: Resource = { nb: { translation: nb } };
  if (locale !== 'nb') resources[locale] = { translation: await messagesOf(locale) };
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'nb',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

/** Loads a language's messages the first time it is chosen, then switches to it. */
export async function switchLanguage(locale: Locale): Promise<void> {
  if (!i18next.hasResourceBundle(locale, 'translation')) {
    i18next.addResourceBundle(locale, 'translation', await messagesOf(locale));
  }
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/**
 * The locales Intl formats with, best first. Chromium's Intl has no nynorsk dates or lists, and
 * nynorsk writes them as bokmål does, so bokmål stands behind it.
 */
export function intlLocale(locale: Locale): string[] {
  if (locale === 'nb') return ['nb-NO'];
  return locale === 'nn' ? ['nn-NO', 'nb-NO'] : ['en-GB'];
}

/** i18next's language as the app's locale; anything unknown reads as bokmål, the fallback. */
export const localeOf = (language: string | undefined): Locale =>
  isLocale(language) ? language : 'nb';

/** "20 000" in bokmål and nynorsk, "20,000" in English. */
export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n);
}

/** dd.mm.yyyy in bokmål and nynorsk, the locale's own short form in English. */
export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);
}
