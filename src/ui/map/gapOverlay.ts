import { useMemo } from 'react';
import type { Locale, MapDocument, Template } from '../../domain/types';
import type { GapOverlay } from '../../render/elements';
import { analysisOf } from '../analysis/useGapAnalysis';

/**
 * "Show gaps": a ghost node per missing core or recommended type (not those set "not relevant
 * here"), and marks on the links that make a type only weakly covered and on active links with
 * no activity for 12 months.
 */
export function gapOverlay(
  doc: MapDocument,
  template: Template,
  locale: Locale,
  ghostLabel: (type: string) => string,
): GapOverlay {
  const analysis = analysisOf(doc, template);
  const labelOf = new Map(
    template.sectors.flatMap((s) => s.types.map((t) => [t.id, t.labels[locale]])),
  );
  const ghosts = analysis.types
    .filter((t) => t.status === 'missing' && t.expectation !== 'optional' && !t.notRelevant)
    .map((t) => ({
      typeId: t.typeId,
      sectorId: t.sectorId,
      label: ghostLabel(labelOf.get(t.typeId) ?? t.typeId),
    }));
  const weak = new Set(
    analysis.types
      .filter((t) => t.status === 'weak')
      .flatMap((t) => t.best?.collaborationIds ?? []),
  );
  const stale = new Set(analysis.structure.stale.map((s) => s.collaborationId));
  return { ghosts, weak, stale };
}

export function useGapOverlay(
  doc: MapDocument | null,
  template: Template,
  locale: Locale,
  on: boolean,
  ghostLabel: (type: string) => string,
): GapOverlay | null {
  return useMemo(
    () => (on && doc ? gapOverlay(doc, template, locale, ghostLabel) : null),
    [on, doc, template, locale, ghostLabel],
  );
}
