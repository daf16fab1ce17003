/**
 * The geometry of the rings layout (rings.ts): boxes packed ring after ring round the centre,
 * each sector in its own angular segment.
 */
import type { Point } from './types';

/** Space between two rings, more than between two rows of one ring so the rings read. */
export const RING_GAP = 30;

/** A box to place round the centre: half width and half height (in unstretched space). */
export interface Item {
  id: string;
  hw: number;
  hh: number;
}

export interface Placed {
  id: string;
  /** Box centre. */
  x: number;
  y: number;
  /** Angular extent seen from the centre, and the farthest distance of the box. */
  start: number;
  end: number;
  far: number;
}

export const TAU = 2 * Math.PI;
const wrap = (a: number) => a - TAU * Math.round(a / TAU);

/**
 * How far along a direction (|cos|, |sin|) = (c, s) a box's centre must be for the box's nearest
 * point to be `rho` from the origin: the nearest point is a corner, or on an edge when the
 * direction passes through the box's side.
 */
function centreDistance(c: number, s: number, hw: number, hh: number, rho: number): number {
  // The nearest point on the bottom (or top) edge: the centre is above the corner's reach.
  if (s > 1e-9) {
    const d = (rho + hh) / s;
    if (d * c <= hw) return d;
  }
  if (c > 1e-9) {
    const d = (rho + hw) / c;
    if (d * s <= hh) return d;
  }
  // The nearest point is the corner: (d c - hw)² + (d s - hh)² = rho².
  const b = c * hw + s * hh;
  return b + Math.sqrt(Math.max(0, b * b - hw * hw - hh * hh + rho * rho));
}

/**
 * The box put along direction `theta`, as close to the origin as it may come: its nearest point
 * `rho` away. Returns where it is and the angles it covers as seen from the origin.
 */
export function placeAlong(theta: number, it: Item, rho: number): Placed {
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const d = centreDistance(Math.abs(c), Math.abs(s), it.hw, it.hh, rho);
  const x = d * c;
  const y = d * s;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const [px, py] of [
    [x - it.hw, y - it.hh],
    [x + it.hw, y - it.hh],
    [x - it.hw, y + it.hh],
    [x + it.hw, y + it.hh],
  ] as const) {
    // A box that does not hold the origin covers less than half a turn round its centre's angle.
    const rel = wrap(Math.atan2(py, px) - theta);
    start = Math.min(start, rel);
    end = Math.max(end, rel);
  }
  const far = Math.hypot(Math.abs(x) + it.hw, Math.abs(y) + it.hh);
  return { id: it.id, x, y, start: theta + start, end: theta + end, far };
}

/** The box placed so that its angular extent starts at `from` (or a hair after it). */
function placeFrom(from: number, it: Item, rho: number): Placed {
  // The start angle moves almost one for one with the direction: a few Newton-like steps
  // converge, and a last one past the mark keeps the box clear of the angle before `from`.
  let theta = from + Math.atan2(it.hw + it.hh, rho + it.hh);
  let p = placeAlong(theta, it, rho);
  for (let k = 0; k < 8 && Math.abs(p.start - from) > 1e-7; k++) {
    theta += from - p.start;
    p = placeAlong(theta, it, rho);
  }
  for (let k = 0; k < 8 && p.start < from; k++) {
    theta += from - p.start + 1e-7;
    p = placeAlong(theta, it, rho);
  }
  return p;
}

/**
 * Puts as many items as fit, in order, on one row between angles a0 and a1 with the nearest
 * point of each box `rho` from the centre, spread evenly over the segment. Boxes whose angular
 * extents do not overlap cannot overlap, so the row is clean by construction.
 */
function packRow(
  items: readonly Item[],
  a0: number,
  a1: number,
  rho: number,
  gap: number,
  spread: boolean,
) {
  const margin = gap / 2 / rho;
  const lay = (extra: number, limit: number) => {
    const row: Placed[] = [];
    let cursor = a0 + margin + extra / 2;
    for (const it of items.slice(0, limit)) {
      const p = placeFrom(cursor, it, rho);
      if (p.end > a1 - margin) break;
      row.push(p);
      cursor = p.end + 2 * margin + extra;
    }
    return row;
  };
  const packed = lay(0, items.length);
  const n = packed.length;
  const last = packed[n - 1];
  if (!last || !spread) return packed;
  // Spread the row over its segment; moving a box changes its extent, so shrink until it fits.
  let extra = (a1 - margin - last.end) / n;
  for (let k = 0; k < 6 && extra > 1e-4; k++) {
    const even = lay(extra, n);
    if (even.length === n) return even;
    extra /= 2;
  }
  return packed;
}

/**
 * Fills a sector's segment of one ring from `rho` outward, row after row, as many boxes on a
 * row as fit. Returns the boxes and how far out they reach.
 */
function packSlot(
  items: readonly Item[],
  a0: number,
  a1: number,
  rho: number,
  gap: number,
  spread = true,
) {
  const placed: Placed[] = [];
  let rest = items;
  let base = rho;
  let far = rho;
  while (rest.length) {
    let row = packRow(rest, a0, a1, base, gap, spread);
    // A box wider than the segment at this radius: move the row out until one fits.
    while (row.length === 0) {
      base = base * 1.08 + 4;
      row = packRow(rest, a0, a1, base, gap, spread);
    }
    placed.push(...row);
    far = Math.max(far, ...row.map((p) => p.far));
    rest = rest.slice(row.length);
    base = far + gap;
  }
  return { placed, far };
}

/**
 * A first weight for each sector's share of the circle: how much room its actors need on its
 * most crowded ring (inner rings have less room, so they count more).
 */
export function initialWeights(
  sectors: readonly string[],
  slots: ReadonlyMap<string, Item[]>,
  rings: number,
): number[] {
  return sectors.map((sector) => {
    let most = 0;
    for (let ring = 1; ring <= rings; ring++) {
      const items = slots.get(`${sector}|${ring}`) ?? [];
      const need = items.reduce((sum, it) => sum + it.hw + it.hh, 0);
      most = Math.max(most, need / Math.sqrt(ring));
    }
    return most;
  });
}

/**
 * Each sector's segment, clockwise from the top: [start, end] angles, sized by weight but none
 * under a third of an equal share, so an empty sector's gap stays plain to see.
 */
export function anglesOf(weights: readonly number[]): [number, number][] {
  const least = 1 / (3 * Math.max(1, weights.length));
  // Sectors under the floor are raised to it and the others share what is left, until none is
  // under it (the floors take at most a third of the circle).
  const floored = new Set<number>();
  let shares: number[] = [];
  for (;;) {
    const free = weights.reduce((sum, w, i) => (floored.has(i) ? sum : sum + Math.max(0, w)), 0);
    const room = 1 - floored.size * least;
    const others = weights.length - floored.size;
    shares = weights.map((w, i) =>
      floored.has(i) ? least : free > 0 ? (Math.max(0, w) * room) / free : room / others,
    );
    const under = shares.flatMap((x, i) => (!floored.has(i) && x < least ? [i] : []));
    if (under.length === 0) break;
    for (const i of under) floored.add(i);
  }
  let at = -Math.PI / 2;
  return shares.map((share) => {
    const size = TAU * share;
    const bounds: [number, number] = [at, at + size];
    at += size;
    return bounds;
  });
}

export interface Packed {
  centres: Map<string, Point>;
  radii: number[];
  /** How far out each sector's actors reach. */
  sectorFar: Map<string, number>;
  /** How far out everything reaches. */
  far: number;
  /** The sectors that set the outer edge of some ring: they need a wider segment. */
  bottlenecks: Set<string>;
}

/**
 * Packs ring after ring outward from `inner`: each ring's boxes start where the ring before it
 * ends, so ring order is distance from the centre.
 */
export function packRings(
  sectors: readonly string[],
  slots: ReadonlyMap<string, Item[]>,
  rings: number,
  bounds: readonly [number, number][],
  inner: number,
  gap: number,
  tries: number,
): Packed {
  const centres = new Map<string, Point>();
  const radii: number[] = [];
  const sectorFar = new Map<string, number>();
  const bottlenecks = new Set<string>();
  let edge = inner;
  for (let ring = 1; ring <= rings; ring++) {
    radii.push(edge);
    let far = edge;
    let widest = '';
    sectors.forEach((sector, si) => {
      const items = slots.get(`${sector}|${ring}`);
      const [a0 = 0, a1 = TAU] = bounds[si] ?? [];
      if (!items) return;
      // A crowded segment may start further out than the ring's inner edge when that lets it
      // take fewer rows and so end nearer the centre: boxes side by side along an arc.
      let start = edge;
      let best = packSlot(items, a0, a1, edge, gap, false).far;
      for (let k = 1; k <= tries && items.length > 1; k++) {
        const end = packSlot(items, a0, a1, edge + k * 30, gap, false).far;
        if (end < best - 1) {
          best = end;
          start = edge + k * 30;
        }
      }
      const slot = packSlot(items, a0, a1, start, gap);
      for (const p of slot.placed) centres.set(p.id, { x: p.x, y: p.y });
      if (slot.far > far) {
        far = slot.far;
        widest = sector;
      }
      sectorFar.set(sector, slot.far);
    });
    if (widest) bottlenecks.add(widest);
    edge = far + RING_GAP;
  }
  return { centres, radii, sectorFar, far: edge - RING_GAP, bottlenecks };
}
