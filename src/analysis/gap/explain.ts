/**
 * Sentences that explain a suggestion, in nb and en. Small pure functions: the analysis layer
 * does not import i18next. Purpose labels come from the template and are lower-cased in running
 * text («arbeider begge med inkludering og integrering»), unless they start with an acronym.
 */
import type { Locale } from '../../domain/types';

export interface SuggestionWords {
  sourceName: string;
  targetName: string;
  commonCount: number;
  /** Labels of the shared purposes, as in the template. */
  sharedPurposeLabels: string[];
  /** Labels of the pairing's purposes, or null when the pair is no template pairing. */
  pairingPurposeLabels: string[] | null;
  pairingExample: string | null;
}

/** Lower-cases the first letter for running text, but keeps acronyms ("DKS", "UKM") as they are. */
export function inRunningText(label: string, locale: Locale): string {
  const first = label.charAt(0);
  const second = label.charAt(1);
  if (
    second &&
    second === second.toLocaleUpperCase(locale) &&
    second !== second.toLocaleLowerCase(locale)
  ) {
    return label;
  }
  return first.toLocaleLowerCase(locale) + label.slice(1);
}

const AND: Record<Locale, string> = { nb: 'og', en: 'and' };

/**
 * "a", "a og b", "a, b og c"; past `max` items: "a, b, c og 2 andre formål". When an nb item
 * itself contains "og" («bredde og rekruttering»), the last join is "samt" so the list stays clear.
 */
export function joinList(items: readonly string[], locale: Locale, max = 3): string {
  const shown = items.length > max ? items.slice(0, max) : [...items];
  const rest = items.length - shown.length;
  if (rest > 0) shown.push(locale === 'nb' ? `${rest} andre formål` : `${rest} other purposes`);
  if (shown.length <= 1) return shown[0] ?? '';
  const and = locale === 'nb' && shown.some((s) => /\sog\s/.test(s)) ? 'samt' : AND[locale];
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}`;
}

export function sharePartners(count: number, locale: Locale): string {
  if (locale === 'nb') return count === 1 ? 'deler én partner' : `deler ${count} partnere`;
  return count === 1 ? 'share 1 partner' : `share ${count} partners`;
}

export function bothWorkOn(labels: readonly string[], locale: Locale): string {
  const list = joinList(
    labels.map((l) => inRunningText(l, locale)),
    locale,
  );
  return locale === 'nb' ? `arbeider begge med ${list}` : `both work on ${list}`;
}

function pairingClause(words: SuggestionWords, locale: Locale): string {
  const labels = (words.pairingPurposeLabels ?? []).map((l) => inRunningText(l, locale));
  const forWhat = labels.length > 0 ? ` for ${joinList(labels, locale)}` : '';
  const example = words.pairingExample ? ` (${words.pairingExample})` : '';
  return `${locale === 'nb' ? 'et naturlig par' : 'a natural pairing'}${forWhat}${example}`;
}

/**
 * «Biblioteket og Asylmottaket deler 3 partnere og arbeider begge med inkludering og integrering.»
 * A template pairing adds a sentence: «De er et naturlig par for helhetlig oppvekst (…).»
 */
export function explainSuggestion(words: SuggestionWords, locale: Locale): string {
  const pair = `${words.sourceName} ${AND[locale]} ${words.targetName}`;
  const clauses: string[] = [];
  if (words.commonCount > 0) clauses.push(sharePartners(words.commonCount, locale));
  if (words.sharedPurposeLabels.length > 0) {
    clauses.push(bothWorkOn(words.sharedPurposeLabels, locale));
  }
  const isPairing = words.pairingPurposeLabels !== null;
  const be = locale === 'nb' ? 'er' : 'are';
  if (clauses.length === 0) {
    if (isPairing) return `${pair} ${be} ${pairingClause(words, locale)}.`;
    return locale === 'nb'
      ? `${pair} kan ha nytte av å samarbeide.`
      : `${pair} could benefit from working together.`;
  }
  const main = `${pair} ${clauses.join(` ${AND[locale]} `)}.`;
  if (!isPairing) return main;
  const they = locale === 'nb' ? 'De' : 'They';
  return `${main} ${they} ${be} ${pairingClause(words, locale)}.`;
}
