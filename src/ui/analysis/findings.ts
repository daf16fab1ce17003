/**
 * The analysis turned into labelled items, shared by the panel and the printed report so both
 * say the same thing. Each item names the actors it concerns, so the panel can focus them.
 */

import type {
  GapAnalysis,
  QuietCollaboration,
  StakeholderAdvice,
  TypeCoverage,
} from '../../analysis/gap';
import { getRecord } from '../../domain/records';
import { purposeLabel, sectorLabel } from '../../domain/template';
import type { CollaborationStatus, Locale, MapDocument, Template } from '../../domain/types';
import { formatDate } from '../../i18n';
import type { useLocale } from '../hooks';

export type T = ReturnType<typeof useLocale>['t'];

export interface FindingItem {
  key: string;
  text: string;
  actorIds: string[];
}

export interface FindingGroup {
  id: 'isolated' | 'vulnerable' | 'overloaded' | 'stale' | 'stalled';
  title: string;
  hint: string | null;
  items: FindingItem[];
}

/** A group of findings of any kind: structure warnings or Mendelow's advice. */
export type AnyFindingGroup = Omit<FindingGroup, 'id'> & { id: string };

export const percentOf = (share: number) => Math.round(share * 100);

export const actorName = (doc: MapDocument, id: string) => getRecord(doc.actors, id)?.name ?? id;

export interface SectorTypeGaps {
  sectorId: string;
  label: string;
  types: TypeCoverage[];
}

/** Types short of covered, grouped by sector in template order; optional ones only if asked. */
export function typeGapsBySector(
  analysis: GapAnalysis,
  template: Template,
  locale: Locale,
  includeOptional: boolean,
): SectorTypeGaps[] {
  const groups: SectorTypeGaps[] = [];
  for (const sector of template.sectors) {
    const types = analysis.types.filter(
      (t) =>
        t.sectorId === sector.id &&
        t.status !== 'covered' &&
        !t.notRelevant &&
        (includeOptional || t.expectation !== 'optional'),
    );
    if (types.length > 0) {
      groups.push({ sectorId: sector.id, label: sector.labels[locale], types });
    }
  }
  return groups;
}

/** Purposes with no active collaboration, with the actors of any non-ended link that has them. */
export function purposeGapItems(
  analysis: GapAnalysis,
  doc: MapDocument,
  template: Template,
  locale: Locale,
): (FindingItem & { relatedCount: number })[] {
  const links = Object.values(doc.collaborations).filter((c) => c.status !== 'ended');
  return analysis.purposeGaps.map((id) => {
    const related = links.filter((c) => c.purposeIds.includes(id));
    return {
      key: id,
      text: purposeLabel(template, id, locale),
      actorIds: [...new Set(related.flatMap((c) => [c.sourceId, c.targetId]))],
      relatedCount: related.length,
    };
  });
}

/** "A, B og C" in the locale's way of listing. */
export function listNames(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale === 'nn' ? ['nn', 'nb'] : locale, {
    type: 'conjunction',
  }).format(names);
}

/** The cut-off actors of a vulnerable point: the named ones, and how many more. */
function cutOffText(ids: readonly string[], count: number, doc: MapDocument, locale: Locale, t: T) {
  const names = ids.map((id) => actorName(doc, id));
  const more = count - names.length;
  return more > 0
    ? t('gap.structure.andMore', { names: names.join(', '), count: more })
    : listNames(names, locale);
}

/** The vulnerabilities of the network, each group only when it has items. */
export function structureGroups(
  analysis: GapAnalysis,
  doc: MapDocument,
  locale: Locale,
  t: T,
): FindingGroup[] {
  const name = (id: string) => actorName(doc, id);
  const s = analysis.structure;
  const status = (st: CollaborationStatus) => t(`status.${st}`).toLocaleLowerCase(locale);
  const group = (id: FindingGroup['id'], items: FindingItem[]): FindingGroup => ({
    id,
    title: t(`gap.structure.${id === 'vulnerable' ? 'spof' : id}`),
    hint: null,
    items,
  });
  /** A stale or stalled link: `say` words both ends and how long since anything happened. */
  const quietLink = (
    key: string,
    link: QuietCollaboration,
    say: (words: { a: string; b: string; count: number; date: string }) => string,
  ): FindingItem => ({
    key: `${key}-${link.collaborationId}`,
    text: say({
      a: name(link.sourceId),
      b: name(link.targetId),
      count: link.monthsSince,
      date: formatDate(link.lastDate, locale),
    }),
    actorIds: [link.sourceId, link.targetId],
  });
  const groups: FindingGroup[] = [
    group(
      'vulnerable',
      s.vulnerable.map((v) => {
        const names = cutOffText(v.cutOff, v.cutOffCount, doc, locale, t);
        return v.kind === 'actor'
          ? {
              key: `va-${v.actorId}`,
              text: t('gap.structure.vulnerableActor', { name: name(v.actorId), names }),
              actorIds: [v.actorId, ...v.cutOff],
            }
          : {
              key: `vl-${v.collaborationIds.join('-')}`,
              text: t('gap.structure.vulnerableLink', { a: name(v.a), b: name(v.b), names }),
              actorIds: [v.a, v.b, ...v.cutOff],
            };
      }),
    ),
    group(
      'isolated',
      s.isolated.map((id) => ({
        key: id,
        text: t('gap.structure.isolatedItem', { name: name(id) }),
        actorIds: [id],
      })),
    ),
    group(
      'overloaded',
      s.overloadedResponsible.map((o) => ({
        key: `or-${o.name}`,
        text: t('gap.structure.overloadedItem', {
          name: o.name,
          count: o.count,
          total: o.total,
          percent: percentOf(o.share),
        }),
        actorIds: [
          ...new Set(
            o.collaborationIds.flatMap((id) => {
              const c = getRecord(doc.collaborations, id);
              return c ? [c.sourceId, c.targetId] : [];
            }),
          ),
        ],
      })),
    ),
    group(
      'stale',
      s.stale.map((st) => quietLink('st', st, (w) => t('gap.structure.staleItem', w))),
    ),
    group(
      'stalled',
      s.stalled.map((st) =>
        quietLink('sd', st, (w) =>
          t('gap.structure.stalledItem', { ...w, status: status(st.status) }),
        ),
      ),
    ),
  ];
  return groups.filter((g) => g.items.length > 0);
}

export const ADVICE_ORDER: readonly StakeholderAdvice[] = [
  'manage-closely',
  'keep-satisfied',
  'keep-informed',
];

/** Mendelow's advice, one group per quadrant that has actors, with what the advice means. */
export function stakeholderGroups(
  analysis: GapAnalysis,
  doc: MapDocument,
  t: T,
): (Omit<FindingGroup, 'id'> & { id: StakeholderAdvice })[] {
  return ADVICE_ORDER.map((advice) => ({
    id: advice,
    title: t(`gap.stakeholders.advice.${advice}`),
    hint: t(`gap.stakeholders.adviceText.${advice}`),
    items: analysis.stakeholders
      .filter((f) => f.advice === advice)
      .map((f) => ({
        key: `sh-${f.actorId}`,
        text: t('gap.stakeholders.item', {
          name: actorName(doc, f.actorId),
          power: f.power,
          interest: f.interest ?? t('gap.stakeholders.unknown'),
          link: t(`gap.stakeholders.${f.reason}`),
        }),
        actorIds: [f.actorId],
      })),
  })).filter((g) => g.items.length > 0);
}

export function sectorName(template: Template, sectorId: string, locale: Locale): string {
  return sectorLabel(template, sectorId, locale) ?? sectorId;
}
