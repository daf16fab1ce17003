/**
 * Articulation points and bridges of the simple graph of non-ended links, by Hopcroft–Tarjan
 * low-links with an explicit stack (no recursion: maps reach 50,000 actors). Linear time.
 * The focal actor's component is searched from the focal actor, so each bridge's far side (the
 * DFS subtree) is exactly the set of actors the bridge would cut off from the culture school.
 */
import type { Prepared } from './prepare';

export interface RawBridge {
  /** Parent end (towards the root of the search, or the larger side). */
  a: number;
  /** Child end: its side is the one cut off. */
  b: number;
  separated: number;
}

export interface CutsAndBridges {
  /** For an articulation point, how many actors its removal separates (else 0); see below. */
  cut: Int32Array;
  articulation: Uint8Array;
  bridges: RawBridge[];
  /** Discovery time from 1 (0: no non-ended link); the focal actor's component comes first. */
  disc: Int32Array;
  low: Int32Array;
  /** Search-tree parent, or -1. */
  parent: Int32Array;
  /** Search-subtree sizes. */
  size: Int32Array;
  /** Actors in discovery order: a subtree v is order[disc[v] - 1 … + size[v]). */
  order: Int32Array;
}

/**
 * `cut[u]` for a non-root articulation point: the actors in the child subtrees it separates from
 * the root's side (from the focal actor, in its component). For a root: all but the largest piece.
 */
export function cutsAndBridges(p: Prepared): CutsAndBridges {
  const { n, offsets, neighbours } = p;
  const disc = new Int32Array(n); // 0 = not visited
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const size = new Int32Array(n);
  const stack = new Int32Array(n);
  const articulation = new Uint8Array(n);
  const cut = new Int32Array(n);
  const bridges: RawBridge[] = [];
  const order = new Int32Array(n);
  let time = 0;

  const search = (root: number) => {
    if (disc[root] !== 0 || offsets[root] === offsets[root + 1]) return;
    const firstBridge = bridges.length;
    let rootChildren = 0;
    let largestChild = 0;
    let sp = 0;
    disc[root] = low[root] = ++time;
    order[time - 1] = root;
    size[root] = 1;
    next[root] = offsets[root] as number;
    stack[sp++] = root;
    while (sp > 0) {
      const u = stack[sp - 1] as number;
      const k = next[u] as number;
      if (k < (offsets[u + 1] as number)) {
        next[u] = k + 1;
        const v = neighbours[k] as number;
        if (disc[v] === 0) {
          parent[v] = u;
          disc[v] = low[v] = ++time;
          order[time - 1] = v;
          size[v] = 1;
          next[v] = offsets[v] as number;
          stack[sp++] = v;
          if (u === root) rootChildren++;
        } else if (v !== parent[u] && (disc[v] as number) < (low[u] as number)) {
          low[u] = disc[v] as number;
        }
        continue;
      }
      sp--;
      const pu = parent[u] as number;
      if (pu < 0) continue;
      if ((low[u] as number) < (low[pu] as number)) low[pu] = low[u] as number;
      size[pu] = (size[pu] as number) + (size[u] as number);
      if ((low[u] as number) > (disc[pu] as number)) {
        bridges.push({ a: pu, b: u, separated: size[u] as number });
      }
      if (pu === root) largestChild = Math.max(largestChild, size[u] as number);
      else if ((low[u] as number) >= (disc[pu] as number)) {
        articulation[pu] = 1;
        cut[pu] = (cut[pu] as number) + (size[u] as number);
      }
    }
    if (rootChildren >= 2) {
      articulation[root] = 1;
      cut[root] = (size[root] as number) - 1 - largestChild;
    }
    if (root === p.focal) return;
    // Without the focal actor there is no "inside": b names the smaller side.
    const total = size[root] as number;
    for (let i = firstBridge; i < bridges.length; i++) {
      const br = bridges[i] as RawBridge;
      if (br.separated > total - br.separated) {
        bridges[i] = { a: br.b, b: br.a, separated: total - br.separated };
      }
    }
  };

  if (p.focal >= 0) search(p.focal);
  for (let u = 0; u < n; u++) search(u);
  return { cut, articulation, bridges, disc, low, parent, size, order };
}
