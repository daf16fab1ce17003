import type { SceneNode } from './scene';

/** A label's unscaled box: width of its longest line, height of its lines. */
export interface LabelSize {
  w: number;
  h: number;
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  owner: number;
}

function anyOverlap(rects: Rect[]): boolean {
  rects.sort((a, b) => a.x1 - b.x1);
  for (let i = 0; i < rects.length; i++) {
    const a = rects[i] as Rect;
    for (let j = i + 1; j < rects.length; j++) {
      const b = rects[j] as Rect;
      if (b.x1 >= a.x2) break;
      if (a.owner !== b.owner && b.y1 < a.y2 && a.y1 < b.y2) return true;
    }
  }
  return false;
}

/**
 * The largest label scale, up to `max`, at which no label covers another label or another node.
 * A slide shows the whole map smaller than the screen does; where the layout leaves room, the
 * labels grow so they stay readable on the page. Deterministic: a fixed-step bisection.
 */
export function fitLabelScale(
  nodes: readonly SceneNode[],
  sizes: readonly LabelSize[],
  margin: number,
  max: number,
): number {
  const rectsAt = (s: number): Rect[] =>
    nodes.flatMap((n, i) => {
      const r = n.size / 2;
      const size = sizes[i] ?? { w: 0, h: 0 };
      const top = n.y + r + margin;
      return [
        { x1: n.x - r, y1: n.y - r, x2: n.x + r, y2: n.y + r, owner: i },
        {
          x1: n.x - (size.w * s) / 2,
          y1: top,
          x2: n.x + (size.w * s) / 2,
          y2: top + size.h * s,
          owner: i,
        },
      ];
    });
  if (max <= 1 || anyOverlap(rectsAt(1))) return 1;
  if (!anyOverlap(rectsAt(max))) return max;
  let lo = 1;
  let hi = max;
  for (let step = 0; step < 10; step++) {
    const mid = (lo + hi) / 2;
    if (anyOverlap(rectsAt(mid))) hi = mid;
    else lo = mid;
  }
  return Math.floor(lo * 100) / 100;
}
