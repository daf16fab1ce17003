/**
 * The words of a suggestion, from its structured reasons and the i18n keys under
 * gap.suggestions. One source for the panel, the printed report, the CSV and the slides.
 */
import type { GapSuggestion, PairSuggestion, Suggestion } from '../../analysis/gap';
import { findType, purposeLabel } from '../../domain/template';
import type { Locale, MapDocument, Template } from '../../domain/types';
import type { Translate } from '../../i18n';
import { typeName } from '../labels';
import { actorName } from './findings';

/** Words made of one suggestion, in the given language, naming actors and types by the map. */
type SuggestionWords<S extends Suggestion, R> = (
  s: S,
  doc: MapDocument,
  template: Template,
  locale: Locale,
  t: Translate,
) => R;

/** Lower-cases the first letter for running text, but keeps acronyms ("DKS", "UKM") as they are. */
export function inRunningText(label: string, locale: Locale): string {
  const second = label.charAt(1);
  if (
    second &&
    second === second.toLocaleUpperCase(locale) &&
    second !== second.toLocaleLowerCase(locale)
  ) {
    return label;
  }
  return label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
}

/**
 * "a", "a og b", "a, b og c"; past `max` items the rest is counted («og 2 andre»). When an item
 * itself contains the word for "and" («bredde og rekruttering»), the last join is «samt».
 */
export function joinList(
  items: readonly string[],
  t: Translate,
  rest: 'others' | 'otherPurposes' = 'others',
  max = 3,
): string {
  const shown = items.length > max ? items.slice(0, max) : [...items];
  const more = items.length - shown.length;
  if (more > 0) shown.push(t(`gap.suggestions.${rest}`, { count: more }));
  if (shown.length <= 1) return shown[0] ?? '';
  const and = t('gap.suggestions.and');
  const word = new RegExp(`\\s${and}\\s`);
  const last = shown.some((s) => word.test(s)) ? t('gap.suggestions.andAlso') : and;
  return `${shown.slice(0, -1).join(', ')} ${last} ${shown[shown.length - 1]}`;
}

/** The pair's sentences: shared partners (or the school as the only link), purposes, pairing. */
export const pairSentences: SuggestionWords<PairSuggestion, string[]> = (
  s,
  doc,
  template,
  locale,
  t,
) => {
  const r = s.reasons;
  const purposes = (ids: readonly string[]) =>
    joinList(
      ids.map((id) => inRunningText(purposeLabel(template, id, locale), locale)),
      t,
      'otherPurposes',
    );
  const out: string[] = [];
  if (r.commonNeighbourIds.length > 0) {
    out.push(
      t('gap.suggestions.partners', {
        a: actorName(doc, s.sourceId),
        b: actorName(doc, s.targetId),
        partners: joinList(
          r.commonNeighbourIds.map((id) => actorName(doc, id)),
          t,
        ),
      }),
    );
  } else if (r.viaSchoolOnly) {
    out.push(t('gap.suggestions.viaSchool'));
  }
  if (r.sharedPurposeIds.length > 0) {
    out.push(t('gap.suggestions.purposes', { purposes: purposes(r.sharedPurposeIds) }));
  }
  if (r.pairing) {
    const { purposeIds } = r.pairing;
    const example = r.pairing.example?.[locale] || null;
    const key =
      purposeIds.length > 0
        ? example
          ? 'gap.suggestions.pairingExample'
          : 'gap.suggestions.pairing'
        : example
          ? 'gap.suggestions.pairingPlainExample'
          : 'gap.suggestions.pairingPlain';
    out.push(t(key, { purposes: purposes(purposeIds), example }));
  }
  return out;
};

export const gapSentences: SuggestionWords<GapSuggestion, string[]> = (
  s,
  doc,
  template,
  locale,
  t,
) => {
  const names = joinList(
    s.actorIds.map((id) => actorName(doc, id)),
    t,
  );
  const out: string[] = [];
  if (s.action === 'find') out.push(t('gap.suggestions.gapFind'));
  else if (s.action === 'connect') {
    out.push(t('gap.suggestions.gapConnect', { names, count: s.actorIds.length }));
  } else out.push(t('gap.suggestions.gapStrengthen', { names }));
  const step = findType(template, s.typeId)?.firstStep?.[locale]?.trim();
  if (step) out.push(t('gap.suggestions.firstStep', { step }));
  return out;
};

/** "A – B" for a pair, «Må ha: Barnehager» for a gap. */
export const suggestionTitle: SuggestionWords<Suggestion, string> = (
  s,
  doc,
  template,
  locale,
  t,
) => {
  if (s.kind === 'pair') {
    return t('gap.pair', { a: actorName(doc, s.sourceId), b: actorName(doc, s.targetId) });
  }
  return t('gap.suggestions.gapTitle', {
    expectation: t(`gap.expectation.${s.expectation}` as 'gap.expectation.core'),
    type: typeName(template, s.typeId, locale, s.typeId),
  });
};

/** The suggestion's sentences as one text. */
export const suggestionDetail: SuggestionWords<Suggestion, string> = (s, ...context) =>
  (s.kind === 'pair' ? pairSentences(s, ...context) : gapSentences(s, ...context)).join(' ');

/** A key that tells suggestions apart within one analysis. */
export const suggestionKey = (s: Suggestion) =>
  s.kind === 'pair' ? `${s.sourceId}|${s.targetId}` : `gap|${s.typeId}`;

/** The actors a suggestion names, for "show on the map". */
export function suggestionActorIds(s: Suggestion): string[] {
  return s.kind === 'pair' ? [s.sourceId, s.targetId] : s.actorIds;
}
