import { useMemo } from 'react';
import { analyse, type GapAnalysis } from '../../analysis/gap';
import { differsInPlacesOnly } from '../../domain/placesOnly';
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

let last: { key: [MapDocument, Template, string]; value: GapAnalysis } | null = null;

/**
 * The analysis of a document, computed once per edit however many views ask for it (the panel
 * and the map's "Show gaps" overlay). It holds codes and numbers only, so the language is no part
 * of the key: switching it rewords the views without analysing again.
 */
export function analysisOf(doc: MapDocument, template: Template): GapAnalysis {
  const today = todayIso();
  const key: [MapDocument, Template, string] = [doc, template, today];
  if (!last || last.key.some((k, i) => k !== key[i])) {
    // Moving actors changes nothing the analysis counts (a layout settling, a drag).
    const moved =
      last !== null &&
      last.key[1] === template &&
      last.key[2] === today &&
      differsInPlacesOnly(last.key[0], doc);
    last = { key, value: moved && last ? last.value : analyse(doc, template, today) };
  }
  return last.value;
}

/** The gap analysis of the open map, recomputed when the map or template changes. */
export function useGapAnalysis(): GapContext | null {
  const doc = useDoc();
  const template = useTemplate();
  const { locale } = useLocale();
  const analysis = useMemo(() => (doc ? analysisOf(doc, template) : null), [doc, template]);
  return useMemo(
    () => (doc && analysis ? { analysis, doc, template, locale } : null),
    [analysis, doc, template, locale],
  );
}
