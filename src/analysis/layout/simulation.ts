import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
} from 'd3-force';
import { sectorAnchors } from './anchors';
import { reusedCharge } from './chargeReuse';
import { placeOverlapping } from './overlapRescue';
import { defaultAnchorRadius, paddedArea, placeInitial, sectorList } from './placement';
import { mulberry32 } from './prng';
import {
  forceRectCollide,
  type RectCollideForce,
  type RectNode,
  type SettleOptions,
} from './rectCollide';
import type { LayoutInput, Point } from './types';

export interface SimNode extends RectNode {
  id: string;
  index: number;
  sectorId: string;
  w: number;
  h: number;
  dy: number;
  x: number;
  y: number;
  pinned: boolean;
  degree: number;
  /** Half the box diagonal: the node's "size" for link distance and charge. */
  r: number;
  anchorX: number;
  anchorY: number;
}

export interface SimLink extends SimulationLinkDatum<SimNode> {
  source: SimNode;
  target: SimNode;
  weight: number;
}

export interface SimulationOptions {
  /** Seed of the PRNG used for initial jitter and d3's jiggle. Default 1. */
  seed?: number;
  /** Starting alpha. Default 1 for a fresh layout, less when most nodes already have positions. */
  alpha?: number;
  alphaMin?: number;
  /**
   * Default 0.1: at most ≈66 ticks from alpha 1 to alphaMin (d3's default 0.0228 takes 300).
   * The seeded placement round sector anchors already holds the coarse structure, so the layout
   * converges in far fewer ticks. Checked on the bench graphs: at 1,000 actors 0.0228 gives
   * 0 overlaps, edge CV 0.610, mean edge 1,163 px in 228 ticks; 0.1 gives 0, 0.617, 1,148 px
   * in 50 ticks, and sector cohesion is the same.
   */
  alphaDecay?: number;
  velocityDecay?: number;
  /** Radius of the circle of sector anchors. Default: from the total box area. */
  anchorRadius?: number;
  /** Pull toward the sector anchor. Default 0.07. */
  anchorStrength?: number;
  /** Barnes–Hut accuracy (d3 default 0.9; larger is faster and rougher). Default 1.5. */
  theta?: number;
  /** Charge strength per node is -chargeFactor × (its link reach)². Default 0.03. */
  chargeFactor?: number;
  /**
   * Charge reach (distanceMax) as a multiple of the anchor radius. Default 2.5: a sector feels
   * the whole layout, so its region grows with its size (a cut-off shorter than a region lets big
   * sectors pack too densely for the collision force), while stray components stay near.
   */
  chargeReach?: number;
  /** Packing density assumed round a hub when lengthening its links. Default 0.3. */
  hubDensity?: number;
  /** Gap added to the link distance beyond the two half-diagonals. Default 20. */
  linkGap?: number;
  /** Pixels kept between label boxes. Default 4. */
  padding?: number;
  /** Rectangle-collision passes per tick. Default 1; `finish()` removes what is left. */
  collideIterations?: number;
  /**
   * The charge is worked out every this many ticks (chargeReuse.ts). Default 1, and 2 past
   * REUSE_CHARGE_NODES nodes.
   */
  chargeEvery?: number;
  /** Settled when no free node moved more than this (px) for `settleTicks` ticks in a row. */
  settleDistance?: number;
  settleTicks?: number;
}

export interface LayoutSimulation {
  /** The d3 simulation, stopped: drive it with `tick()`. */
  readonly simulation: Simulation<SimNode, SimLink>;
  /** Nodes in input order (index i ↔ positions[2i], positions[2i+1]). */
  readonly nodes: readonly SimNode[];
  readonly ids: readonly string[];
  readonly anchors: ReadonlyMap<string, Point>;
  readonly anchorRadius: number;
  /** Barnes–Hut accuracy of the charge, for reports. */
  readonly theta: number;
  /** Runs one tick; returns the largest displacement of a free node in that tick. */
  tick(): number;
  /** Ticks until settled or `maxTicks` more ticks ran; returns whether it settled. */
  run(maxTicks: number): boolean;
  /** alpha < alphaMin, or no free node moved more than settleDistance for settleTicks ticks. */
  settled(): boolean;
  /** Ticks run so far. */
  ticks(): number;
  alpha(): number;
  /** Reheats to at least `alpha` and clears the settled state. */
  reheat(alpha: number): void;
  /**
   * Removes the remaining box overlaps by moving positions, keeping `gap` px (default 1) between
   * boxes: pairwise pushes for up to `maxPasses` (default FINISH_PASSES), then the boxes still
   * overlapping go to the nearest free spot (`placeOverlapping`). Ends early when `stop()` says
   * the budget is spent. Returns the pairs of boxes still overlapping (0 when clean; only two
   * pinned boxes can be left when the budget holds), for the caller to report.
   */
  finish(options?: SettleOptions): number;
  /** Packed positions x0, y0, x1, y1, … in node order. */
  positions(out?: Float32Array): Float32Array;
  indexOf(id: string): number;
  /** Holds a node at (x, y) (drag or pin). Returns false for an unknown id. */
  fix(id: string, x: number, y: number, pinned?: boolean): boolean;
  /** Releases a held node. */
  release(id: string): boolean;
}

/**
 * Pairwise passes before the boxes still overlapping are placed one by one. Pushes move boxes
 * by a few pixels, placing may move one far, so passes come first: a pass over the boxes that
 * moved costs about 0.15 ms at 1,000 actors, and the one-sector graphs of 1,000 actors with no
 * sector structure needed up to 840 (the structured bench graphs 0 to 3).
 */
export const FINISH_PASSES = 1000;

/** Past this many nodes the charge is worked out every other tick (chargeReuse.ts). */
export const REUSE_CHARGE_NODES = 1500;

const DEFAULTS: Required<Omit<SimulationOptions, 'alpha' | 'anchorRadius' | 'chargeEvery'>> = {
  seed: 1,
  alphaMin: 0.001,
  alphaDecay: 0.1,
  velocityDecay: 0.4,
  anchorStrength: 0.07,
  theta: 1.5,
  chargeFactor: 0.03,
  chargeReach: 2.5,
  hubDensity: 0.3,
  linkGap: 20,
  padding: 4,
  collideIterations: 1,
  settleDistance: 1,
  settleTicks: 5,
};

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Builds a stopped d3-force simulation for a partner map: Barnes–Hut charge with a bounded
 * reach, links whose rest length follows the boxes, a gentle pull toward each sector's anchor,
 * rectangle collision of the label boxes, and pinned nodes held with fx/fy.
 *
 * Nodes without a position start on a sunflower spiral round their sector's anchor (hubs first,
 * seeded jitter) or, when some neighbours already have positions, near their centroid.
 */
export function createSimulation(
  input: LayoutInput,
  options: SimulationOptions = {},
): LayoutSimulation {
  const o = { ...DEFAULTS, ...options };
  const random = mulberry32(o.seed);

  const focalSectorId =
    input.focalId === null
      ? null
      : (input.nodes.find((n) => n.id === input.focalId)?.sectorId ?? null);
  const anchorRadius = options.anchorRadius ?? defaultAnchorRadius(input, focalSectorId, o.padding);
  const anchors = sectorAnchors(sectorList(input), anchorRadius, focalSectorId);

  const index = new Map<string, number>();
  const nodes: SimNode[] = input.nodes.map((n, i) => {
    index.set(n.id, i);
    const anchor = anchors.get(n.sectorId) ?? { x: 0, y: 0 };
    const hasPos = isFiniteNumber(n.x) && isFiniteNumber(n.y);
    const pinned = Boolean(n.pinned) && hasPos;
    const w = Math.max(1, n.w);
    const h = Math.max(1, n.h);
    const node: SimNode = {
      id: n.id,
      index: i,
      sectorId: n.sectorId,
      w,
      h,
      dy: isFiniteNumber(n.dy) ? n.dy : 0,
      x: hasPos ? (n.x as number) : Number.NaN,
      y: hasPos ? (n.y as number) : Number.NaN,
      vx: 0,
      vy: 0,
      pinned,
      degree: 0,
      r: Math.hypot(w, h) / 2,
      anchorX: anchor.x,
      anchorY: anchor.y,
    };
    if (pinned) {
      node.fx = node.x;
      node.fy = node.y;
    }
    return node;
  });

  const links: SimLink[] = [];
  const neighbours: number[][] = nodes.map(() => []);
  for (const l of input.links) {
    const s = index.get(l.source);
    const t = index.get(l.target);
    if (s === undefined || t === undefined || s === t) continue;
    const source = nodes[s];
    const target = nodes[t];
    if (!source || !target) continue;
    source.degree++;
    target.degree++;
    neighbours[s]?.push(t);
    neighbours[t]?.push(s);
    links.push({ source, target, weight: isFiniteNumber(l.weight) ? l.weight : 1 });
  }

  const positioned = nodes.filter((n) => Number.isFinite(n.x)).length;
  placeInitial(nodes, neighbours, o.padding, o.linkGap, random);

  const reach = (n: SimNode) => 2 * n.r + o.linkGap;
  // A hub needs room for its neighbours' boxes round it: the rest length is at least the radius
  // of a disc holding `degree` average boxes at `hubDensity`.
  const meanArea = nodes.length
    ? nodes.reduce((s, d) => s + paddedArea(d, o.padding), 0) / nodes.length
    : 10_000;
  const hubRadius = (d: SimNode) => Math.sqrt((d.degree * meanArea) / (Math.PI * o.hubDensity));
  const linkForce = forceLink<SimNode, SimLink>(links)
    .distance((l) =>
      Math.max(
        l.source.r + l.target.r + o.linkGap,
        Math.max(hubRadius(l.source), hubRadius(l.target)),
      ),
    )
    .strength(
      (l) =>
        (0.85 + 0.05 * Math.min(3, Math.max(1, l.weight))) /
        Math.min(l.source.degree, l.target.degree),
    );
  const meanReach = nodes.length ? nodes.reduce((s, n) => s + reach(n), 0) / nodes.length : 100;
  const charge = forceManyBody<SimNode>()
    .strength((n) => -o.chargeFactor * reach(n) * reach(n))
    .theta(o.theta)
    .distanceMin(1)
    .distanceMax(Math.max(4 * meanReach, o.chargeReach * anchorRadius));
  const pull = (n: SimNode) => (n.id === input.focalId ? 4 * o.anchorStrength : o.anchorStrength);
  const collide = forceRectCollide<SimNode>().padding(o.padding).iterations(o.collideIterations);

  const startAlpha =
    options.alpha ??
    (nodes.length === 0 || positioned === 0
      ? 1
      : Math.max(0.1, Math.min(1, 1 - positioned / nodes.length + 0.1)));

  const every = Math.max(
    1,
    Math.round(o.chargeEvery ?? (nodes.length > REUSE_CHARGE_NODES ? 2 : 1)),
  );
  const simulation = forceSimulation<SimNode, SimLink>()
    .randomSource(random)
    .stop()
    .nodes(nodes)
    .alpha(startAlpha)
    .alphaMin(o.alphaMin)
    .alphaDecay(o.alphaDecay)
    .velocityDecay(o.velocityDecay)
    .force('charge', every > 1 ? reusedCharge(charge, every) : charge)
    .force('link', linkForce)
    .force('x', forceX<SimNode>((n) => n.anchorX).strength(pull))
    .force('y', forceY<SimNode>((n) => n.anchorY).strength(pull))
    .force('collide', collide as RectCollideForce<SimNode>);

  const n = nodes.length;
  const prev = new Float64Array(2 * n);
  let quiet = 0;
  let tickCount = 0;

  function tick(): number {
    nodes.forEach((d, i) => {
      prev[2 * i] = d.x;
      prev[2 * i + 1] = d.y;
    });
    simulation.tick();
    tickCount++;
    let max = 0;
    nodes.forEach((d, i) => {
      if (d.fx != null) return;
      const m = Math.max(
        Math.abs(d.x - (prev[2 * i] ?? d.x)),
        Math.abs(d.y - (prev[2 * i + 1] ?? d.y)),
      );
      if (m > max) max = m;
    });
    quiet = max < o.settleDistance ? quiet + 1 : 0;
    return max;
  }

  function settled(): boolean {
    return simulation.alpha() < o.alphaMin || quiet >= o.settleTicks;
  }

  return {
    simulation,
    nodes,
    ids: nodes.map((d) => d.id),
    anchors,
    anchorRadius,
    theta: o.theta,
    tick,
    run(maxTicks: number) {
      for (let k = 0; k < maxTicks && !settled(); k++) tick();
      return settled();
    },
    settled,
    ticks: () => tickCount,
    alpha: () => simulation.alpha(),
    reheat(alpha: number) {
      if (simulation.alpha() < alpha) simulation.alpha(alpha);
      quiet = 0;
    },
    finish(options: SettleOptions = {}) {
      const o = { gap: 1, maxPasses: FINISH_PASSES, ...options };
      const left = collide.settle(o);
      if (left === 0 || o.stop?.()) return left;
      placeOverlapping(nodes, o.gap, (d) => (d.id === input.focalId ? Infinity : d.degree));
      // No passes: just the count of what is left (two pinned boxes).
      return collide.settle({ ...o, maxPasses: 0 });
    },
    positions(out?: Float32Array) {
      const xy = out && out.length === 2 * n ? out : new Float32Array(2 * n);
      nodes.forEach((d, i) => {
        xy[2 * i] = d.x;
        xy[2 * i + 1] = d.y;
      });
      return xy;
    },
    indexOf: (id: string) => index.get(id) ?? -1,
    fix(id: string, x: number, y: number, pinned?: boolean) {
      const d = nodes[index.get(id) ?? -1];
      if (!d || !isFiniteNumber(x) || !isFiniteNumber(y)) return false;
      d.fx = d.x = x;
      d.fy = d.y = y;
      d.vx = d.vy = 0;
      if (pinned !== undefined) d.pinned = pinned;
      return true;
    },
    release(id: string) {
      const d = nodes[index.get(id) ?? -1];
      if (!d) return false;
      d.fx = null;
      d.fy = null;
      d.pinned = false;
      return true;
    },
  };
}
