/**
 * Vulnerable points (docs/gap-analysis.md): actors (other than the focal actor) and links whose
 * loss would cut partners off from the focal actor, over non-ended links, with the actors cut off.
 * Only the focal actor's part of the map counts: elsewhere nobody has a path to lose (type
 * coverage reports those partners as without a link). Each fact once: a bridge a–b whose cut-off
 * is exactly that of actor a (b is the only part hanging on a) is reported as actor a only.
 */
import type { Actor, Collaboration } from '../../domain/types';
import { collator, compareIds, type Prepared, pairKey } from './prepare';
import { type CutsAndBridges, cutsAndBridges } from './tarjan';
import type { VulnerablePoint } from './types';

/** How many cut-off actors a point lists; more are given by count (maps reach 50,000 actors). */
export const CUT_OFF_LISTED = 12;

/** Up to CUT_OFF_LISTED actors of the given search subtrees, first reached first, then by name. */
function listCutOff(p: Prepared, g: CutsAndBridges, roots: number[]): string[] {
  const picked: number[] = [];
  for (const r of roots) {
    const from = (g.disc[r] as number) - 1;
    const to = Math.min(from + (g.size[r] as number), from + CUT_OFF_LISTED - picked.length);
    for (let k = from; k < to; k++) picked.push(g.order[k] as number);
    if (picked.length >= CUT_OFF_LISTED) break;
  }
  picked.sort(
    (a, b) =>
      collator.compare((p.actors[a] as Actor).name, (p.actors[b] as Actor).name) ||
      compareIds(p.ids[a] as string, p.ids[b] as string),
  );
  return picked.map((i) => p.ids[i] as string);
}

/** Children of u in the search tree that hang on u alone (low[v] ≥ disc[u]). */
function separatedChildren(p: Prepared, g: CutsAndBridges, u: number): number[] {
  const out: number[] = [];
  for (let k = p.offsets[u] as number; k < (p.offsets[u + 1] as number); k++) {
    const v = p.neighbours[k] as number;
    if (g.parent[v] === u && (g.low[v] as number) >= (g.disc[u] as number)) out.push(v);
  }
  return out;
}

/** Non-ended collaborations per unordered pair, for the pairs asked for. */
function collaborationsOf(p: Prepared, pairs: Set<number>): Map<number, string[]> {
  const byPair = new Map<number, string[]>();
  if (pairs.size === 0) return byPair;
  for (let i = 0; i < p.collabs.length; i++) {
    const c = p.collabs[i] as Collaboration;
    if (c.status === 'ended') continue;
    const key = pairKey(p.n, p.src[i] as number, p.dst[i] as number);
    if (!pairs.has(key)) continue;
    const list = byPair.get(key);
    if (list) list.push(c.id);
    else byPair.set(key, [c.id]);
  }
  return byPair;
}

const firstId = (v: VulnerablePoint) => (v.kind === 'actor' ? v.actorId : v.collaborationIds[0]);

export function vulnerablePoints(p: Prepared): VulnerablePoint[] {
  const f = p.focal;
  if (f < 0 || p.degree[f] === 0) return [];
  const g = cutsAndBridges(p);
  // The focal actor is searched first: its part of the map is discovery times 1 … size[f].
  const partSize = g.size[f] as number;
  const inPart = (u: number) => (g.disc[u] as number) >= 1 && (g.disc[u] as number) <= partSize;
  const out: VulnerablePoint[] = [];
  for (let u = 0; u < p.n; u++) {
    if (u === f || !g.articulation[u] || !inPart(u)) continue;
    out.push({
      kind: 'actor',
      actorId: p.ids[u] as string,
      cutOff: listCutOff(p, g, separatedChildren(p, g, u)),
      cutOffCount: g.cut[u] as number,
    });
  }
  const bridges = g.bridges.filter(
    (br) => br.a !== f && inPart(br.a) && g.cut[br.a] !== br.separated,
  );
  const byPair = collaborationsOf(p, new Set(bridges.map((br) => pairKey(p.n, br.a, br.b))));
  for (const br of bridges) {
    out.push({
      kind: 'link',
      collaborationIds: (byPair.get(pairKey(p.n, br.a, br.b)) ?? []).sort(compareIds),
      a: p.ids[br.a] as string,
      b: p.ids[br.b] as string,
      cutOff: listCutOff(p, g, [br.b]),
      cutOffCount: br.separated,
    });
  }
  return out.sort(
    (x, y) =>
      y.cutOffCount - x.cutOffCount ||
      (x.kind === y.kind ? 0 : x.kind === 'actor' ? -1 : 1) ||
      compareIds(firstId(x) ?? '', firstId(y) ?? ''),
  );
}
