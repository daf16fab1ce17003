/**
 * The boxes the frame-fit layout moves (docs/legibility.md): a node with its label on one side,
 * and the checks every step shares: which boxes overlap, which label goes first when a frame is
 * crowded, which side a label takes.
 */

import { type LabelBlock, type LabelSide, outsideArea, overlapArea, sideBox } from './frameBoxes';
import type { FrameNode } from './frameFit';
import type { RectNode } from './rectCollide';

export interface Body extends RectNode {
  index: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
  w: number;
  h: number;
  dx: number;
  dy: number;
  /** Where the mapped network place puts the node. */
  ax: number;
  ay: number;
  d: number;
  label: LabelBlock | null;
  node: FrameNode;
  side: LabelSide | null;
}

/** A small penalty per step down the preference list, so a free preferred side wins. */
const SIDE_COST = 0.02;
/** Kept between a box and the frame's edge. */
const EDGE = 1;
/** Overlaps smaller than this (in frame units) are rounding, not overlaps. */
export const SLACK = 0.01;

/** One body per node at (0, 0), its label on `first` (a background label centred). */
export function makeBodies(nodes: readonly FrameNode[], first: LabelSide, gap: number): Body[] {
  return nodes.map((node, index) => {
    const side = node.label ? (node.centred ? 'center' : first) : null;
    return {
      index,
      x: 0,
      y: 0,
      vx: 0,
      vy: 0,
      ax: 0,
      ay: 0,
      d: node.d,
      label: node.label,
      node,
      side,
      ...sideBox(node.d, node.label, side, gap),
    };
  });
}

export function setSide(b: Body, side: LabelSide | null, gap: number): void {
  b.side = side;
  Object.assign(b, sideBox(b.d, b.label, side, gap));
}

/** Most important first: labels that must stay, then by importance, then by id (deterministic). */
export function importanceOrder(bodies: readonly Body[]): Body[] {
  return bodies
    .slice()
    .sort(
      (a, b) =>
        Number(b.node.must ?? false) - Number(a.node.must ?? false) ||
        b.node.importance - a.node.importance ||
        (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
    );
}

export function clamp(b: Body, W: number, H: number): void {
  const cx = b.x + b.dx;
  const cy = b.y + b.dy;
  const minX = b.w / 2 + EDGE;
  const maxX = W - b.w / 2 - EDGE;
  const minY = b.h / 2 + EDGE;
  const maxY = H - b.h / 2 - EDGE;
  const nx = minX > maxX ? W / 2 : Math.min(maxX, Math.max(minX, cx));
  const ny = minY > maxY ? H / 2 : Math.min(maxY, Math.max(minY, cy));
  if (nx !== cx) {
    b.x = nx - b.dx;
    b.vx = 0;
  }
  if (ny !== cy) {
    b.y = ny - b.dy;
    b.vy = 0;
  }
}

/**
 * Each label, most important first, takes the side where it overlaps the least (other boxes and
 * the frame's edge), preferring earlier sides when they are as good. True when any side changed.
 */
export function chooseSides(
  order: Body[],
  bodies: Body[],
  sides: readonly LabelSide[],
  W: number,
  H: number,
  pad: number,
  gap: number,
): boolean {
  let changed = false;
  for (const b of order) {
    if (!b.side || !b.node.label || b.node.centred) continue;
    let best: LabelSide = b.side;
    let bestCost = Number.POSITIVE_INFINITY;
    sides.forEach((side, rank) => {
      const s = sideBox(b.node.d, b.node.label, side, gap);
      const x = b.x + s.dx;
      const y = b.y + s.dy;
      let cost = outsideArea(x, y, s.w, s.h, W, H) * 2;
      for (const o of bodies) {
        if (o === b) continue;
        cost += overlapArea(x, y, s.w + pad, s.h + pad, o.x + o.dx, o.y + o.dy, o.w, o.h);
      }
      cost = cost / Math.max(1, s.w * s.h) + rank * SIDE_COST;
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = side;
      }
    });
    if (best !== b.side) {
      b.side = best;
      Object.assign(b, sideBox(b.node.d, b.node.label, best, gap));
      changed = true;
    }
  }
  return changed;
}

/** Sweep over box edges: calls `visit` for each pair overlapping by more than `slack`. */
export function sweep(bodies: Body[], slack: number, visit: (a: Body, b: Body) => void): void {
  const sorted = bodies
    .map((b) => ({ b, x1: b.x + b.dx - b.w / 2, x2: b.x + b.dx + b.w / 2 }))
    .sort((p, q) => p.x1 - q.x1);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i];
    if (!p) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const q = sorted[j];
      if (!q || q.x1 >= p.x2 - slack) break;
      const a = p.b;
      const c = q.b;
      const oy =
        Math.min(a.y + a.dy + a.h / 2, c.y + c.dy + c.h / 2) -
        Math.max(a.y + a.dy - a.h / 2, c.y + c.dy - c.h / 2);
      const ox = Math.min(p.x2, q.x2) - q.x1;
      if (ox > slack && oy > slack) visit(a, c);
    }
  }
}

export function countPairs(bodies: Body[], slack: number): number {
  let count = 0;
  sweep(bodies, slack, () => {
    count++;
  });
  return count;
}

export function overlappingBodies(bodies: Body[], slack: number): Body[] {
  const set = new Set<Body>();
  sweep(bodies, slack, (a, b) => {
    set.add(a);
    set.add(b);
  });
  return [...set];
}

export function fillOf(bodies: Body[], W: number, H: number): number {
  if (bodies.length === 0) return 0;
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const b of bodies) {
    x1 = Math.min(x1, b.x + b.dx - b.w / 2);
    x2 = Math.max(x2, b.x + b.dx + b.w / 2);
    y1 = Math.min(y1, b.y + b.dy - b.h / 2);
    y2 = Math.max(y2, b.y + b.dy + b.h / 2);
  }
  return Math.max((x2 - x1) / W, (y2 - y1) / H);
}
