/**
 * Which actor an arrow key moves to: pure geometry on drawn positions (screen axes, y down), so
 * the canvas, its tests and the browser tests share one rule.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const AXES: Record<Direction, { x: number; y: number }> = {
  right: { x: 1, y: 0 },
  left: { x: -1, y: 0 },
  down: { x: 0, y: 1 },
  up: { x: 0, y: -1 },
};

/** Only actors within ±60° of the key's direction count: the four cones cover every bearing. */
const CONE = Math.tan((60 * Math.PI) / 180);
/** Each pixel off the axis costs this much more than a pixel along it. */
const SIDE_WEIGHT = 2;
/** Closer than this along the axis is not ahead (the same column or row). */
const EPSILON = 1e-6;

interface Scored {
  id: string;
  score: number;
  side: number;
  x: number;
  y: number;
}

/** Lower score first; then nearer the axis; then in reading order (top, then left); then by id. */
function better(a: Scored, b: Scored): boolean {
  if (Math.abs(a.score - b.score) > EPSILON) return a.score < b.score;
  if (Math.abs(a.side - b.side) > EPSILON) return a.side < b.side;
  if (Math.abs(a.y - b.y) > EPSILON) return a.y < b.y;
  if (Math.abs(a.x - b.x) > EPSILON) return a.x < b.x;
  return a.id < b.id;
}

/**
 * The nearest candidate ahead of `from` in `direction`, or null when none is (the edge of the
 * map). Distance counts with the sideways offset weighted, so an actor roughly in line beats a
 * slightly nearer one far off to the side. `from.id` itself is never a candidate.
 */
export function nearestInDirection(
  from: Placed,
  direction: Direction,
  candidates: readonly Placed[],
): string | null {
  const axis = AXES[direction];
  let best: Scored | null = null;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const ahead = dx * axis.x + dy * axis.y;
    const side = Math.abs(dx * axis.y - dy * axis.x);
    if (ahead <= EPSILON || side > ahead * CONE) continue;
    const scored = { ...c, score: Math.hypot(ahead, side) + SIDE_WEIGHT * side, side };
    if (!best || better(scored, best)) best = scored;
  }
  return best?.id ?? null;
}

/** The candidate nearest a point (ties in reading order, then by id); null when there is none. */
export function nearestTo(point: { x: number; y: number }, candidates: readonly Placed[]) {
  let best: Scored | null = null;
  for (const c of candidates) {
    const scored = { ...c, score: Math.hypot(c.x - point.x, c.y - point.y), side: 0 };
    if (!best || better(scored, best)) best = scored;
  }
  return best?.id ?? null;
}
