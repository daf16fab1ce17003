import { getRecord, hasRecord } from '../../domain/records';
import type { MapDocument, RingsBy } from '../../domain/types';
import { estimatedSize, type NodeSize, separateBoxes } from './fixedBoxes';
import type { Point } from './types';

export interface RingsOptions {
  /** Each node's box (circle and label); a node without one gets an estimate from its name. */
  boxes?: ReadonlyMap<string, NodeSize>;
  /** Drawn-only nodes (gap ghosts), set on one more ring outside, in their sector's segment. */
  extras?: readonly { id: string; sectorId: string }[];
  /** Size of each sector's segment label, kept clear of the nodes outside the last ring. */
  segmentLabels?: ReadonlyMap<string, { w: number; h: number }>;
  /** Least space between two boxes, in model pixels. */
  gap?: number;
  /** Width over height of the rings: above 1 they become ellipses that fill a wide screen. */
  aspect?: number;
}

export interface RingsLayout {
  positions: Map<string, Point>;
  /**
   * Each sector's segment: its angles clockwise from the top (radians, from -π/2) and where its
   * label's centre goes, just outside the sector's actors.
   */
  segments: { sectorId: string; x: number; y: number; angle: number; start: number; end: number }[];
  /** Inner radius of each ring (before the `aspect` stretch), ring 1 first. */
  radii: number[];
}

/** Hops from the focal actor over links that have not ended. */
function hops(doc: MapDocument, focal: string): Map<string, number> {
  const adj = new Map<string, string[]>();
  for (const c of Object.values(doc.collaborations)) {
    if (c.status === 'ended') continue;
    adj.set(c.sourceId, [...(adj.get(c.sourceId) ?? []), c.targetId]);
    adj.set(c.targetId, [...(adj.get(c.targetId) ?? []), c.sourceId]);
  }
  const dist = new Map([[focal, 0]]);
  let frontier = [focal];
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adj.get(id) ?? []) {
        if (!dist.has(n)) {
          dist.set(n, (dist.get(id) ?? 0) + 1);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/** Ring by the strongest direct link to the focal actor: strong 1, medium 2, weak 3, none 4. */
function strengthRing(doc: MapDocument, focal: string): Map<string, number> {
  const best = new Map<string, number>();
  for (const c of Object.values(doc.collaborations)) {
    if (c.status === 'ended') continue;
    const other = c.sourceId === focal ? c.targetId : c.targetId === focal ? c.sourceId : null;
    if (other) best.set(other, Math.max(best.get(other) ?? 0, c.strength));
  }
  return new Map([...best].map(([id, s]) => [id, 4 - s]));
}

/** A box to place round the centre: half width and half height (in unstretched space). */
interface Item {
  id: string;
  hw: number;
  hh: number;
}

interface Placed {
  id: string;
  /** Box centre. */
  x: number;
  y: number;
  /** Angular extent seen from the centre, and the farthest distance of the box. */
  start: number;
  end: number;
  far: number;
}

const TAU = 2 * Math.PI;
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
function placeAlong(theta: number, it: Item, rho: number): Placed {
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
function initialWeights(
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
function anglesOf(weights: readonly number[]): [number, number][] {
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

interface Packed {
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
function packRings(
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

/** Space between two rings, more than between two rows of one ring so the rings read. */
const RING_GAP = 30;

/**
 * The onion view: the focal actor in the centre, one angular segment per sector in the order
 * given (empty segments stay, so missing sectors show as gaps) and rings by distance or by
 * strength. Each box keeps to its segment's angles and its row's band of radii, so no two boxes
 * overlap: a crowded segment takes more rows or starts further out, which pushes the rings
 * outside it further out. Deterministic: actors go in name order.
 */
export function ringsLayout(
  doc: MapDocument,
  sectorOrder: readonly string[],
  by: RingsBy,
  options: RingsOptions = {},
): RingsLayout {
  const gap = options.gap ?? 10;
  const sx = Math.max(0.2, options.aspect ?? 1);
  const sizeOf = (id: string): NodeSize =>
    options.boxes?.get(id) ?? estimatedSize(getRecord(doc.actors, id)?.name ?? id);
  // Laid out as circles in a space squeezed by `sx`, then stretched back: rectangles that do
  // not overlap stay apart under the stretch.
  const item = (id: string): Item => {
    const s = sizeOf(id);
    return { id, hw: s.w / 2 / sx, hh: s.h / 2 };
  };
  const focal = doc.map.focalActorId;
  const ringOf = focal
    ? by === 'distance'
      ? hops(doc, focal)
      : strengthRing(doc, focal)
    : new Map<string, number>();
  const sectors = sectorOrder.filter((s) => s !== undefined);
  const maxRing = by === 'strength' ? 4 : Math.max(1, ...[...ringOf.values()]) + 1;
  const slots = new Map<string, Item[]>();
  const add = (sectorId: string, ring: number, id: string) => {
    const sector = sectors.includes(sectorId) ? sectorId : (sectors[sectors.length - 1] ?? '');
    const key = `${sector}|${ring}`;
    const list = slots.get(key);
    if (list) list.push(item(id));
    else slots.set(key, [item(id)]);
  };
  const actors = Object.values(doc.actors).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  for (const a of actors) {
    if (a.id === focal) continue;
    add(a.sectorId, Math.min(maxRing, ringOf.get(a.id) ?? maxRing), a.id);
  }
  for (const e of options.extras ?? []) add(e.sectorId, maxRing + 1, e.id);

  const centres = new Map<string, Point>();
  let inner = 60;
  if (focal && hasRecord(doc.actors, focal)) {
    const s = sizeOf(focal);
    centres.set(focal, { x: 0, y: s.dy });
    inner = Math.max(inner, Math.hypot(s.w / 2 / sx, Math.abs(s.dy) + s.h / 2) + RING_GAP);
  }
  const rings = maxRing + (options.extras?.length ? 1 : 0);
  const count = [...slots.values()].reduce((n, items) => n + items.length, 0);
  // Segments start sized by need, then the ones that set a ring's outer edge grow while that
  // brings the outer edge in; large maps get fewer rounds, as each is a whole layout.
  const rounds = count > 150 ? 3 : 10;
  const tries = count > 150 ? 6 : 12;
  let weights = initialWeights(sectors, slots, rings);
  let current = packRings(sectors, slots, rings, anglesOf(weights), inner, gap, tries);
  let packed = current;
  let bounds = anglesOf(weights);
  for (let round = 0; round < rounds; round++) {
    const bottlenecks = current.bottlenecks;
    weights = weights.map((w, si) => (bottlenecks.has(sectors[si] ?? '') ? w * 1.2 : w));
    current = packRings(sectors, slots, rings, anglesOf(weights), inner, gap, tries);
    if (current.far < packed.far - 1) {
      packed = current;
      bounds = anglesOf(weights);
    }
  }
  for (const [id, c] of packed.centres) centres.set(id, c);
  const radii = packed.radii.slice(0, maxRing);
  const sectorFar = packed.sectorFar;

  const positions = new Map<string, Point>();
  for (const [id, c] of centres) positions.set(id, { x: c.x * sx, y: c.y - sizeOf(id).dy });
  // Safety net only: by construction nothing overlaps.
  separateBoxes(positions, sizeOf, gap, new Set(focal ? [focal] : []));

  // Each segment label sits at its segment's middle just outside that sector's own actors,
  // moved further out while it would touch any box or a label placed before it.
  const taken: { x: number; y: number; hw: number; hh: number }[] = [];
  for (const [id, p] of positions) {
    const s = sizeOf(id);
    taken.push({ x: p.x / sx, y: p.y + s.dy, hw: s.w / 2 / sx, hh: s.h / 2 });
  }
  const segments: RingsLayout['segments'] = [];
  sectors.forEach((sectorId, si) => {
    const [start = 0, end = TAU] = bounds[si] ?? [];
    const angle = (start + end) / 2;
    const size = options.segmentLabels?.get(sectorId) ?? { w: 200, h: 34 };
    const it = { id: sectorId, hw: size.w / 2 / sx, hh: size.h / 2 };
    let rho = Math.max(radii[0] ?? 0, sectorFar.get(sectorId) ?? 0) + gap;
    let p = placeAlong(angle, it, rho);
    const clash = (q: Placed) =>
      taken.some(
        (b) => Math.abs(b.x - q.x) < b.hw + it.hw + gap && Math.abs(b.y - q.y) < b.hh + it.hh + gap,
      );
    for (let k = 0; k < 2000 && clash(p); k++) {
      rho += 8;
      p = placeAlong(angle, it, rho);
    }
    taken.push({ x: p.x, y: p.y, hw: it.hw, hh: it.hh });
    segments.push({ sectorId, x: p.x * sx, y: p.y, angle, start, end });
  });
  return { positions, segments, radii };
}
