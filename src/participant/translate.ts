import { useSyncExternalStore } from 'react';
import type { Locale } from '../domain/types';
import type { MessageKey } from '../i18n/messages';
import { participantEn } from '../i18n/participant.en';
import { participantNb } from '../i18n/participant.nb';
import { participantNn } from '../i18n/participant.nn';

/**
 * The page's messages in nb, nn and en, read with i18next's conventions (`{{name}}`, plurals as
 * `key_one`/`key_other` by Intl.PluralRules). Not i18next itself: the phone's first load must
 * stay under 120 KB gzip, and these few messages need only lookup, plurals and interpolation.
 */
export type ParticipantKey = MessageKey<typeof participantNb>;
export type T = (key: ParticipantKey, options?: Record<string, unknown>) => string;

type Tree = { [key: string]: string | Tree };

export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];
const MESSAGES: Record<Locale, Tree> = { nb: participantNb, nn: participantNn, en: participantEn };
const LANG_KEY = 'samspill.participant.lang';

const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** `?lang=` first, then the saved choice, then the phone's own language, then bokmål. */
export function pickLocale(
  search: string,
  saved: string | null,
  languages: readonly string[],
): Locale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(saved)) return saved;
  for (const tag of languages) {
    const lang = tag.toLowerCase().split('-')[0];
    if (lang === 'nn') return 'nn';
    if (lang === 'nb' || lang === 'no') return 'nb';
    if (lang === 'en') return 'en';
  }
  return 'nb';
}

function find(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A message in `locale` (bokmål where it lacks one), plural form picked and values filled in. */
export function translate(locale: Locale, key: string, options: Record<string, unknown> = {}) {
  const count = options.count;
  const forms =
    typeof count === 'number'
      ? [`${key}_${new Intl.PluralRules(locale === 'en' ? 'en' : 'nb').select(count)}`, key]
      : [key];
  let message: string | undefined;
  for (const tree of [MESSAGES[locale], MESSAGES.nb])
    for (const form of forms) message ??= find(tree, form);
  return (message ?? key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    Object.hasOwn(options, name) ? String(options[name]) : '',
  );
}

let current: Locale = 'nb';
const listeners = new Set<() => void>();

export function setLocale(locale: Locale, save = true): void {
  current = locale;
  document.documentElement.lang = locale;
  if (save) {
    try {
      localStorage.setItem(LANG_KEY, locale);
    } catch {
      // Private mode: the choice holds for this visit.
    }
  }
  for (const l of listeners) l();
}

export const savedLocale = (): string | null => {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useT(): { t: T; locale: Locale } {
  const locale = useSyncExternalStore(subscribe, () => current);
  const t: T = (key, options) => translate(locale, key, options);
  return { t, locale };
}
