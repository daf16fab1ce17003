/** Shared by the computed layouts (rings, power/interest): node boxes and a last clean-up. */
import { countOverlaps } from './metrics';
import { forceRectCollide, type RectNode } from './rectCollide';
import type { Box, LayoutNode, Point } from './types';

/** A node's box: `w`×`h`, its centre `dy` below the node centre (circle plus label below). */
export type NodeSize = Pick<LayoutNode, 'w' | 'h' | 'dy'>;

/**
 * A box for a node the caller gave no size for: a 34 px circle with the label estimated at
 * 15 px type wrapped at 150 px, as the map draws it.
 */
export function estimatedSize(label: string): NodeSize {
  const width = label.length * 0.58 * 15;
  const lines = Math.max(1, Math.ceil(width / 150));
  const w = Math.max(34, Math.min(150, width)) + 12;
  const h = 34 + 5 + lines * 18 + 6;
  return { w, h, dy: h / 2 - 17 };
}

/** The box of a node at `p`. */
export const boxAt = (p: Point, s: NodeSize): Box => ({ x: p.x, y: p.y + s.dy, w: s.w, h: s.h });

/**
 * Removes what overlap is left between node boxes (`gap` apart) by moving them the least,
 * leaving `fixed` ids in place. The computed layouts avoid overlaps by construction; this only
 * catches the rare case their geometry does not, and returns the pairs still overlapping.
 */
export function separateBoxes(
  positions: Map<string, Point>,
  sizeOf: (id: string) => NodeSize,
  gap: number,
  fixed: ReadonlySet<string> = new Set(),
): number {
  const ids = [...positions.keys()];
  const boxes = ids.map((id) => boxAt(positions.get(id) ?? { x: 0, y: 0 }, sizeOf(id)));
  // Boxes at least half the gap apart are left alone: round a ring the gap between two boxes
  // is an arc, and the straight line across it a little shorter.
  const grown = boxes.map((b) => ({ ...b, w: b.w + gap / 2, h: b.h + gap / 2 }));
  if (countOverlaps(grown) === 0) return 0;
  const nodes: RectNode[] = ids.map((id) => {
    const p = positions.get(id) ?? { x: 0, y: 0 };
    const s = sizeOf(id);
    const node: RectNode = { x: p.x, y: p.y, w: s.w, h: s.h, dy: s.dy };
    if (fixed.has(id)) {
      node.fx = p.x;
      node.fy = p.y;
    }
    return node;
  });
  const collide = forceRectCollide<RectNode>();
  collide.initialize(nodes, () => 0.5);
  const left = collide.separate(200, gap);
  ids.forEach((id, i) => {
    const n = nodes[i];
    if (n) positions.set(id, { x: n.x ?? 0, y: n.y ?? 0 });
  });
  return left;
}
