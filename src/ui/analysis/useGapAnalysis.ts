import { useMemo } from 'react';
import { analyse, type GapAnalysis } from '../../analysis/gap';
import type { Locale, MapDocument, Template } from '../../domain/types';
import { useDoc, useLocale, useTemplate } from '../hooks';

/** Today as YYYY-MM-DD in the local time zone (not UTC: a workshop at 00:30 is still today). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Everything a gap view needs to render: the analysis and what it was computed from. */
export interface GapContext {
  analysis: GapAnalysis;
  doc: MapDocument;
  template: Template;
  locale: Locale;
}

/** The gap analysis of the open map, recomputed when the map, template or language changes. */
export function useGapAnalysis(): GapContext | null {
  const doc = useDoc();
  const template = useTemplate();
  const { locale } = useLocale();
  return useMemo(
    () =>
      doc ? { analysis: analyse(doc, template, todayIso(), locale), doc, template, locale } : null,
    [doc, template, locale],
  );
}
