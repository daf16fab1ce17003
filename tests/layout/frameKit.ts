/**
 * Shared by the frame-fit tests: random maps, and our own geometry to check the results with
 * (every pair compared, no sweep), so a test never trusts the module's own counting.
 */
import fc from 'fast-check';
import { LABEL_SIDES, type LabelSide, sideBox } from '../../src/analysis/layout/frameBoxes';
import type { FrameFitResult, FrameNode } from '../../src/analysis/layout/frameFit';

/** frameFit's defaults. */
export const GAP = 5;
export const PAD = 4;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box node `n` takes at (x, y) with its label on `side` (null: the circle alone). */
export function boxAt(n: FrameNode, x: number, y: number, side: LabelSide | null, gap = GAP): Box {
  const s = sideBox(n.d, n.label, side, gap);
  return {
    x1: x + s.dx - s.w / 2,
    y1: y + s.dy - s.h / 2,
    x2: x + s.dx + s.w / 2,
    y2: y + s.dy + s.h / 2,
  };
}

/** Each node's box where the result put it. */
export function boxesOf(nodes: readonly FrameNode[], r: FrameFitResult, gap = GAP): Box[] {
  return nodes.map((n, i) => boxAt(n, xOf(r, i), yOf(r, i), r.sides[i] ?? null, gap));
}

export const xOf = (r: { xy: number[] }, i: number) => r.xy[2 * i] ?? Number.NaN;
export const yOf = (r: { xy: number[] }, i: number) => r.xy[2 * i + 1] ?? Number.NaN;

/** Every pair of boxes overlapping by more than `slack` along both axes. */
export function overlappingPairs(boxes: readonly Box[], slack: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i] as Box;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j] as Box;
      const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (ox > slack && oy > slack) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** How far the box reaches past the frame [0, W] × [0, H] on its worst side (0 inside). */
export const reachOut = (b: Box, W: number, H: number) =>
  Math.max(0, -b.x1, -b.y1, b.x2 - W, b.y2 - H);

/** Whether the box keeps `margin` from every edge of the frame [0, W] × [0, H]. */
export const within = (b: Box, W: number, H: number, margin = 0) =>
  b.x1 >= margin && b.y1 >= margin && b.x2 <= W - margin && b.y2 <= H - margin;

/** The box's area outside the frame. */
export function areaOut(b: Box, W: number, H: number): number {
  const w = b.x2 - b.x1;
  const h = b.y2 - b.y1;
  const cw = Math.max(0, Math.min(b.x2, W) - Math.max(b.x1, 0));
  const ch = Math.max(0, Math.min(b.y2, H) - Math.max(b.y1, 0));
  return w * h - cw * ch;
}

/** Most important first, as the layout drops labels in reverse: must, importance, then id. */
export function byImportance(a: FrameNode, b: FrameNode): number {
  return (
    Number(b.must ?? false) - Number(a.must ?? false) ||
    b.importance - a.importance ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Share of node pairs with different network coordinates on `axis` whose frame coordinates are in
 * the same order (a tie in the frame counts as not kept); 1 when there is no such pair.
 */
export function orderKept(nodes: readonly FrameNode[], r: FrameFitResult, axis: 'x' | 'y') {
  let kept = 0;
  let pairs = 0;
  const at = axis === 'x' ? xOf : yOf;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = (nodes[i] as FrameNode)[axis];
      const b = (nodes[j] as FrameNode)[axis];
      if (a === b) continue;
      pairs++;
      if (Math.sign(a - b) === Math.sign(at(r, i) - at(r, j))) kept++;
    }
  }
  return { kept, pairs, share: pairs ? kept / pairs : 1 };
}

/** The smallest box (with padding) a node can take: what a frame must at least hold of it. */
export function smallestArea(n: FrameNode, sides: readonly LabelSide[] = LABEL_SIDES): number {
  const options = n.label ? sides : [null];
  return Math.min(
    ...options.map((s) => {
      const b = sideBox(n.d, n.label, s, GAP);
      return (b.w + PAD) * (b.h + PAD);
    }),
  );
}

/**
 * A frame where the nodes' smallest boxes cover `density` of the area, with the given aspect
 * ratio, and at least `boxes` of the largest boxes wide and high.
 */
export function frameFor(
  nodes: readonly FrameNode[],
  density: number,
  aspect: number,
  boxes = 3,
): { w: number; h: number } {
  let area = 0;
  let w = 0;
  let h = 0;
  for (const n of nodes) {
    area += smallestArea(n);
    const b = sideBox(n.d, n.label, n.label ? 'below' : null, GAP);
    w = Math.max(w, b.w + PAD);
    h = Math.max(h, b.h + PAD);
  }
  const W = Math.sqrt((area / density) * aspect);
  return { w: Math.max(W, boxes * w), h: Math.max(W / aspect, boxes * h) };
}

export interface GraphOptions {
  minN?: number;
  maxN: number;
  /** Whether some nodes are held (about one in ten). */
  held?: boolean;
  /** Whether some nodes are marked `must` (about one in twenty). */
  must?: boolean;
}

/**
 * Random maps: places on a wide range or squeezed into a few values (many ties), diameters 2–40,
 * label blocks 8–220 × 8–50 (one node in seven unlabelled), importance 0–30.
 */
export function graphArb(o: GraphOptions): fc.Arbitrary<FrameNode[]> {
  const node = fc.record({
    x: fc.integer({ min: 0, max: 1000 }),
    y: fc.integer({ min: 0, max: 1000 }),
    d: fc.integer({ min: 2, max: 40 }),
    label: fc.option(
      fc.record({ w: fc.integer({ min: 8, max: 220 }), h: fc.integer({ min: 8, max: 50 }) }),
      { freq: 6 },
    ),
    importance: fc.integer({ min: 0, max: 30 }),
    must: o.must ? fc.integer({ min: 0, max: 19 }).map((v) => v === 0) : fc.constant(false),
    held: o.held ? fc.integer({ min: 0, max: 9 }).map((v) => v === 0) : fc.constant(false),
  });
  return fc
    .tuple(
      fc.constantFrom(1, 1, 1, 250),
      fc.constantFrom(1, 1, 1, 250),
      // Sizes spread evenly over the range (fast-check's own default keeps arrays short).
      fc
        .integer({ min: o.minN ?? 1, max: o.maxN })
        .chain((n) => fc.array(node, { minLength: n, maxLength: n })),
    )
    .map(([qx, qy, list]) =>
      list.map((n, i) => ({
        ...n,
        // A coarse grid squeezes the places into a few values: many ties, columns and rows.
        x: Math.round(n.x / qx) * qx,
        y: Math.round(n.y / qy) * qy,
        id: `n${String(i).padStart(3, '0')}`,
      })),
    );
}
