/**
 * The frame-fit layout (docs/legibility.md): positions for one frame (a slide, a projector, a
 * laptop screen) at one label size, derived from the network layout so the map stays
 * recognisable. Every label sits beside its node on the side with room, no label covers another
 * label or a node, and every node is inside the frame. When the frame cannot hold every label,
 * the least important labels are hidden first. Pure and deterministic; runs in the layout worker.
 */
import { forceSimulation, forceX, forceY } from 'd3-force';
import { type AxisMap, axisMap, axisShares, centredShares } from './frameAxes';
import {
  type Body,
  chooseSides,
  clamp,
  countPairs,
  fillOf,
  importanceOrder,
  makeBodies,
  overlappingBodies,
  SLACK,
  setSide,
} from './frameBodies';
import { LABEL_SIDES, type LabelBlock, type LabelSide, outsideArea, sideBox } from './frameBoxes';
import { placeByImportance } from './frameLabels';
import { mulberry32 } from './prng';
import { forceRectCollide } from './rectCollide';

export interface FrameNode {
  id: string;
  /** Place on the network map (any units: only order and proportion matter). */
  x: number;
  y: number;
  /** Node diameter, in frame units. */
  d: number;
  /** The label's text block in frame units; null for a node drawn without a label. */
  label: LabelBlock | null;
  /** Higher keeps its label longer when the frame is crowded. */
  importance: number;
  /** Always labelled: the focal actor, the selected, searched and newly added ones. */
  must?: boolean;
  /** Stays at its mapped place (a pinned or just dragged actor). */
  held?: boolean;
  /** A background label centred on its place (a ring segment's name): never moves side or hides. */
  centred?: boolean;
}

export interface FrameFitInput {
  /** The frame's size; positions come back inside [0, w] × [0, h]. */
  frame: { w: number; h: number };
  nodes: FrameNode[];
  /** Space between a node and its label. Default 5. */
  gap?: number;
  /** Space kept between boxes. Default 4. */
  padding?: number;
  /** 0 keeps the network's proportions, 1 spaces nodes evenly along each axis. Default 0.5. */
  spread?: number;
  /** Scale each axis to the frame on its own (fill a wide frame). Default true. */
  stretch?: boolean;
  /**
   * A place (network units) kept in the middle of the frame, each axis scaled round it: the
   * rings keep the culture school in the centre. Replaces `spread`.
   */
  centre?: { x: number; y: number };
  /** Sides a label may take, the preferred first. Default below, right, left, above. */
  sides?: readonly LabelSide[];
  /** Ticks of the settling simulation. Default 160. */
  ticks?: number;
}

export interface FrameFitResult {
  ids: string[];
  /** x0, y0, x1, y1, … in node order, in frame units. */
  xy: number[];
  /** Each label's side, or null where the label is hidden. */
  sides: (LabelSide | null)[];
  /** Ids whose label was hidden to make room, most important first. */
  hidden: string[];
  /** Pairs of boxes still overlapping (0 unless even bare nodes do not fit). */
  overlaps: number;
  /** Boxes reaching outside the frame. */
  outside: number;
  /** Span of the drawing along its limiting axis, as a share of the frame (1: edge to edge). */
  fill: number;
  /** Network → frame maps of each axis, to turn a drop in the frame back into a network place. */
  axes: { x: AxisMap; y: AxisMap };
}

/** Pull towards the mapped place, per tick (d3's forceX strength). */
const ANCHOR = 0.12;
/**
 * How far a node may move from where the settling put it to find a free spot for itself and its
 * label, as a share of the frame's longer side (the rest hide their labels and try again).
 */
const REACH = 0.25;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export function frameFit(input: FrameFitInput): FrameFitResult {
  if (input.nodes.length === 0) {
    const none = { from: [], to: [] };
    return {
      ids: [],
      xy: [],
      sides: [],
      hidden: [],
      overlaps: 0,
      outside: 0,
      fill: 0,
      axes: { x: none, y: none },
    };
  }
  const W = Math.max(1, input.frame.w);
  const H = Math.max(1, input.frame.h);
  const gap = input.gap ?? 5;
  const pad = input.padding ?? 4;
  const sides = input.sides?.length ? input.sides : LABEL_SIDES;
  const first = sides[0] ?? 'below';
  const nodes = input.nodes;

  const bodies = makeBodies(nodes, first, gap);
  const box = (node: FrameNode, side: LabelSide | null) => sideBox(node.d, node.label, side, gap);

  const axes = placeAnchors(bodies, input, W, H, pad);

  // Most important first: the order in which labels choose sides, and the reverse of dropping.
  const order = importanceOrder(bodies);
  const hide = (b: Body) => setSide(b, null, gap);

  // Labels that cannot fit by area alone go before any layout work.
  const capacity = 0.6 * W * H;
  let used = 0;
  for (const b of order) {
    const smallest = b.node.centred
      ? areaOf(b, pad)
      : Math.min(...sides.map((s) => areaOf(box(b.node, s), pad)));
    used += b.node.label ? smallest : areaOf(b, pad);
  }
  /** How much of the frame every label would need, at its smallest side: over 1 cannot fit. */
  const demand = used / (W * H);
  for (let k = order.length - 1; k >= 0 && used > capacity; k--) {
    const b = order[k];
    if (!b?.side || b.node.must || b.node.centred) continue;
    used -=
      Math.min(...sides.map((s) => areaOf(box(b.node, s), pad))) - areaOf(box(b.node, null), pad);
    hide(b);
  }

  const collide = forceRectCollide<Body>().padding(pad).iterations(2);
  const random = mulberry32(7);
  const sim = forceSimulation<Body>(bodies)
    .randomSource(random)
    .stop()
    .velocityDecay(0.35)
    // Anchors at the mapped places: strong enough to keep the map, weak enough to make room.
    .force('x', forceX<Body>((b) => b.ax).strength(ANCHOR))
    .force('y', forceY<Body>((b) => b.ay).strength(ANCHOR))
    .force('collide', collide);
  for (const b of bodies) {
    if (b.node.held) {
      b.fx = b.ax;
      b.fy = b.ay;
    }
  }

  const clampAll = () => {
    for (const b of bodies) clamp(b, W, H);
  };
  const settle = (alpha: number, ticks: number) => {
    collide.initialize(bodies, random);
    sim.alpha(alpha).alphaDecay(1 - 0.001 ** (1 / ticks));
    for (let t = 0; t < ticks; t++) {
      sim.tick();
      clampAll();
    }
  };

  // Big maps settle in fewer ticks: the placement by importance does the fine work.
  const big = bodies.length > 250;
  const ticks = input.ticks ?? (big ? 90 : 160);
  clampAll();
  settle(1, ticks);
  for (let round = 0; round < (big ? 1 : 3); round++) {
    if (!chooseSides(order, bodies, sides, W, H, pad, gap)) break;
    settle(0.3, Math.ceil(ticks / 2));
  }

  // The force layout left the rough places; now each node, most important first, takes the free
  // spot nearest to its place. Labels with no room within reach are hidden; then the map breathes
  // once more without them, and every label gets a second chance, the hard ones first (they
  // choose before the easy ones take their room), each try from the same places.
  // On a frame far too small for every label, most searches are bound to fail: search nearer.
  const reach = Math.max(W, H) * REACH * Math.min(1, 0.8 / Math.max(demand, 1e-9));
  cleanUp(bodies, collide, random, clampAll, pad);
  let hiddenNow = placeByImportance(bodies, order, sides, W, H, pad, gap, reach);
  if (hiddenNow.length) {
    settle(0.15, Math.ceil(ticks / 3));
    const start = bodies.map((b) => ({ x: b.x, y: b.y, side: b.side }));
    const place = (first: readonly Body[]) => {
      bodies.forEach((b, i) => {
        const p = start[i];
        if (p) Object.assign(b, { x: p.x, y: p.y });
      });
      const firstSet = new Set(first);
      const musts = order.filter((b) => b.node.must || b.node.centred);
      const ordered = [
        ...musts,
        ...first.filter((b) => !musts.includes(b)),
        ...order.filter((b) => !firstSet.has(b) && !(b.node.must || b.node.centred)),
      ];
      const rescue = close ? Math.max(W, H) / 2 : 0;
      return placeByImportance(bodies, ordered, sides, W, H, pad, gap, reach, rescue);
    };
    // Worth it only when the frame is close to holding every label.
    const close = hiddenNow.length <= Math.max(3, bodies.length / 20);
    let best = place([]);
    let bestPairs = countPairs(bodies, SLACK);
    const snapshot = () =>
      bodies.map((b) => ({ x: b.x, y: b.y, side: b.side, ...sideBox(b.d, b.label, b.side, gap) }));
    let kept = snapshot();
    for (let attempt = 0; close && attempt < 2 && best.length; attempt++) {
      const next = place([...new Set([...best, ...hiddenNow])]);
      // Fewer hidden labels, but never at the price of a box left overlapping another.
      const pairs = countPairs(bodies, SLACK);
      if (next.length < best.length && pairs <= bestPairs) {
        best = next;
        bestPairs = pairs;
        kept = snapshot();
      }
      hiddenNow = next;
    }
    bodies.forEach((b, i) => {
      Object.assign(b, kept[i]);
    });
  }
  const overlapping = overlappingBodies(bodies, SLACK);
  const hidden = order.filter((b) => b.label && b.side === null).map((b) => b.node.id);

  const xy: number[] = [];
  for (const b of bodies) xy.push(b.x, b.y);
  return {
    ids: nodes.map((d) => d.id),
    xy,
    sides: bodies.map((b) => b.side),
    hidden,
    overlaps: overlapping.length ? countPairs(bodies, SLACK) : 0,
    outside: bodies.filter((b) => outsideArea(b.x + b.dx, b.y + b.dy, b.w, b.h, W, H) > 0.5).length,
    fill: fillOf(bodies, W, H),
    axes,
  };
}

const areaOf = (b: { w: number; h: number }, pad: number) => (b.w + pad) * (b.h + pad);

/** Anchors from the network places, mapped axis by axis into the frame. */
function placeAnchors(
  bodies: Body[],
  input: FrameFitInput,
  W: number,
  H: number,
  pad: number,
): { x: AxisMap; y: AxisMap } {
  const spread = input.spread ?? 0.5;
  const xs = bodies.map((b) => b.node.x);
  const ys = bodies.map((b) => b.node.y);
  // Keep a typical box inside at the edges; the clamp handles the rest.
  const left = median(bodies.map((b) => b.w / 2 - b.dx)) + pad;
  const right = median(bodies.map((b) => b.w / 2 + b.dx)) + pad;
  const top = median(bodies.map((b) => b.h / 2 - b.dy)) + pad;
  const bottom = median(bodies.map((b) => b.h / 2 + b.dy)) + pad;
  let ux = Math.max(0, W - left - right);
  let uy = Math.max(0, H - top - bottom);
  let ox = left;
  let oy = top;
  const c = input.centre;
  const span = (vs: number[], at: number | undefined) =>
    at === undefined
      ? Math.max(...vs) - Math.min(...vs)
      : 2 * Math.max(...vs.map((v) => Math.abs(v - at)));
  if (input.stretch === false) {
    const rx = span(xs, c?.x);
    const ry = span(ys, c?.y);
    const k = Math.min(
      rx > 0 ? ux / rx : Number.POSITIVE_INFINITY,
      ry > 0 ? uy / ry : Number.POSITIVE_INFINITY,
    );
    if (Number.isFinite(k)) {
      ox += (ux - rx * k) / 2;
      oy += (uy - ry * k) / 2;
      ux = rx * k;
      uy = ry * k;
    }
  }
  const sx = c ? centredShares(xs, c.x) : axisShares(xs, spread);
  const sy = c ? centredShares(ys, c.y) : axisShares(ys, spread);
  bodies.forEach((b, i) => {
    b.ax = b.x = ox + (sx[i] ?? 0.5) * ux;
    b.ay = b.y = oy + (sy[i] ?? 0.5) * uy;
  });
  return {
    x: axisMap(
      xs,
      bodies.map((b) => b.ax),
    ),
    y: axisMap(
      ys,
      bodies.map((b) => b.ay),
    ),
  };
}

/** Separates boxes by position, keeping them in the frame; returns the bodies still overlapping. */
function cleanUp(
  bodies: Body[],
  collide: ReturnType<typeof forceRectCollide<Body>>,
  random: () => number,
  clampAll: () => void,
  pad: number,
): Body[] {
  collide.initialize(bodies, random);
  for (let pass = 0; pass < 80; pass++) {
    const left = collide.separate(1, pad);
    clampAll();
    if (left === 0 && countPairs(bodies, SLACK) === 0) return [];
  }
  return overlappingBodies(bodies, SLACK);
}
