import type { SimulationNodeDatum } from 'd3-force';
import { BoxGrid } from './boxGrid';
import { IndexSet } from './indexSet';

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

/**
 * Pixels a box may drift from its place in the clean-up's grid before queries stop looking that
 * far for it and return it wherever they are ("loose"), till the grid is rebuilt.
 */
const MAX_SLOP = 24;
/**
 * Loose boxes the clean-up lets every query check before it rebuilds the grid. With MAX_SLOP,
 * the quickest of 6/12/24 px and 16/64 boxes on tree-plus-random-links maps of 1,000 to 20,000.
 */
const MAX_LOOSE = 16;

/**
 * Rectangle collision in about O(n) a pass: boxes in a spatial hash grid (boxGrid.ts) rebuilt in
 * place for each pass of a tick, their centres read into typed arrays once a pass and the moves
 * handed back at its end, so a pass makes no garbage and reads each node object once. (The
 * d3-quadtree this replaced cost 60 ms a tick at 20,000 nodes, most of it walking scattered quad
 * objects, building new ones and collecting the old.) Overlaps are removed along the axis of
 * least penetration; a pinned node (fx/fy) does not move and its neighbour takes all.
 */
export function forceRectCollide<N extends RectNode>(): RectCollideForce<N> {
  let nodes: N[] = [];
  let byIndex: (N | undefined)[] = [];
  let random: () => number = Math.random;
  let padding = 4;
  let strength = 1;
  let iterations = 2;
  // Half sizes without padding; the pass adds `half` (half the current gap).
  let hw = new Float64Array(0);
  let hh = new Float64Array(0);
  let half = padding / 2;
  let area = new Float64Array(0);
  // Current predicted box centres, by node index: position + offset (+ velocity in a tick).
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  // The centres as the nodes last had them: the pass hands back the difference.
  let bx = new Float64Array(0);
  let by = new Float64Array(0);
  let pinned = new Uint8Array(0);
  // Node index of each place in the node array (-1 for a hole).
  let order = new Int32Array(0);
  let byPosition = false;
  // Clean-up only: the push beyond the gap, and the nodes to query (null: all) and that moved.
  let extra = 0;
  let active: IndexSet | null = null;
  let moved: IndexSet | null = null;
  let dry = false;
  let stuck = 0;
  // How far any box may have moved since the grid was built: queries look that much further.
  let slop = 0;
  let drift: Float64Array | null = null;
  const grid = new BoxGrid();

  function jiggle(): number {
    return (random() - 0.5) * 1e-3;
  }

  // State of the node being resolved, shared with `resolve` to avoid a closure per node.
  let ki = 0;
  let xi = 0;
  let yi = 0;
  let hwi = 0;
  let hhi = 0;
  let fixedI = false;
  let overlaps = 0;

  function resolve(kj: number): void {
    // Each pair once: from its lower index, or from its active end when only one end is active.
    if (active ? kj === ki || (active.has[kj] === 1 && kj < ki) : kj <= ki) return;
    let dx = xi - (px[kj] ?? 0);
    let dy = yi - (py[kj] ?? 0);
    const ox = hwi + (hw[kj] ?? 0) + half - Math.abs(dx);
    if (ox <= EPS) return;
    const oy = hhi + (hh[kj] ?? 0) + half - Math.abs(dy);
    if (oy <= EPS) return;
    overlaps++;
    if (dry) return;
    const fixedJ = pinned[kj] === 1;
    if (fixedI && fixedJ) {
      stuck++;
      return;
    }
    if (moved) {
      if (!fixedI) moved.add(ki);
      if (!fixedJ) moved.add(kj);
    }
    let si = fixedI ? 0 : fixedJ ? 1 : (area[kj] ?? 0) / ((area[ki] ?? 0) + (area[kj] ?? 0));
    let sj = 1 - si;
    si *= strength;
    sj *= strength;
    if (ox < oy) {
      if (dx === 0) dx = jiggle();
      const push = dx > 0 ? ox + extra : -ox - extra;
      xi += push * si;
      px[kj] = (px[kj] ?? 0) - push * sj;
      if (drift) {
        addDrift(ki, Math.abs(push * si));
        addDrift(kj, Math.abs(push * sj));
      }
    } else {
      if (dy === 0) dy = jiggle();
      const push = dy > 0 ? oy + extra : -oy - extra;
      yi += push * si;
      py[kj] = (py[kj] ?? 0) - push * sj;
      if (drift) {
        addDrift(ki, Math.abs(push * si));
        addDrift(kj, Math.abs(push * sj));
      }
    }
  }

  function addDrift(k: number, d: number): void {
    if (!drift) return;
    const v = (drift[k] ?? 0) + d;
    drift[k] = v;
    if (v <= slop) return;
    // Queries look `slop` further; a box that drifts further is returned by every query instead.
    if (v <= MAX_SLOP) slop = v;
    else if (v - d <= MAX_SLOP) grid.loosen(k);
  }

  /** Reads the box centres from the nodes (a node missing from the array has none). */
  function load(): void {
    px.fill(Number.NaN);
    py.fill(Number.NaN);
    for (let i = 0; i < nodes.length; i++) {
      const d = nodes[i];
      if (!d) continue;
      const k = d.index ?? i;
      px[k] = (d.x ?? 0) + (d.dx ?? 0) + (byPosition ? 0 : (d.vx ?? 0));
      py[k] = (d.y ?? 0) + (d.dy ?? 0) + (byPosition ? 0 : (d.vy ?? 0));
      pinned[k] = d.fx != null ? 1 : 0;
    }
    bx.set(px);
    by.set(py);
  }

  /** Hands the moves of the pass to the nodes: velocities in a tick, positions in a clean-up. */
  function store(): void {
    // The clean-up lists every box it moves.
    const count = moved ? moved.size : px.length;
    for (let m = 0; m < count; m++) {
      const k = moved ? (moved.list[m] ?? 0) : m;
      const ddx = (px[k] ?? 0) - (bx[k] ?? 0);
      const ddy = (py[k] ?? 0) - (by[k] ?? 0);
      if (ddx === 0 && ddy === 0) continue;
      const d = byIndex[k];
      if (!d) continue;
      if (byPosition) {
        d.x = (d.x ?? 0) + ddx;
        d.y = (d.y ?? 0) + ddy;
      } else {
        d.vx = (d.vx ?? 0) + ddx;
        d.vy = (d.vy ?? 0) + ddy;
      }
      bx[k] = px[k] ?? 0;
      by[k] = py[k] ?? 0;
    }
  }

  /** Builds the grid at the current centres. */
  function rebuild(): void {
    grid.build(nodes.length, px, py, hw, hh, half);
    slop = 0;
    drift?.fill(0);
  }

  /** Reads the centres from the nodes and builds the grid. */
  function refresh(): void {
    load();
    rebuild();
  }

  /**
   * One pass over all nodes (or the active ones) against the grid as built; returns the number of
   * overlapping pairs found.
   */
  function pass(): number {
    const n = nodes.length;
    overlaps = 0;
    if (n < 2) return 0;
    const found = grid.found;
    const count = active ? active.size : n;
    for (let i = 0; i < count; i++) {
      ki = (active ? active.list[i] : order[i]) ?? -1;
      if (ki < 0) continue;
      xi = px[ki] ?? 0;
      yi = py[ki] ?? 0;
      // Not finite: left out of the grid, and no box can be said to overlap it.
      if (!Number.isFinite(xi) || !Number.isFinite(yi)) continue;
      hwi = (hw[ki] ?? 0) + half;
      hhi = (hh[ki] ?? 0) + half;
      fixedI = pinned[ki] === 1;
      const hits = grid.query(xi - hwi - slop, yi - hhi - slop, xi + hwi + slop, yi + hhi + slop);
      for (let c = 0; c < hits; c++) resolve(found[c] ?? 0);
      px[ki] = xi;
      py[ki] = yi;
    }
    if (!dry) store();
    return overlaps;
  }

  const force = ((_alpha: number) => {
    byPosition = false;
    half = padding / 2;
    for (let k = 0; k < iterations; k++) {
      refresh();
      pass();
    }
  }) as RectCollideForce<N>;

  function initialize(): void {
    const n = nodes.length;
    hw = new Float64Array(n);
    hh = new Float64Array(n);
    area = new Float64Array(n);
    px = new Float64Array(n);
    py = new Float64Array(n);
    byIndex = new Array<N | undefined>(n);
    bx = new Float64Array(n);
    by = new Float64Array(n);
    pinned = new Uint8Array(n);
    order = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const d = nodes[i];
      if (!d) continue;
      // Outside a simulation nobody numbers the nodes: do it as d3's simulation would.
      if (d.index === undefined) d.index = i;
      const k = d.index;
      byIndex[k] = d;
      order[i] = k;
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
        refresh();
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
    let spare = new IndexSet(n);
    drift = new Float64Array(n);
    try {
      // The centres stay in px/py between passes: only the pushes move them.
      refresh();
      for (let k = 0; k < maxPasses; k++) {
        spare.clear();
        moved = spare;
        stuck = 0;
        // Rebuilding the grid costs more than querying the few movers: keep it a while.
        if (grid.looseCount() > MAX_LOOSE) rebuild();
        const found = pass() - stuck;
        if (stuck > 0) pinnedPairs = true;
        if (found === 0) {
          clean = true;
          break;
        }
        spare = active ?? new IndexSet(n);
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
      refresh();
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
