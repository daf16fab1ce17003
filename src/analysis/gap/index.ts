/**
 * Gap analysis (docs/gap-analysis.md): a pure, deterministic function of the map, the template, the
 * focal actor (the map's focalActorId) and today's date. No DOM, no i18next, no clock.
 */
import type { MapDocument, Template } from '../../domain/types';
import { actions } from './actions';
import { focalLinks, typeCoverage } from './coverage';
import { freshness } from './freshness';
import { stakeholders } from './power';
import { prepare } from './prepare';
import { purposeCoverage } from './purposes';
import { structure } from './structure';
import { DEFAULT_SUGGESTIONS, suggestions } from './suggestions';
import type { AnalyseOptions, GapAnalysis } from './types';

export function analyse(
  doc: MapDocument,
  template: Template,
  today: string,
  options: AnalyseOptions = {},
): GapAnalysis {
  const p = prepare(doc, template);
  const fresh = freshness(p, today);
  const links = focalLinks(p, fresh.stale);
  const coverage = typeCoverage(p, links);
  const found = structure(p, fresh);
  const flags = stakeholders(p, links);
  return {
    focalActorId: p.focal >= 0 ? (p.ids[p.focal] as string) : null,
    today,
    score: coverage.score,
    weightCovered: coverage.weightCovered,
    weightTotal: coverage.weightTotal,
    sectorScores: coverage.sectorScores,
    types: coverage.types,
    owner: coverage.owner,
    ...purposeCoverage(p),
    structure: found,
    stakeholders: flags,
    actions: actions(p, {
      types: coverage.types,
      stakeholders: flags,
      stale: found.stale,
      stalled: found.stalled,
    }),
    suggestions: suggestions(p, coverage.types, options.maxSuggestions ?? DEFAULT_SUGGESTIONS),
  };
}

export { GAP_SIZE, KIND_ORDER, POWER_UNKNOWN } from './actions';
export { HUB_DEGREE_CAP, PAIRING_SIDE_CAP } from './candidates';
export { isBetterLink, isCovering } from './coverage';
export {
  monthsBetween,
  parseDate,
  quietCutoff,
  STALE_MONTHS,
  STALLED_MONTHS,
  staleCutoff,
} from './dates';
export type { ScoredVersion } from './history';
export { scoreHistory } from './history';
export { agesMeet, isSummerOnly, TERM_TIME_TYPE_IDS } from './pairRules';
export { ADVICE_ORDER, adviceFor, HIGH_FROM } from './power';
export { PAIRING_BONUS, PURPOSE_CAP, PURPOSE_WEIGHT } from './ranking';
export { DEFAULT_SUGGESTIONS, GAP_SHARE } from './suggestions';
export type * from './types';
export { CUT_OFF_LISTED } from './vulnerable';
