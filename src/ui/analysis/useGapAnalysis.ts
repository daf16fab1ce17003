import { useMemo } from 'react';
import { analyse, type GapAnalysis } from '../../analysis/gap';
import type { Locale, MapDocument, Template } from '../../domain/types';
import { todayIso } from '../dates';
import { useDoc, useLocale, useTemplate } from '../hooks';

export { todayIso };

/** Everything a gap view needs to render: the analysis and what it was computed from. */
export interface GapContext {
  analysis: GapAnalysis;
  doc: MapDocument;
  template: Template;
  locale: Locale;
}

let last: { key: [MapDocument, Template, Locale, string]; value: GapAnalysis } | null = null;

/**
 * The analysis of a document, computed once per edit however many views ask for it (the panel
 * and the map's "Show gaps" overlay).
 */
export function analysisOf(doc: MapDocument, template: Template, locale: Locale): GapAnalysis {
  const today = todayIso();
  const key: [MapDocument, Template, Locale, string] = [doc, template, locale, today];
  if (!last || last.key.some((k, i) => k !== key[i])) {
    last = { key, value: analyse(doc, template, today, locale) };
  }
  return last.value;
}

/** The gap analysis of the open map, recomputed when the map, template or language changes. */
export function useGapAnalysis(): GapContext | null {
  const doc = useDoc();
  const template = useTemplate();
  const { locale } = useLocale();
  return useMemo(
    () => (doc ? { analysis: analysisOf(doc, template, locale), doc, template, locale } : null),
    [doc, template, locale],
  );
}
