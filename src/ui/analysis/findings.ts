/**
 * The analysis turned into labelled items, shared by the panel and the printed report so both
 * say the same thing. Each item names the actors it concerns, so the panel can focus them.
 */

import type { CoverageStatus, GapAnalysis, TypeCoverage } from '../../analysis/gap';
import { getRecord } from '../../domain/records';
import { purposeLabel, sectorLabel } from '../../domain/template';
import type { Locale, MapDocument, Template } from '../../domain/types';
import { formatDate } from '../../i18n';
import type { useLocale } from '../hooks';

export type T = ReturnType<typeof useLocale>['t'];

export interface FindingItem {
  key: string;
  text: string;
  actorIds: string[];
}

export interface FindingGroup {
  id: 'isolated' | 'spof' | 'overloaded' | 'stale' | 'manage';
  title: string;
  hint: string | null;
  items: FindingItem[];
}

export const percentOf = (share: number) => Math.round(share * 100);

export const actorName = (doc: MapDocument, id: string) => getRecord(doc.actors, id)?.name ?? id;

/** The statuses the panel and report list: everything short of covered. */
export const GAP_STATUSES: readonly CoverageStatus[] = ['missing', 'unconnected', 'weak'];

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

/** Structural warnings and "manage closely", each group only when it has items. */
export function structureGroups(
  analysis: GapAnalysis,
  doc: MapDocument,
  locale: Locale,
  t: T,
): FindingGroup[] {
  const name = (id: string) => actorName(doc, id);
  const s = analysis.structure;
  const groups: FindingGroup[] = [
    {
      id: 'isolated',
      title: t('gap.structure.isolated'),
      hint: null,
      items: s.isolated.map((id) => ({
        key: id,
        text: t('gap.structure.isolatedItem', { name: name(id) }),
        actorIds: [id],
      })),
    },
    {
      id: 'spof',
      title: t('gap.structure.spof'),
      hint: null,
      items: [
        ...s.articulationPoints.map((id) => ({
          key: `ap-${id}`,
          text: t('gap.structure.articulation', { name: name(id) }),
          actorIds: [id],
        })),
        ...s.bridges.map((b) => ({
          key: `br-${b.collaborationId}`,
          text: t('gap.structure.bridge', { a: name(b.a), b: name(b.b), count: b.separated }),
          actorIds: [b.a, b.b],
        })),
      ],
    },
    {
      id: 'overloaded',
      title: t('gap.structure.overloaded'),
      hint: null,
      items: s.overloadedResponsible.map((o) => ({
        key: `or-${o.name}`,
        text: t('gap.structure.overloadedItem', {
          name: o.name,
          count: o.count,
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
    },
    {
      id: 'stale',
      title: t('gap.structure.stale'),
      hint: null,
      items: s.stale.map((st) => ({
        key: `st-${st.collaborationId}`,
        text: t('gap.structure.staleItem', {
          a: name(st.sourceId),
          b: name(st.targetId),
          count: st.monthsSince,
          date: formatDate(st.lastDate, locale),
        }),
        actorIds: [st.sourceId, st.targetId],
      })),
    },
    {
      id: 'manage',
      title: t('gap.structure.manage'),
      hint: t('gap.structure.manageHint'),
      items: analysis.manageClosely.map((m) => ({
        key: `mc-${m.actorId}`,
        text:
          m.reason === 'weak'
            ? t('gap.structure.manageWeak', { name: name(m.actorId), power: m.power })
            : t('gap.structure.manageMissing', { name: name(m.actorId), power: m.power }),
        actorIds: [m.actorId],
      })),
    },
  ];
  return groups.filter((g) => g.items.length > 0);
}

export function sectorName(template: Template, sectorId: string, locale: Locale): string {
  return sectorLabel(template, sectorId, locale) ?? sectorId;
}
