import { getRecord, hasRecord } from '../../domain/records';
import type { MapDocument, RingsBy } from '../../domain/types';
import { estimatedSize, type NodeSize, separateBoxes } from './fixedBoxes';
import {
  anglesOf,
  type Item,
  initialWeights,
  type Placed,
  packRings,
  placeAlong,
  RING_GAP,
  TAU,
} from './ringPacking';
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
