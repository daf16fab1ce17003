/**
 * Candidate pairs of partners for suggestions, without visiting all n² pairs:
 * (a) pairs at distance exactly 2 through a partner other than the culture school: from every
 *     actor u, walk u → w → v (v > u) and add 1/ln(deg w) for each such common neighbour w
 *     (Adamic–Adar), with a dense scratch array;
 * (b) template pairings: actors of type a with actors of type b (each side capped), also when the
 *     school is all they share.
 * The school is never one of the two: its own gaps are gap suggestions. What may never be
 * suggested (a collaboration of any status, a shared project, a project, age groups that do
 * not meet, a summer-only actor with a school) is decided by pairRules.ts when a pair is offered.
 *
 * Hub cap: a common neighbour with more than HUB_DEGREE_CAP partners is not walked through, and
 * its (small, 1/ln deg) Adamic–Adar term is left out, so the work is Σ min(deg, cap)² and never
 * explodes on a hub. A hub links everyone and says little about who should meet. Below the cap
 * (every map we expect by hand) the scores are exact.
 */
import { compareIds, isLinked, type Prepared, pairKey, popcount } from './prepare';
import type { PairingTable, TopSuggestions } from './ranking';

export const HUB_DEGREE_CAP = 500;
/** Per pairing side, the actors with the most purposes (then lowest id) are paired. */
export const PAIRING_SIDE_CAP = 64;

/** Whether w is walked through: not the school, not a hub. */
const walked = (p: Prepared, w: number) =>
  w !== p.focal && (p.degree[w] as number) <= HUB_DEGREE_CAP;

/** Marks, with `stamp`, every actor within two hops of x through a walked neighbour. */
function markTwoHops(p: Prepared, x: number, marks: Int32Array, stamp: number) {
  const { offsets, neighbours } = p;
  for (let k = offsets[x] as number; k < (offsets[x + 1] as number); k++) {
    const w = neighbours[k] as number;
    marks[w] = stamp;
    if (!walked(p, w)) continue;
    for (let j = offsets[w] as number; j < (offsets[w + 1] as number); j++) {
      marks[neighbours[j] as number] = stamp;
    }
  }
}

function distanceTwo(p: Prepared, top: TopSuggestions) {
  const { n, offsets, neighbours, degree } = p;
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const inv = new Float64Array(n);
  for (let w = 0; w < n; w++) {
    const d = degree[w] as number;
    if (d >= 2) inv[w] = 1 / Math.log(d);
  }
  for (let u = 0; u < n; u++) {
    if (u === p.focal) continue;
    let count = 0;
    for (let k = offsets[u] as number; k < (offsets[u + 1] as number); k++) {
      const w = neighbours[k] as number;
      if (!walked(p, w)) continue;
      const weight = inv[w] as number;
      // Neighbour lists are ascending: walk from the top and stop at u.
      for (let j = (offsets[w + 1] as number) - 1; j >= (offsets[w] as number); j--) {
        const v = neighbours[j] as number;
        if (v <= u) break;
        if (v === p.focal) continue;
        if (acc[v] === 0) touched[count++] = v;
        acc[v] = (acc[v] as number) + weight;
      }
    }
    for (let i = 0; i < count; i++) {
      const v = touched[i] as number;
      const aa = acc[v] as number;
      acc[v] = 0;
      top.offer(u, v, aa);
    }
  }
}

function pairingSide(p: Prepared, members: number[]): number[] {
  if (members.length <= PAIRING_SIDE_CAP) return members;
  const ids = p.ids;
  return [...members]
    .sort(
      (a, b) =>
        popcount(p.purposeMask[b] as number) - popcount(p.purposeMask[a] as number) ||
        compareIds(ids[a] as string, ids[b] as string),
    )
    .slice(0, PAIRING_SIDE_CAP);
}

function pairingCandidates(p: Prepared, table: PairingTable, top: TopSuggestions) {
  if (table.list.length === 0) return;
  const byType: number[][] = p.types.map(() => []);
  for (let i = 0; i < p.n; i++) {
    const t = p.actorType[i] as number;
    if (t >= 0) byType[t]?.push(i);
  }
  const offered = new Set<number>();
  const marks = new Int32Array(p.n);
  let stamp = 0;
  for (const pairing of table.list) {
    const sideA = pairingSide(p, byType[pairing.a] ?? []);
    const sideB = pairing.a === pairing.b ? sideA : pairingSide(p, byType[pairing.b] ?? []);
    for (const x of sideA) {
      markTwoHops(p, x, marks, ++stamp); // within two hops: offered by distanceTwo, or linked
      for (const y of sideB) {
        if (y === x || marks[y] === stamp || (pairing.a === pairing.b && y < x)) continue;
        const key = pairKey(p.n, x, y);
        if (offered.has(key) || isLinked(p, x, y)) continue;
        offered.add(key);
        top.offer(x, y, 0);
      }
    }
  }
}

/** Offers every candidate pair to `top`. */
export function generateCandidates(p: Prepared, table: PairingTable, top: TopSuggestions): void {
  distanceTwo(p, top);
  pairingCandidates(p, table, top);
}
