/**
 * Candidate pairs for suggestions, without visiting all n² pairs:
 * (a) pairs at distance exactly 2: from every actor u, walk u → w → v (v > u) and add
 *     1/ln(deg w) for each common neighbour w (Adamic–Adar), with a dense scratch array;
 * (b) template pairings: actors of type a with actors of type b (each side capped);
 * (c) the focal actor with actors it has no collaboration with: those within two hops and those
 *     of a template type of weight ≥ 2.
 * Never a candidate: a pair with any collaboration (any status, ended included); a pair that
 * already works together in a shared project (both have a non-ended link to the same project
 * actor, which type coverage counts as a link too); two projects.
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
/** The focal actor is offered unlinked actors of types this heavy (core and recommended). */
export const FOCAL_SUGGESTION_MIN_WEIGHT = 2;

const isProject = (p: Prepared, i: number) => p.actors[i]?.kind === 'project';

/** Whether u and v have a non-ended link: binary search in u's sorted neighbours. */
function adjacent(p: Prepared, u: number, v: number): boolean {
  let lo = p.offsets[u] as number;
  let hi = (p.offsets[u + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = p.neighbours[mid] as number;
    if (x === v) return true;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Projects with more than HUB_DEGREE_CAP participants that u takes part in (rare: usually []). */
function hubProjectsOf(p: Prepared, u: number, project: Uint8Array): number[] {
  const out: number[] = [];
  for (let k = p.offsets[u] as number; k < (p.offsets[u + 1] as number); k++) {
    const w = p.neighbours[k] as number;
    if (project[w] === 1 && (p.degree[w] as number) > HUB_DEGREE_CAP) out.push(w);
  }
  return out;
}

/**
 * Marks, with `stamp`, every actor within two hops of x through a walked (non-hub) neighbour or
 * through a project: pairs that distanceTwo has offered already, or that share a project.
 */
function markTwoHops(p: Prepared, x: number, marks: Int32Array, stamp: number) {
  const { offsets, neighbours, degree } = p;
  for (let k = offsets[x] as number; k < (offsets[x + 1] as number); k++) {
    const w = neighbours[k] as number;
    marks[w] = stamp;
    if ((degree[w] as number) > HUB_DEGREE_CAP && !isProject(p, w)) continue;
    for (let j = offsets[w] as number; j < (offsets[w + 1] as number); j++) {
      marks[neighbours[j] as number] = stamp;
    }
  }
}

function distanceTwo(p: Prepared, top: TopSuggestions) {
  const { n, offsets, neighbours, degree, linkOffsets, linkNeighbours } = p;
  const acc = new Float64Array(n);
  const linkedTo = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const inv = new Float64Array(n);
  const project = new Uint8Array(n);
  const sharesProject = new Uint8Array(n);
  for (let w = 0; w < n; w++) {
    const d = degree[w] as number;
    if (d >= 2) inv[w] = 1 / Math.log(d);
    if (isProject(p, w)) project[w] = 1;
  }
  for (let u = 0; u < n; u++) {
    let count = 0;
    for (let k = offsets[u] as number; k < (offsets[u + 1] as number); k++) {
      const w = neighbours[k] as number;
      if ((degree[w] as number) > HUB_DEGREE_CAP) continue;
      const weight = inv[w] as number;
      const viaProject = project[w] as number;
      // Neighbour lists are ascending: walk from the top and stop at u.
      for (let j = (offsets[w + 1] as number) - 1; j >= (offsets[w] as number); j--) {
        const v = neighbours[j] as number;
        if (v <= u) break;
        if (acc[v] === 0) touched[count++] = v;
        acc[v] = (acc[v] as number) + weight;
        if (viaProject) sharesProject[v] = 1;
      }
    }
    if (count === 0) continue;
    for (let k = linkOffsets[u] as number; k < (linkOffsets[u + 1] as number); k++) {
      linkedTo[linkNeighbours[k] as number] = u;
    }
    const bothProjects = project[u] === 1;
    const hubProjects = hubProjectsOf(p, u, project); // not walked, but still shared projects
    for (let i = 0; i < count; i++) {
      const v = touched[i] as number;
      const aa = acc[v] as number;
      const skip =
        sharesProject[v] === 1 ||
        (bothProjects && project[v] === 1) ||
        (hubProjects.length > 0 && hubProjects.some((w) => adjacent(p, w, v)));
      acc[v] = 0;
      sharesProject[v] = 0;
      if (!skip && linkedTo[v] !== u) top.offer(u, v, aa);
    }
  }
}

function focalCandidates(p: Prepared, top: TopSuggestions, offered: Set<number>) {
  const f = p.focal;
  if (f < 0) return;
  const marks = new Int32Array(p.n);
  markTwoHops(p, f, marks, 1); // these pairs were offered by distanceTwo, with their score
  marks[f] = 1;
  const focalIsProject = isProject(p, f);
  const consider = (v: number) => {
    if (marks[v] !== 0 || isLinked(p, f, v)) return;
    if (focalIsProject && isProject(p, v)) return;
    marks[v] = 2;
    offered.add(pairKey(p.n, f, v));
    top.offer(f, v, 0);
  };
  // Within two hops, but only through a hub: no Adamic–Adar term (see HUB_DEGREE_CAP).
  for (let k = p.offsets[f] as number; k < (p.offsets[f + 1] as number); k++) {
    const w = p.neighbours[k] as number;
    if ((p.degree[w] as number) <= HUB_DEGREE_CAP) continue;
    for (let j = p.offsets[w] as number; j < (p.offsets[w + 1] as number); j++) {
      consider(p.neighbours[j] as number);
    }
  }
  for (let v = 0; v < p.n; v++) {
    const t = p.actorType[v] as number;
    if (t >= 0 && (p.types[t]?.type.weight ?? 0) >= FOCAL_SUGGESTION_MIN_WEIGHT) consider(v);
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

function pairingCandidates(
  p: Prepared,
  table: PairingTable,
  top: TopSuggestions,
  offered: Set<number>,
) {
  if (table.list.length === 0) return;
  const byType: number[][] = p.types.map(() => []);
  for (let i = 0; i < p.n; i++) {
    const t = p.actorType[i] as number;
    if (t >= 0) byType[t]?.push(i);
  }
  const marks = new Int32Array(p.n);
  let stamp = 0;
  for (const pairing of table.list) {
    const sideA = pairingSide(p, byType[pairing.a] ?? []);
    const sideB = pairing.a === pairing.b ? sideA : pairingSide(p, byType[pairing.b] ?? []);
    for (const x of sideA) {
      markTwoHops(p, x, marks, ++stamp); // within two hops: already offered, or linked
      for (const y of sideB) {
        if (y === x || marks[y] === stamp || (pairing.a === pairing.b && y < x)) continue;
        if (isProject(p, x) && isProject(p, y)) continue;
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
  const offered = new Set<number>();
  distanceTwo(p, top);
  focalCandidates(p, top, offered);
  pairingCandidates(p, table, top, offered);
}
