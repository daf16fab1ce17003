/**
 * The frame-fit layout's last word (docs/legibility.md): nodes are placed one by one, most
 * important first, each at the free spot nearest to where the force layout put it, with its label
 * on the first side that fits there. A label that finds no spot within reach is hidden, and its
 * node takes the nearest spot free for the node alone. Nothing overlaps afterwards, and the more
 * important a node, the closer it stays to its place.
 */
import type { Body } from './frameBodies';
import { type LabelSide, type SideBox, sideBox } from './frameBoxes';
import { Grid, type Rect, rectOf } from './frameGrid';

interface Spot {
  x: number;
  y: number;
  side: LabelSide | null;
  box: SideBox;
  rect: Rect;
}

/** Returns the bodies whose labels had no room. */
export function placeByImportance(
  bodies: Body[],
  order: readonly Body[],
  sides: readonly LabelSide[],
  W: number,
  H: number,
  pad: number,
  gap: number,
  reach: number,
  rescue = 0,
): Body[] {
  const sizes = bodies.map((b) => Math.max(b.d, 8)).sort((a, b) => a - b);
  const typical = sizes[Math.floor(sizes.length / 2)] ?? 16;
  const cell = Math.max(16, typical * 2);
  const grid = new Grid(cell, W, H);
  const inside = (r: Rect) => r.x1 >= 0 && r.y1 >= 0 && r.x2 <= W && r.y2 <= H;
  const step = Math.max(3, typical / 3);

  /** The nearest spot within `limit` where one of `options` fits, or null. */
  const search = (b: Body, options: readonly (LabelSide | null)[], limit: number): Spot | null => {
    // Rings a step apart near the place, then further apart: far spots need less precision.
    for (let r = 0; r <= limit; r += Math.max(step, r * 0.15)) {
      const k = r === 0 ? 1 : Math.min(48, Math.max(8, Math.ceil((2 * Math.PI * r) / step)));
      for (let a = 0; a < k; a++) {
        const angle = (2 * Math.PI * a) / k;
        const x = b.x + r * Math.cos(angle);
        const y = b.y + r * Math.sin(angle);
        for (const side of options) {
          const box = sideBox(b.d, b.label, side, gap);
          const rect = rectOf({ x, y, ...box }, pad);
          // A background label may touch the frame's edge; nothing else may leave it.
          if ((!inside(rect) && !b.node.centred) || grid.blocked(rect, -1)) continue;
          return { x, y, side, box, rect };
        }
      }
    }
    return null;
  };

  const hidden: Body[] = [];
  for (const b of order) {
    const options: (LabelSide | null)[] = !b.label
      ? [null]
      : b.node.centred
        ? ['center']
        : b.side && b.side !== 'center'
          ? [b.side, ...sides.filter((s) => s !== b.side)]
          : [...sides];
    const held = b.node.held || b.node.centred;
    let spot = search(b, options, held ? 0 : reach);
    if (!spot && b.label && !b.node.centred) {
      spot =
        search(b, [null], held ? 0 : 2 * reach) ?? search(b, [null], held ? 0 : Math.max(W, H));
      hidden.push(b);
    }
    if (!spot) {
      // No room at all (a frame far too small): stay, overlapping, rather than vanish.
      const box = sideBox(b.d, null, null, gap);
      spot = { x: b.x, y: b.y, side: null, box, rect: rectOf({ x: b.x, y: b.y, ...box }, pad) };
      if (b.label) hidden.push(b);
    }
    Object.assign(b, { x: spot.x, y: spot.y, side: spot.side, ...spot.box });
    grid.set(b.index, spot.rect);
  }
  // A last look further afield for the labels still hidden, most important first: a name that
  // moves its node a little way is better than a node with no name.
  return hidden.filter((b) => {
    if (b.node.held || !b.label) return true;
    grid.set(b.index, undefined);
    const spot = search(b, sides, rescue);
    if (spot) Object.assign(b, { x: spot.x, y: spot.y, side: spot.side, ...spot.box });
    grid.set(b.index, spot ? spot.rect : rectOf(b, pad));
    return !spot;
  });
}
