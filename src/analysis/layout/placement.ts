/** Where nodes start and how large sector regions are: the sizing half of the force layout. */
import { hashString, mulberry32 } from './prng';
import type { SimNode } from './simulation';
import type { LayoutInput, LayoutNode } from './types';

/** Packing density assumed when sizing sector regions (box area / region area). */
export const DENSITY = 0.3;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function paddedArea(n: Pick<LayoutNode, 'w' | 'h'>, padding: number): number {
  return (Math.max(1, n.w) + padding) * (Math.max(1, n.h) + padding);
}

/** The sector order used for anchors: the given order, then any unknown sectors by first use. */
export function sectorList(input: LayoutInput): string[] {
  const list = [...new Set(input.sectorOrder)];
  const known = new Set(list);
  for (const n of input.nodes) {
    if (!known.has(n.sectorId)) {
      known.add(n.sectorId);
      list.push(n.sectorId);
    }
  }
  return list;
}

/**
 * Radius of the anchor circle so that sector regions (discs holding their boxes at DENSITY) sit
 * side by side round the ring, outside the focal sector's disc.
 */
export function defaultAnchorRadius(
  input: LayoutInput,
  focalSectorId: string | null,
  padding: number,
): number {
  const areas = new Map<string, number>();
  let total = 0;
  for (const n of input.nodes) {
    const a = paddedArea(n, padding);
    areas.set(n.sectorId, (areas.get(n.sectorId) ?? 0) + a);
    total += a;
  }
  const mean = input.nodes.length ? total / input.nodes.length : 10_000;
  const minR = Math.sqrt(mean / (Math.PI * DENSITY));
  const sectors = sectorList(input);
  let ringSum = 0;
  let ringMax = 0;
  let focalR = 0;
  for (const s of sectors) {
    const r = Math.max(minR, Math.sqrt((areas.get(s) ?? 0) / (Math.PI * DENSITY)));
    if (s === focalSectorId) focalR = r;
    else {
      ringSum += r;
      ringMax = Math.max(ringMax, r);
    }
  }
  return Math.max(ringSum / Math.PI, focalR + ringMax, minR);
}

/**
 * Initial positions for nodes that have none. First, nodes with already-placed neighbours go near
 * their centroid (repeated so chains of new nodes follow). The rest go on a sunflower spiral round
 * their sector anchor, hubs nearest the anchor, continuing outside the sector's placed nodes.
 */
export function placeInitial(
  nodes: SimNode[],
  neighbours: number[][],
  padding: number,
  linkGap: number,
  random: () => number,
): void {
  const placed = (d: SimNode) => Number.isFinite(d.x) && Number.isFinite(d.y);
  const anyPlaced = nodes.some(placed);
  if (anyPlaced) {
    for (let round = 0; round < 3; round++) {
      let changed = false;
      for (const d of nodes) {
        if (placed(d)) continue;
        let sx = 0;
        let sy = 0;
        let k = 0;
        for (const j of neighbours[d.index] ?? []) {
          const e = nodes[j];
          if (!e || !placed(e)) continue;
          sx += e.x;
          sy += e.y;
          k++;
        }
        if (k === 0) continue;
        // Seeded by the id so the same new node lands at the same spot.
        const rnd = mulberry32(hashString(d.id));
        const angle = 2 * Math.PI * rnd();
        const dist = (d.r * 2 + linkGap) * (0.5 + 0.5 * rnd());
        d.x = sx / k + dist * Math.cos(angle);
        d.y = sy / k + dist * Math.sin(angle);
        changed = true;
      }
      if (!changed) break;
    }
  }

  const bySector = new Map<string, SimNode[]>();
  const placedPerSector = new Map<string, number>();
  for (const d of nodes) {
    if (placed(d)) {
      placedPerSector.set(d.sectorId, (placedPerSector.get(d.sectorId) ?? 0) + 1);
      continue;
    }
    const list = bySector.get(d.sectorId);
    if (list) list.push(d);
    else bySector.set(d.sectorId, [d]);
  }
  for (const [sectorId, list] of bySector) {
    list.sort((a, b) => b.degree - a.degree || a.index - b.index);
    const all = nodes.filter((d) => d.sectorId === sectorId);
    const meanArea = all.reduce((s, d) => s + paddedArea(d, padding), 0) / all.length;
    const c = Math.sqrt(meanArea / (Math.PI * DENSITY));
    const offset = placedPerSector.get(sectorId) ?? 0;
    const turn = 2 * Math.PI * random();
    list.forEach((d, k) => {
      const m = k + offset;
      const radius = c * Math.sqrt(m + 0.5);
      const angle = turn + m * GOLDEN_ANGLE;
      d.x = d.anchorX + radius * Math.cos(angle) + (random() - 0.5) * c * 0.5;
      d.y = d.anchorY + radius * Math.sin(angle) + (random() - 0.5) * c * 0.5;
    });
  }
}
