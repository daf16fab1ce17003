import type { SimulationNodeDatum } from 'd3-force';
import { type QuadtreeInternalNode, type QuadtreeLeaf, quadtree } from 'd3-quadtree';

/** A simulation node with a label box: `w`×`h`, centred `dx` right of and `dy` below the node. */
export interface RectNode extends SimulationNodeDatum {
  w: number;
  h: number;
  dx?: number;
  dy?: number;
}

/** d3 force that keeps axis-aligned label boxes apart. */
export interface RectCollideForce<N extends RectNode> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
  /** Extra gap kept between boxes, in pixels (default 4). */
  padding(): number;
  padding(gap: number): RectCollideForce<N>;
  /** Fraction of an overlap removed per iteration (default 1). */
  strength(): number;
  strength(s: number): RectCollideForce<N>;
  /** Passes per tick (default 2). */
  iterations(): number;
  iterations(k: number): RectCollideForce<N>;
  /**
   * Moves positions directly (no velocities) until no boxes overlap or `maxPasses` is reached,
   * keeping `gap` pixels between boxes (default: the padding). Returns the number of overlapping
   * pairs seen in the last pass (0 when clean).
   */
  separate(maxPasses?: number, gap?: number): number;
  /**
   * The final clean-up: like `separate`, by position, until no boxes are closer than the gap or
   * the passes or the budget end (`SettleOptions`), but quicker to converge and to run. Returns
   * the pairs of boxes that still overlap, counted afresh after the last move.
   */
  settle(options?: SettleOptions): number;
}

export interface SettleOptions {
  /** Pixels kept between boxes. Default: the padding. */
  gap?: number;
  /**
   * Pixels a pair is pushed beyond the gap. Default 1. Pushing exactly to the gap lets a crowd
   * cycle: a neighbour's push nudges the pair back inside by a hair, for hundreds of passes.
   */
  slack?: number;
  /** Default 1,000. */
  maxPasses?: number;
  /** Asked after each pass: true ends the clean-up (a time budget, say). */
  stop?: () => boolean;
}

const EPS = 1e-6;
/** Pixels a box may drift from its place in the clean-up's quadtree before the tree is rebuilt. */
const MAX_SLOP = 12;

interface Extents {
  hw: number;
  hh: number;
}
type ExtQuad<N> = (QuadtreeInternalNode<N> | QuadtreeLeaf<N>) & Extents;

function isLeaf<N>(q: QuadtreeInternalNode<N> | QuadtreeLeaf<N>): q is QuadtreeLeaf<N> {
  return !(q as QuadtreeInternalNode<N>).length;
}

/**
 * Rectangle collision in O(n log n): a d3-quadtree of box centres, each quad knowing the largest
 * half-width and half-height below it, so far quads are pruned. Overlaps are removed along the
 * axis of least penetration; a pinned node (fx/fy) does not move and its neighbour takes all.
 */
export function forceRectCollide<N extends RectNode>(): RectCollideForce<N> {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let padding = 4;
  let strength = 1;
  let iterations = 2;
  // Half sizes without padding; the pass adds `half` (half the current gap).
  let hw = new Float64Array(0);
  let hh = new Float64Array(0);
  let half = padding / 2;
  let area = new Float64Array(0);
  let byPosition = false;
  // Clean-up only: the push beyond the gap, and the nodes to query (null: all) and that moved.
  let extra = 0;
  let active: Uint8Array<ArrayBuffer> | null = null;
  let moved: Uint8Array<ArrayBuffer> | null = null;
  let dry = false;
  let stuck = 0;
  // How far any box may have moved since the tree was built: queries look that much further.
  let slop = 0;
  let drift: Float64Array | null = null;

  // Current predicted box centres; px/py are read through these accessors.
  const cx = (d: N) => (d.x ?? 0) + (d.dx ?? 0) + (byPosition ? 0 : (d.vx ?? 0));
  const cy = (d: N) => (d.y ?? 0) + (d.dy ?? 0) + (byPosition ? 0 : (d.vy ?? 0));

  function prepare(quad: ExtQuad<N>): void {
    if (isLeaf(quad)) {
      let mw = 0;
      let mh = 0;
      let q: QuadtreeLeaf<N> | undefined = quad;
      while (q) {
        const k = (q.data as N).index ?? 0;
        mw = Math.max(mw, hw[k] ?? 0);
        mh = Math.max(mh, hh[k] ?? 0);
        q = q.next;
      }
      quad.hw = mw + half;
      quad.hh = mh + half;
      return;
    }
    let mw = 0;
    let mh = 0;
    for (let i = 0; i < 4; i++) {
      const c = quad[i] as ExtQuad<N> | undefined;
      if (c) {
        if (c.hw > mw) mw = c.hw;
        if (c.hh > mh) mh = c.hh;
      }
    }
    quad.hw = mw;
    quad.hh = mh;
  }

  function jiggle(): number {
    return (random() - 0.5) * 1e-3;
  }

  // State of the node being resolved, shared with `query` to avoid a closure per node.
  let node: N;
  let ki = 0;
  let xi = 0;
  let yi = 0;
  let hwi = 0;
  let hhi = 0;
  let fixedI = false;
  let overlaps = 0;

  function resolve(other: N): void {
    const kj = other.index ?? 0;
    // Each pair once: from its lower index, or from its active end when only one end is active.
    if (active ? kj === ki || (active[kj] === 1 && kj < ki) : kj <= ki) return;
    let dx = xi - cx(other);
    let dy = yi - cy(other);
    const ox = hwi + (hw[kj] ?? 0) + half - Math.abs(dx);
    if (ox <= EPS) return;
    const oy = hhi + (hh[kj] ?? 0) + half - Math.abs(dy);
    if (oy <= EPS) return;
    overlaps++;
    if (dry) return;
    const fixedJ = other.fx != null;
    if (fixedI && fixedJ) {
      stuck++;
      return;
    }
    if (moved) {
      if (!fixedI) moved[ki] = 1;
      if (!fixedJ) moved[kj] = 1;
    }
    // Share of the push taken by i: the larger box moves less; a pinned box not at all.
    let si = fixedI ? 0 : fixedJ ? 1 : (area[kj] ?? 0) / ((area[ki] ?? 0) + (area[kj] ?? 0));
    let sj = 1 - si;
    si *= strength;
    sj *= strength;
    if (ox < oy) {
      if (dx === 0) dx = jiggle();
      const push = dx > 0 ? ox + extra : -ox - extra;
      if (byPosition) {
        node.x = (node.x ?? 0) + push * si;
        other.x = (other.x ?? 0) - push * sj;
        if (drift) addDrift(kj, Math.abs(push * sj));
      } else {
        node.vx = (node.vx ?? 0) + push * si;
        other.vx = (other.vx ?? 0) - push * sj;
      }
      xi += push * si;
      if (drift) addDrift(ki, Math.abs(push * si));
    } else {
      if (dy === 0) dy = jiggle();
      const push = dy > 0 ? oy + extra : -oy - extra;
      if (byPosition) {
        node.y = (node.y ?? 0) + push * si;
        other.y = (other.y ?? 0) - push * sj;
        if (drift) addDrift(kj, Math.abs(push * sj));
      } else {
        node.vy = (node.vy ?? 0) + push * si;
        other.vy = (other.vy ?? 0) - push * sj;
      }
      yi += push * si;
      if (drift) addDrift(ki, Math.abs(push * si));
    }
  }

  function addDrift(k: number, d: number): void {
    const v = (drift?.[k] ?? 0) + d;
    if (drift) drift[k] = v;
    if (v > slop) slop = v;
  }

  /** Recursive walk of the quadtree (no allocation, unlike quadtree.visit). */
  function query(
    q: QuadtreeInternalNode<N> | QuadtreeLeaf<N>,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ): void {
    const e = q as ExtQuad<N>;
    if (
      x0 - e.hw - slop >= xi + hwi ||
      x1 + e.hw + slop <= xi - hwi ||
      y0 - e.hh - slop >= yi + hhi ||
      y1 + e.hh + slop <= yi - hhi
    ) {
      return;
    }
    if (isLeaf(q)) {
      let leaf: QuadtreeLeaf<N> | undefined = q;
      while (leaf) {
        resolve(leaf.data);
        leaf = leaf.next;
      }
      return;
    }
    const xm = (x0 + x1) / 2;
    const ym = (y0 + y1) / 2;
    const c0 = q[0];
    const c1 = q[1];
    const c2 = q[2];
    const c3 = q[3];
    if (c0) query(c0, x0, y0, xm, ym);
    if (c1) query(c1, xm, y0, x1, ym);
    if (c2) query(c2, x0, ym, xm, y1);
    if (c3) query(c3, xm, ym, x1, y1);
  }

  // The tree of the last pass, kept by the clean-up while no box drifted far from its place in it.
  let root: QuadtreeInternalNode<N> | QuadtreeLeaf<N> | undefined;
  let bounds: [[number, number], [number, number]] = [
    [0, 0],
    [0, 0],
  ];

  /** One pass over all nodes (or the active ones); returns the number of overlapping pairs found. */
  function pass(keepTree = false): number {
    const n = nodes.length;
    overlaps = 0;
    if (n < 2) return 0;
    if (!keepTree || !root) {
      const tree = quadtree<N>(nodes, cx, cy);
      root = tree.root();
      prepareAll(root);
      bounds = tree.extent() as [[number, number], [number, number]];
      slop = 0;
      drift?.fill(0);
    }
    const [[rx0, ry0], [rx1, ry1]] = bounds;
    if (!root) return 0;
    for (let i = 0; i < n; i++) {
      const current = nodes[i];
      if (!current) continue;
      node = current;
      ki = node.index ?? i;
      if (active && active[ki] !== 1) continue;
      xi = cx(node);
      yi = cy(node);
      hwi = (hw[ki] ?? 0) + half;
      hhi = (hh[ki] ?? 0) + half;
      fixedI = node.fx != null;
      query(root, rx0, ry0, rx1, ry1);
    }
    return overlaps;
  }

  /** Post-order pass storing each quad's largest half-width and half-height. */
  function prepareAll(q: QuadtreeInternalNode<N> | QuadtreeLeaf<N> | undefined): void {
    if (!q) return;
    if (!isLeaf(q)) for (let i = 0; i < 4; i++) prepareAll(q[i]);
    prepare(q as ExtQuad<N>);
  }

  const force = ((_alpha: number) => {
    byPosition = false;
    half = padding / 2;
    for (let k = 0; k < iterations; k++) pass();
  }) as RectCollideForce<N>;

  function initialize(): void {
    const n = nodes.length;
    hw = new Float64Array(n);
    hh = new Float64Array(n);
    area = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = nodes[i];
      if (!d) continue;
      // Outside a simulation nobody numbers the nodes: do it as d3's simulation would.
      if (d.index === undefined) d.index = i;
      const k = d.index;
      hw[k] = Math.max(0, d.w) / 2;
      hh[k] = Math.max(0, d.h) / 2;
      area[k] = Math.max(1, ((hw[k] ?? 0) + padding / 2) * ((hh[k] ?? 0) + padding / 2));
    }
  }

  force.initialize = (ns: N[], rnd: () => number) => {
    nodes = ns;
    random = rnd ?? Math.random;
    initialize();
  };
  force.padding = ((gap?: number) => {
    if (gap === undefined) return padding;
    padding = gap;
    initialize();
    return force;
  }) as RectCollideForce<N>['padding'];
  force.strength = ((s?: number) => {
    if (s === undefined) return strength;
    strength = s;
    return force;
  }) as RectCollideForce<N>['strength'];
  force.iterations = ((k?: number) => {
    if (k === undefined) return iterations;
    iterations = Math.max(1, Math.floor(k));
    return force;
  }) as RectCollideForce<N>['iterations'];
  force.separate = (maxPasses = 50, gap = padding) => {
    byPosition = true;
    half = Math.max(0, gap) / 2;
    const saved = strength;
    strength = 1;
    let left = 0;
    try {
      for (let k = 0; k < maxPasses; k++) {
        left = pass();
        if (left === 0) break;
      }
    } finally {
      strength = saved;
      byPosition = false;
    }
    return left;
  };
  force.settle = ({ gap = padding, slack = 1, maxPasses = 1000, stop } = {}) => {
    const n = nodes.length;
    byPosition = true;
    half = Math.max(0, gap) / 2;
    extra = Math.max(0, slack);
    const saved = strength;
    strength = 1;
    let clean = false;
    let pinnedPairs = false;
    // After a full first pass only the nodes that moved are queried. A pair that overlaps has an
    // end that moved since the pair was last checked (or two pinned ends), so a pass over the
    // movers that finds nothing proves the layout clean, at a fraction of a full pass's cost.
    let spare = new Uint8Array(n);
    drift = new Float64Array(n);
    try {
      for (let k = 0; k < maxPasses; k++) {
        spare.fill(0);
        moved = spare;
        stuck = 0;
        // Rebuilding the tree costs more than querying the few movers: keep it a while.
        const found = pass(k > 0 && slop < MAX_SLOP) - stuck;
        if (stuck > 0) pinnedPairs = true;
        if (found === 0) {
          clean = true;
          break;
        }
        spare = active ?? new Uint8Array(n);
        active = moved;
        if (stop?.()) break;
      }
      if (clean && !pinnedPairs) return 0;
      // An honest count of the pairs left overlapping (touching is not overlapping).
      active = null;
      moved = null;
      drift = null;
      dry = true;
      half = 0;
      return pass();
    } finally {
      strength = saved;
      byPosition = false;
      extra = 0;
      active = null;
      moved = null;
      drift = null;
      slop = 0;
      dry = false;
    }
  };
  return force;
}
