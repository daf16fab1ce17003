/**
 * Suggestions (docs/gap-analysis.md §8): first the school's own gaps, then pairs of partners,
 * each with structured reasons. No sentences here: the UI words them through i18n.
 */
import { generateCandidates } from './candidates';
import { gapSuggestions } from './gapSuggestions';
import { pairRules } from './pairRules';
import { type Prepared, sortByName } from './prepare';
import { type Candidate, pairingOf, pairingTable, TopSuggestions } from './ranking';
import type { PairSuggestion, Suggestion, SuggestionPairing, TypeCoverage } from './types';

export const DEFAULT_SUGGESTIONS = 10;
/** Gap suggestions take at most this share of the list, so pairs are never crowded out. */
export const GAP_SHARE = 0.6;

/** All common neighbours over non-ended links (hubs included: this is what the reason says). */
function commonNeighbours(p: Prepared, u: number, v: number): number[] {
  const out: number[] = [];
  let i = p.offsets[u] as number;
  let j = p.offsets[v] as number;
  const iEnd = p.offsets[u + 1] as number;
  const jEnd = p.offsets[v + 1] as number;
  while (i < iEnd && j < jEnd) {
    const a = p.neighbours[i] as number;
    const b = p.neighbours[j] as number;
    if (a === b) {
      out.push(a);
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return out;
}

function describe(
  p: Prepared,
  table: ReturnType<typeof pairingTable>,
  c: Candidate,
): PairSuggestion {
  const common = commonNeighbours(p, c.source, c.target);
  const others = sortByName(
    p,
    common.filter((w) => w !== p.focal),
  );
  const sharedMask = (p.purposeMask[c.source] as number) & (p.purposeMask[c.target] as number);
  const shared = p.template.purposes.filter((_, i) => i < 32 && (sharedMask >>> i) & 1);
  const pi = pairingOf(p, table, c.source, c.target);
  const merged = pi >= 0 ? table.list[pi] : undefined;
  const pairing: SuggestionPairing | null = merged
    ? { purposeIds: [...merged.purposeIds], example: merged.example ?? null }
    : null;
  return {
    kind: 'pair',
    sourceId: p.ids[c.source] as string,
    targetId: p.ids[c.target] as string,
    score: c.score,
    adamicAdar: Math.round(c.aa * 1e9) / 1e9,
    reasons: {
      commonNeighbourIds: others.map((i) => p.ids[i] as string),
      pairing,
      sharedPurposeIds: shared.map((x) => x.id),
      viaSchoolOnly: others.length === 0 && p.focal >= 0 && common.includes(p.focal),
    },
  };
}

export function pairSuggestions(p: Prepared, limit: number): PairSuggestion[] {
  const table = pairingTable(p);
  const top = new TopSuggestions(p, table, pairRules(p), Math.max(0, Math.floor(limit)));
  generateCandidates(p, table, top);
  return top.items.map((c) => describe(p, table, c));
}

/** Gap suggestions first (at most GAP_SHARE of `limit`), then pairs up to `limit` in all. */
export function suggestions(
  p: Prepared,
  types: readonly TypeCoverage[],
  limit = DEFAULT_SUGGESTIONS,
): Suggestion[] {
  const max = Math.max(0, Math.floor(limit));
  const gaps = gapSuggestions(p, types).slice(0, Math.ceil(max * GAP_SHARE));
  return [...gaps, ...pairSuggestions(p, max - gaps.length)];
}
