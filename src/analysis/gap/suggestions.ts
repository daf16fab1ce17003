/** Ranked suggested collaborations (DESIGN.md §4.5), each with its reasons and a sentence. */
import type { Actor, Locale } from '../../domain/types';
import { generateCandidates } from './candidates';
import { explainSuggestion } from './explain';
import { type Prepared, sortByName } from './prepare';
import { type Candidate, pairingOf, pairingTable, TopSuggestions } from './ranking';
import type { Suggestion, SuggestionPairing } from './types';

export const DEFAULT_SUGGESTIONS = 10;

/** All common neighbours over non-ended links (hubs included: this is what the sentence says). */
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
  locale: Locale,
): Suggestion {
  const common = sortByName(p, commonNeighbours(p, c.source, c.target));
  const sharedMask = (p.purposeMask[c.source] as number) & (p.purposeMask[c.target] as number);
  const shared = p.template.purposes.filter((_, i) => i < 32 && (sharedMask >>> i) & 1);
  const pi = pairingOf(p, table, c.source, c.target);
  const merged = pi >= 0 ? table.list[pi] : undefined;
  const pairing: SuggestionPairing | null = merged
    ? { purposeIds: [...merged.purposeIds], example: merged.example?.[locale] ?? null }
    : null;
  const label = (id: string) => p.template.purposes.find((x) => x.id === id)?.labels[locale] ?? id;
  const name = (i: number) => (p.actors[i] as Actor).name;
  return {
    sourceId: p.ids[c.source] as string,
    targetId: p.ids[c.target] as string,
    score: c.score,
    adamicAdar: Math.round(c.aa * 1e9) / 1e9,
    reasons: {
      commonNeighbours: common.map(name),
      commonNeighbourIds: common.map((i) => p.ids[i] as string),
      pairing,
      sharedPurposeIds: shared.map((x) => x.id),
    },
    explanation: explainSuggestion(
      {
        sourceName: name(c.source),
        targetName: name(c.target),
        commonCount: common.length,
        sharedPurposeLabels: shared.map((x) => x.labels[locale]),
        pairingPurposeLabels: pairing ? pairing.purposeIds.map(label) : null,
        pairingExample: pairing?.example ?? null,
      },
      locale,
    ),
  };
}

export function suggestions(
  p: Prepared,
  locale: Locale,
  limit = DEFAULT_SUGGESTIONS,
): Suggestion[] {
  const table = pairingTable(p);
  const top = new TopSuggestions(p, table, Math.max(0, Math.floor(limit)));
  generateCandidates(p, table, top);
  return top.items.map((c) => describe(p, table, c, locale));
}
