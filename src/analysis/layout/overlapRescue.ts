/**
 * The last step of the network layout's clean-up (`LayoutSimulation.finish`). Pairwise pushes
 * clear a few overlaps in a pass or two, but a crowd packed tighter than its boxes allow (the
 * middle of a graph with no sector structure) only clears as the squeeze travels outwards, one
 * box per pass. Here the boxes still overlapping are placed again one by one instead, most
 * important first, each at the free spot nearest to where it is, so the clean-up always ends.
 */
import { Grid, hit, type Rect } from './frameGrid';
import type { RectNode } from './rectCollide';

const rectAt = (d: RectNode, x: number, y: number, half: number): Rect => {
  const cx = x + (d.dx ?? 0);
  const cy = y + (d.dy ?? 0);
  return {
    x1: cx - d.w / 2 - half,
    y1: cy - d.h / 2 - half,
    x2: cx + d.w / 2 + half,
    y2: cy + d.h / 2 + half,
  };
};

/** Indices of the boxes that overlap another: a sweep along x, O(n log n + pairs in x). */
export function overlapping(rects: readonly Rect[]): Set<number> {
  const order = rects.map((_, i) => i).sort((a, b) => (rects[a]?.x1 ?? 0) - (rects[b]?.x1 ?? 0));
  const out = new Set<number>();
  for (let a = 0; a < order.length; a++) {
    const i = order[a] ?? 0;
    const p = rects[i];
    if (!p) continue;
    for (let b = a + 1; b < order.length; b++) {
      const j = order[b] ?? 0;
      const q = rects[j];
      if (!q || q.x1 >= p.x2) break;
      if (hit(p, q)) {
        out.add(i);
        out.add(j);
      }
    }
  }
  return out;
}

/**
 * Moves every box that overlaps another (kept `gap` apart) to the nearest free spot, except
 * pinned ones (fx/fy); `rank` orders them, higher first, and the first keep their places.
 * Returns how many moved. Only two pinned boxes can overlap afterwards.
 */
export function placeOverlapping<N extends RectNode>(
  nodes: readonly N[],
  gap: number,
  rank: (node: N) => number,
): number {
  const half = Math.max(0, gap) / 2;
  const rects = nodes.map((d) => rectAt(d, d.x ?? 0, d.y ?? 0, half));
  const crowd = overlapping(rects);
  if (crowd.size === 0) return 0;

  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  let sx = 0;
  let sy = 0;
  for (const r of rects) {
    x0 = Math.min(x0, r.x1);
    y0 = Math.min(y0, r.y1);
    x1 = Math.max(x1, r.x2);
    y1 = Math.max(y1, r.y2);
    sx += (r.x1 + r.x2) / 2;
    sy += (r.y1 + r.y2) / 2;
  }
  const mx = sx / rects.length;
  const my = sy / rects.length;
  const heights = rects.map((r) => r.y2 - r.y1).sort((a, b) => a - b);
  const typical = Math.max(4, heights[heights.length >> 1] ?? 4);
  // The grid counts from 0: shift every box by the layout's top-left corner.
  const shift = (r: Rect): Rect => ({ x1: r.x1 - x0, y1: r.y1 - y0, x2: r.x2 - x0, y2: r.y2 - y0 });
  const grid = new Grid(2 * typical, x1 - x0, y1 - y0);
  rects.forEach((r, i) => {
    if (!crowd.has(i)) grid.set(i, shift(r));
  });

  const pinned = (d: N) => d.fx != null || d.fy != null;
  const order = [...crowd].sort((a, b) => {
    const p = nodes[a] as N;
    const q = nodes[b] as N;
    return Number(pinned(q)) - Number(pinned(p)) || rank(q) - rank(p) || a - b;
  });
  const step = Math.max(2, typical / 3);
  const far = Math.hypot(x1 - x0, y1 - y0) + 4 * typical;
  let moved = 0;
  for (const i of order) {
    const d = nodes[i] as N;
    const x = d.x ?? 0;
    const y = d.y ?? 0;
    const own = rects[i] as Rect;
    if (pinned(d) || !grid.blocked(shift(own), i)) {
      grid.set(i, shift(own));
      continue;
    }
    // Rings a step apart, then wider; on each ring the spot pointing away from the middle first,
    // so a crowd opens outwards. Past `far` every spot is free.
    const out = Math.atan2(y - my, x - mx);
    let spot: Rect | null = null;
    for (let r = step; !spot; r += Math.max(step, r * 0.1)) {
      const k = Math.min(64, Math.max(8, Math.ceil((2 * Math.PI * r) / step)));
      for (let a = 0; a < k && !spot; a++) {
        // 0, +1, −1, +2, −2, … steps round from the outward direction.
        const turn = (a % 2 === 0 ? a / 2 : -(a + 1) / 2) * ((2 * Math.PI) / k);
        const nx = x + r * Math.cos(out + turn);
        const ny = y + r * Math.sin(out + turn);
        const rect = rectAt(d, nx, ny, half);
        if (r > far || !grid.blocked(shift(rect), i)) {
          spot = rect;
          d.x = nx;
          d.y = ny;
        }
      }
    }
    grid.set(i, shift(spot));
    moved++;
  }
  return moved;
}
