/**
 * Gap analysis (DESIGN.md §4): a pure, deterministic function of the map, the template, the
 * focal actor (the map's focalActorId) and today's date. No DOM, no i18next, no clock.
 */
import type { Locale, MapDocument, Template } from '../../domain/types';
import { focalLinks, typeCoverage } from './coverage';
import { manageClosely } from './power';
import { prepare } from './prepare';
import { purposeCoverage } from './purposes';
import { structure } from './structure';
import { DEFAULT_SUGGESTIONS, suggestions } from './suggestions';
import type { AnalyseOptions, GapAnalysis } from './types';

export function analyse(
  doc: MapDocument,
  template: Template,
  today: string,
  locale: Locale,
  options: AnalyseOptions = {},
): GapAnalysis {
  const p = prepare(doc, template);
  const links = focalLinks(p);
  const coverage = typeCoverage(p, links);
  return {
    focalActorId: p.focal >= 0 ? (p.ids[p.focal] as string) : null,
    today,
    score: coverage.score,
    weightCovered: coverage.weightCovered,
    weightTotal: coverage.weightTotal,
    sectorScores: coverage.sectorScores,
    types: coverage.types,
    ...purposeCoverage(p),
    structure: structure(p, today),
    manageClosely: manageClosely(p, links),
    suggestions: suggestions(p, locale, options.maxSuggestions ?? DEFAULT_SUGGESTIONS),
  };
}

export { HUB_DEGREE_CAP, PAIRING_SIDE_CAP } from './candidates';
export { isBetterLink, isCovering } from './coverage';
export { monthsBetween, parseDate, STALE_MONTHS, staleCutoff } from './dates';
export type { SuggestionWords } from './explain';
export { bothWorkOn, explainSuggestion, inRunningText, joinList, sharePartners } from './explain';
export { MANAGE_CLOSELY_POWER } from './power';
export { PAIRING_BONUS, PURPOSE_CAP, PURPOSE_WEIGHT } from './ranking';
export type * from './types';
