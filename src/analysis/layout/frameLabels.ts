/**
 * The frame-fit layout's last word (docs/legibility.md): nodes are placed one by one, most
 * important first, each at the free spot nearest to where the force layout put it, with its label
 * on the first side that fits there. A label that finds no spot within reach is hidden, and its
 * node takes the nearest spot free for the node alone. Nothing overlaps afterwards, and the more
 * important a node, the closer it stays to its place.
 */
import { type Body, importanceOrder, makeBodies } from './frameBodies';
import { type LabelSide, type SideBox, sideBox } from './frameBoxes';
import type { FrameNode } from './frameFit';
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
  const search = (
    b: Body,
    options: readonly (LabelSide | null)[],
    limit: number,
    x0 = b.x,
    y0 = b.y,
  ): Spot | null => {
    // Rings a step apart near the place, then further apart: far spots need less precision.
    for (let r = 0; r <= limit; r += Math.max(step, r * 0.15)) {
      const k = r === 0 ? 1 : Math.min(48, Math.max(8, Math.ceil((2 * Math.PI * r) / step)));
      for (let a = 0; a < k; a++) {
        const angle = (2 * Math.PI * a) / k;
        const x = x0 + r * Math.cos(angle);
        const y = y0 + r * Math.sin(angle);
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
    // A held node stays put; a background label may move a little to stay clear of the rest.
    const held = b.node.held;
    // A held node stays at its anchor, with its label or without, wherever it fits there: the
    // clamp may have moved it in for the box of a side it no longer takes.
    const anchored =
      b.node.held && !b.node.centred
        ? (search(b, options, 0, b.ax, b.ay) ?? (b.label ? search(b, [null], 0, b.ax, b.ay) : null))
        : null;
    let spot = anchored ?? search(b, options, held ? 0 : b.node.centred ? reach / 2 : reach);
    if (anchored && anchored.side === null && b.label) hidden.push(b);
    if (!spot && b.label && !b.node.centred) {
      spot =
        search(b, [null], held ? 0 : 2 * reach) ?? search(b, [null], held ? 0 : Math.max(W, H));
      hidden.push(b);
    }
    if (!spot) {
      // No room at all (a frame far too small): stay, overlapping, rather than vanish.
      const box = sideBox(b.d, null, null, gap);
      spot = { x: b.x, y: b.y, side: null, box, rect: rectOf({ x: b.x, y: b.y, ...box }, pad) };
      if (b.label && !hidden.includes(b)) hidden.push(b);
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

/**
 * Labels for nodes that stay where they are (a zoomed-in canvas, where labels keep their size on
 * screen and so find more room): each, most important first, on the first side where it covers
 * nothing placed before it, or hidden. Node circles are placed first.
 */
export function labelsAt(
  nodes: readonly FrameNode[],
  sides: readonly LabelSide[],
  gap: number,
  pad: number,
  /** Each node's side now, tried first: a label that fits where it is stays there. */
  current: readonly (LabelSide | null)[] = [],
): (LabelSide | null)[] {
  if (nodes.length === 0) return [];
  const bodies = makeBodies(nodes, sides[0] ?? 'below', gap);
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const b of bodies) {
    x1 = Math.min(x1, b.node.x);
    y1 = Math.min(y1, b.node.y);
    x2 = Math.max(x2, b.node.x);
    y2 = Math.max(y2, b.node.y);
  }
  // Shifted so the grid starts at 0, with a margin for labels past the outermost nodes.
  const margin = Math.max(...bodies.map((b) => Math.max(b.w, b.h)));
  const ox = x1 - margin;
  const oy = y1 - margin;
  for (const b of bodies) {
    b.x = b.node.x - ox;
    b.y = b.node.y - oy;
  }
  const W = x2 - x1 + 2 * margin;
  const H = y2 - y1 + 2 * margin;
  const sizes = bodies.map((b) => Math.max(b.d, 8)).sort((a, b) => a - b);
  const cell = Math.max(16, (sizes[Math.floor(sizes.length / 2)] ?? 16) * 2);
  const grid = new Grid(cell, W, H);
  for (const b of bodies)
    grid.set(b.index, rectOf({ x: b.x, y: b.y, ...sideBox(b.d, null, null, gap) }, pad));
  for (const b of importanceOrder(bodies)) {
    if (!b.label) continue;
    const now = current[b.index];
    const options: LabelSide[] = b.node.centred
      ? ['center']
      : now && now !== 'center'
        ? [now, ...sides.filter((x) => x !== now)]
        : [...sides];
    b.side = null;
    for (const side of options) {
      const rect = rectOf({ x: b.x, y: b.y, ...sideBox(b.d, b.label, side, gap) }, pad);
      if (grid.blocked(rect, b.index)) continue;
      b.side = side;
      grid.set(b.index, rect);
      break;
    }
  }
  return bodies.map((b) => b.side);
}
