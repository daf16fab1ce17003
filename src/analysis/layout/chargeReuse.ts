/**
 * The many-body charge worked out every `every` ticks instead of every tick; the ticks between
 * add the velocity it gave last time, scaled by how far alpha has cooled since. Nodes move
 * little from one tick to the next, so the push they feel changes little too.
 *
 * The charge is most of a big layout's time (Barnes–Hut over all nodes): at 5,000 actors every
 * other tick took the ticks from 1.7 s to 1.0 s, at 20,000 from 11.9 s to 6.8 s, with the same
 * edge-length spread, mean edge and sector cohesion, and no overlaps left at 5,000 after the
 * clean-up (docs/big-maps.md).
 */
import type { Force } from 'd3-force';

interface Moving {
  vx?: number | undefined;
  vy?: number | undefined;
}

export function reusedCharge<N extends Moving>(
  charge: Force<N, undefined>,
  every: number,
): Force<N, undefined> {
  let nodes: N[] = [];
  let dvx = new Float64Array(0);
  let dvy = new Float64Array(0);
  let tick = 0;
  let alphaThen = 1;
  const force = (alpha: number) => {
    const n = nodes.length;
    // Reheated (a drag, a pin): alpha grew, and the last push would be scaled up with it.
    if (tick++ % every === 0 || alpha >= alphaThen) {
      for (let i = 0; i < n; i++) {
        const d = nodes[i] as N;
        dvx[i] = d.vx ?? 0;
        dvy[i] = d.vy ?? 0;
      }
      charge(alpha);
      for (let i = 0; i < n; i++) {
        const d = nodes[i] as N;
        dvx[i] = (d.vx ?? 0) - (dvx[i] ?? 0);
        dvy[i] = (d.vy ?? 0) - (dvy[i] ?? 0);
      }
      alphaThen = alpha;
      return;
    }
    const scale = alpha / alphaThen;
    for (let i = 0; i < n; i++) {
      const d = nodes[i] as N;
      d.vx = (d.vx ?? 0) + (dvx[i] ?? 0) * scale;
      d.vy = (d.vy ?? 0) + (dvy[i] ?? 0) * scale;
    }
  };
  force.initialize = (all: N[], random: () => number) => {
    nodes = all;
    dvx = new Float64Array(all.length);
    dvy = new Float64Array(all.length);
    // The next tick works the charge out afresh: the nodes may be others now.
    tick = 0;
    charge.initialize?.(all, random);
  };
  return force;
}
