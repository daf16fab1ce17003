import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../domain/types';
import { en } from './en';
import type { MessageKey as MessageKeyOf } from './messages';
import { nb } from './nb';
import { nn } from './nn';

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

export async function initI18n(locale: Locale) {
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'nb',
    resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
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
