import type { Box, LayoutLink, LayoutNode, Point, PositionLookup } from './types';

/**
 * Number of pairs of boxes that overlap by more than `eps` on both axes (touching is not
 * overlapping). Sweep along x: boxes sorted by left edge, each compared only with the boxes
 * that start before it ends. O(n log n + k) for k pairs that overlap in x.
 */
export function countOverlaps(boxes: readonly Box[], eps = 1e-6): number {
  const edges = boxes.map((b) => ({
    left: b.x - b.w / 2,
    right: b.x + b.w / 2,
    top: b.y - b.h / 2,
    bottom: b.y + b.h / 2,
  }));
  edges.sort((a, b) => a.left - b.left);
  let count = 0;
  for (let a = 0; a < edges.length; a++) {
    const p = edges[a];
    if (!p) continue;
    for (let c = a + 1; c < edges.length; c++) {
      const q = edges[c];
      if (!q || q.left >= p.right - eps) break;
      const ox = Math.min(p.right, q.right) - q.left;
      const oy = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      if (ox > eps && oy > eps) count++;
    }
  }
  return count;
}

function lookup(positions: PositionLookup, id: string): Point | undefined {
  if (positions instanceof Map) return positions.get(id);
  return Object.hasOwn(positions, id) ? (positions as Record<string, Point>)[id] : undefined;
}

/**
 * Coefficient of variation (population stdev / mean) of edge lengths: 0 when all edges have the
 * same length. Links with a missing end are skipped; 0 when there are no measurable links.
 */
export function edgeLengthSpread(positions: PositionLookup, links: readonly LayoutLink[]): number {
  let n = 0;
  let sum = 0;
  let sum2 = 0;
  for (const l of links) {
    const a = lookup(positions, l.source);
    const b = lookup(positions, l.target);
    if (!a || !b) continue;
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    n++;
    sum += d;
    sum2 += d * d;
  }
  if (n === 0) return 0;
  const mean = sum / n;
  if (mean === 0) return 0;
  const variance = Math.max(0, sum2 / n - mean * mean);
  return Math.sqrt(variance) / mean;
}

/** The label boxes of `nodes` placed at `xy` (x0, y0, x1, y1, … in node order). */
export function boxesAt(
  nodes: readonly Pick<LayoutNode, 'w' | 'h' | 'dy'>[],
  xy: ArrayLike<number>,
): Box[] {
  return nodes.map((n, i) => ({
    x: xy[2 * i] ?? Number.NaN,
    y: (xy[2 * i + 1] ?? Number.NaN) + n.dy,
    w: n.w,
    h: n.h,
  }));
}

/** A Map from node id to position, from ids and a packed xy array. */
export function positionsFrom(ids: readonly string[], xy: ArrayLike<number>): Map<string, Point> {
  const m = new Map<string, Point>();
  ids.forEach((id, i) => {
    m.set(id, { x: xy[2 * i] ?? Number.NaN, y: xy[2 * i + 1] ?? Number.NaN });
  });
  return m;
}

/**
 * The box of a node drawn as a circle of `diameter` with a label of `labelWidth` × `labelHeight`
 * placed `gap` below it: the shape the Cytoscape style draws (text-valign bottom).
 */
export function nodeBox(
  diameter: number,
  labelWidth: number,
  labelHeight: number,
  gap = 4,
): Pick<LayoutNode, 'w' | 'h' | 'dy'> {
  const w = Math.max(diameter, labelWidth);
  const h = diameter + gap + labelHeight;
  // Top of the box is the top of the circle (-diameter/2); the centre is h/2 below that.
  return { w, h, dy: h / 2 - diameter / 2 };
}
