import type { MapDocument } from '../../domain/types';
import type { Point } from './types';

export type RingsBy = 'distance' | 'strength';

export interface RingSlot {
  /** Template sector, one angular segment each, in the order given. */
  sectorId: string;
  /** Ring 1 is next to the focal actor; the outermost ring holds actors with no path to it. */
  ring: number;
}

export interface RingsLayout {
  positions: Map<string, Point>;
  /** Where each sector's segment label goes, outside the outermost ring. */
  segments: { sectorId: string; x: number; y: number; angle: number }[];
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
 * The onion view: the focal actor in the centre, one angular segment per sector (empty segments
 * stay, so missing sectors show as gaps) and rings by distance or by strength. `radii` are the
 * inner radius of each ring.
 */
export function ringsLayout(
  doc: MapDocument,
  sectorOrder: readonly string[],
  by: RingsBy,
  spacing = 130,
): RingsLayout {
  const focal = doc.map.focalActorId;
  const ringOf = focal
    ? by === 'distance'
      ? hops(doc, focal)
      : strengthRing(doc, focal)
    : new Map();
  const sectors = sectorOrder.filter((s) => s !== undefined);
  const maxRing = by === 'strength' ? 4 : Math.max(1, ...[...ringOf.values()]) + 1;
  const slots = new Map<string, string[]>();
  const actors = Object.values(doc.actors).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  for (const a of actors) {
    if (a.id === focal) continue;
    const ring = Math.min(maxRing, ringOf.get(a.id) ?? maxRing);
    const sector = sectors.includes(a.sectorId) ? a.sectorId : (sectors[sectors.length - 1] ?? '');
    const key = `${sector}|${ring}`;
    slots.set(key, [...(slots.get(key) ?? []), a.id]);
  }
  const segment = (2 * Math.PI) / Math.max(1, sectors.length);
  const rowGap = spacing * 0.45;
  const radii: number[] = [];
  const positions = new Map<string, Point>();
  if (focal && doc.actors[focal]) positions.set(focal, { x: 0, y: 0 });
  // Rings go outward; a crowded sector slot fills several rows inside its ring rather than
  // stretching the whole circle, so the map stays compact enough to read.
  let inner = spacing * 1.6;
  for (let ring = 1; ring <= maxRing; ring++) {
    // Wide enough that the most crowded sector needs at most three rows on this ring.
    const crowd = Math.max(0, ...sectors.map((s) => slots.get(`${s}|${ring}`)?.length ?? 0));
    inner = Math.max(inner, (Math.ceil(crowd / 3) * spacing) / (segment * 0.92));
    let rows = 1;
    sectors.forEach((sector, si) => {
      const ids = slots.get(`${sector}|${ring}`) ?? [];
      const perRow = Math.max(1, Math.floor((inner * segment * 0.92) / spacing));
      rows = Math.max(rows, Math.ceil(ids.length / perRow));
      const start = -Math.PI / 2 + si * segment;
      ids.forEach((id, k) => {
        const row = Math.floor(k / perRow);
        const inRow = Math.min(perRow, ids.length - row * perRow);
        const r = inner + row * rowGap;
        // Alternate rows are offset by half a step so labels in neighbouring rows interleave.
        const angle =
          start +
          (((k % perRow) + 0.5 + (row % 2) * 0.25) / inRow) * segment * 0.92 +
          segment * 0.04;
        positions.set(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
      });
    });
    radii.push(inner);
    inner += (rows - 1) * rowGap + spacing;
  }
  const outer = inner + spacing * 0.2;
  const segments = sectors.map((sectorId, si) => {
    const angle = -Math.PI / 2 + (si + 0.5) * segment;
    return { sectorId, angle, x: outer * Math.cos(angle), y: outer * Math.sin(angle) };
  });
  return { positions, segments, radii };
}
