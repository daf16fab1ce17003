import type { Point } from '../../analysis/layout/types';
import type { ElementModel } from '../../render/elements';

/**
 * Ghosts exist only on a canvas with "Show gaps" on; a view with gaps drawn elsewhere places each
 * one just outside its sector's actors (or on the rim, in sector order, when it has none).
 */
export function placeGhosts(model: ElementModel, positions: Map<string, Point>): void {
  const placed = [...positions.values()];
  if (placed.length === 0) return;
  const cx = placed.reduce((a, p) => a + p.x, 0) / placed.length;
  const cy = placed.reduce((a, p) => a + p.y, 0) / placed.length;
  const rim = Math.max(200, ...placed.map((p) => Math.hypot(p.x - cx, p.y - cy)));
  const perSector = new Map<string, number>();
  model.nodes.forEach((n) => {
    if (!n.ghost || positions.has(n.id)) return;
    const members = model.nodes.filter((m) => !m.ghost && m.sectorId === n.sectorId);
    const at = members.flatMap((m) => positions.get(m.id) ?? []);
    const index = model.sectorOrder.indexOf(n.sectorId);
    const angle = (2 * Math.PI * Math.max(0, index)) / Math.max(1, model.sectorOrder.length);
    const base = at.length
      ? {
          x: at.reduce((a, p) => a + p.x, 0) / at.length,
          y: at.reduce((a, p) => a + p.y, 0) / at.length,
        }
      : { x: cx + rim * Math.cos(angle), y: cy + rim * Math.sin(angle) };
    const len = Math.hypot(base.x - cx, base.y - cy) || 1;
    const ux = (base.x - cx) / len;
    const uy = (base.y - cy) / len;
    const k = perSector.get(n.sectorId) ?? 0;
    perSector.set(n.sectorId, k + 1);
    // Outward past the sector, then side by side along the rim.
    const side = (k % 2 ? -1 : 1) * Math.ceil(k / 2) * 170;
    positions.set(n.id, { x: base.x + ux * 140 - uy * side, y: base.y + uy * 140 + ux * side });
  });
}
