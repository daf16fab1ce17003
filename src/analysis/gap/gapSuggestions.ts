/**
 * Suggestions aimed at the school's own gaps (issue 13, cause (e)): each missing, unconnected or
 * weak core or recommended type, with who in the map could fill it. Owner types and the map's
 * "not relevant here" types are never suggested.
 *
 * score = weight × size of the gap × power / 5, with the size of the gap and the unknown power of
 * "what to do now" (`GAP_SIZE`, `POWER_UNKNOWN` in actions.ts), so both lists rank a gap alike;
 * power is the highest known among the type's actors: a weak link to powerful politicians ranks
 * above a missing type. Ties in template order.
 */
import type { Actor } from '../../domain/types';
import { GAP_SIZE, POWER_MAX, POWER_UNKNOWN } from './actions';
import { collator, compareIds, type Prepared } from './prepare';
import type { GapSuggestion, TypeCoverage } from './types';

function adjacentToFocal(p: Prepared, i: number): boolean {
  for (let k = p.offsets[i] as number; k < (p.offsets[i + 1] as number); k++) {
    if (p.neighbours[k] === p.focal) return true;
  }
  return false;
}

/** Actors of the type, or with it as an extra role (the focal actor never). */
function holders(p: Prepared, typeId: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.n; i++) {
    if (i === p.focal) continue;
    const a = p.actors[i] as Actor;
    if (a.typeId === typeId || (a.extraTypeIds ?? []).includes(typeId)) out.push(i);
  }
  return out;
}

/** The most powerful first (unknown power last), then by name and id. */
function byPower(p: Prepared, list: number[]): number[] {
  const power = (i: number) => (p.actors[i] as Actor).power ?? 0;
  return list.sort(
    (a, b) =>
      power(b) - power(a) ||
      collator.compare((p.actors[a] as Actor).name, (p.actors[b] as Actor).name) ||
      compareIds(p.ids[a] as string, p.ids[b] as string),
  );
}

function suggestionFor(p: Prepared, t: TypeCoverage): GapSuggestion | null {
  if (t.status !== 'missing' && t.status !== 'unconnected' && t.status !== 'weak') return null;
  const base = {
    kind: 'gap' as const,
    typeId: t.typeId,
    sectorId: t.sectorId,
    expectation: t.expectation,
    status: t.status,
  };
  const all = holders(p, t.typeId);
  const powers = all.map((i) => (p.actors[i] as Actor).power).filter((x) => x !== null);
  const power = powers.length > 0 ? Math.max(...powers) : POWER_UNKNOWN;
  const score = Math.round(((t.weight * GAP_SIZE[t.status] * power) / POWER_MAX) * 1e9) / 1e9;
  const linked = new Set(t.linkedActorIds);
  const free = all.filter((i) => !linked.has(p.ids[i] as string) && !adjacentToFocal(p, i));
  if (free.length > 0) {
    return {
      ...base,
      score,
      action: 'connect',
      actorIds: byPower(p, free).map((i) => p.ids[i] as string),
    };
  }
  const weak = all.filter((i) => !free.includes(i)).map((i) => p.ids[i] as string);
  if (weak.length > 0) {
    const best = t.best?.actorId;
    const ordered = best && weak.includes(best) ? [best, ...weak.filter((x) => x !== best)] : weak;
    return { ...base, score, action: 'strengthen', actorIds: ordered };
  }
  return { ...base, score, action: 'find', actorIds: [] };
}

export function gapSuggestions(p: Prepared, types: readonly TypeCoverage[]): GapSuggestion[] {
  if (p.focal < 0) return [];
  const notRelevant = new Set(p.doc.map.notRelevantTypeIds ?? []);
  const out: GapSuggestion[] = [];
  for (const t of types) {
    if (t.expectation !== 'core' && t.expectation !== 'recommended') continue;
    const ti = p.typeIndex.get(t.typeId);
    const type = ti === undefined ? undefined : p.types[ti]?.type;
    if (!type || type.owner || notRelevant.has(t.typeId)) continue;
    const s = suggestionFor(p, t);
    if (s) out.push(s);
  }
  // Array.prototype.sort is stable: equal scores keep template order.
  return out.sort((a, b) => b.score - a.score);
}
