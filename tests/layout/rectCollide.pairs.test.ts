import { mulberry32 } from '../../src/analysis/layout/prng';
import { forceRectCollide, type RectNode } from '../../src/analysis/layout/rectCollide';
import { at } from './fixtures';

interface N extends RectNode {
  x: number;
  y: number;
  w: number;
  h: number;
  dy: number;
}

/** Pairs of boxes overlapping by more than `eps` on both axes, each grown by `grow`: O(n²). */
function bruteForcePairs(nodes: readonly N[], grow = 0, eps = 1e-6): number {
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    const a = at(nodes, i);
    for (let j = i + 1; j < nodes.length; j++) {
      const b = at(nodes, j);
      const ox = (a.w + b.w) / 2 + grow - Math.abs(a.x - b.x);
      const oy = (a.h + b.h) / 2 + grow - Math.abs(a.y + a.dy - (b.y + b.dy));
      if (ox > eps && oy > eps) count++;
    }
  }
  return count;
}

/**
 * Label-like boxes of varied sizes round (0, 0): every 20th eight times as wide, every 15th
 * pinned, with `huge` one huge box, and with `outlier` one box far away (so the boxes' extent
 * dwarfs their size).
 */
function crowd(
  n: number,
  seed: number,
  spread: number,
  { huge = true, outlier = false } = {},
): N[] {
  const rnd = mulberry32(seed);
  const nodes: N[] = Array.from({ length: n }, (_, i) => ({
    x: (rnd() - 0.5) * spread,
    y: (rnd() - 0.5) * spread,
    w: (40 + rnd() * 160) * (i % 20 === 5 ? 8 : 1),
    h: 20 + rnd() * 20,
    dy: rnd() < 0.5 ? 0 : 12,
  }));
  if (huge) {
    at(nodes, 3).w = 4000;
    at(nodes, 3).h = 1500;
  }
  for (let i = 0; i < n; i += 15) {
    const d = at(nodes, i);
    d.fx = d.x;
    d.fy = d.y;
  }
  if (outlier) at(nodes, 8).x = 5e7;
  return nodes;
}

describe('forceRectCollide against a brute-force check', () => {
  it.each([
    ['a dense crowd', 1, 2500, false],
    ['a sparse spread', 2, 30_000, false],
    ['a crowd and one box far away', 3, 4000, true],
  ] as const)('counts exactly the overlapping pairs of %s', (_, seed, spread, outlier) => {
    const nodes = crowd(500, seed, spread, { outlier });
    const want = bruteForcePairs(nodes);
    expect(want).toBeGreaterThan(outlier ? 50 : 5);
    const force = forceRectCollide<N>();
    force.initialize(nodes, mulberry32(1));
    // No passes: only the count of the pairs overlapping now.
    expect(force.settle({ maxPasses: 0 })).toBe(want);
  });

  it('pushes each overlapping pair along its axis of least penetration, by area, once', () => {
    // Isolated pairs 5,000 px apart, so the result does not depend on the order of the pairs.
    const rnd = mulberry32(9);
    const nodes: N[] = [];
    const pairs = 60;
    for (let p = 0; p < pairs; p++) {
      const x = (p % 8) * 5000;
      const y = Math.floor(p / 8) * 5000;
      const a: N = { x, y, w: 40 + rnd() * 200, h: 20 + rnd() * 30, dy: 10, vx: 0, vy: 0 };
      const b: N = {
        x: x + (rnd() - 0.5) * 60,
        y: y + (rnd() - 0.5) * 30,
        w: 40 + rnd() * 200,
        h: 20 + rnd() * 30,
        dy: 10,
        vx: 0,
        vy: 0,
      };
      if (p % 5 === 1) {
        a.fx = a.x;
        a.fy = a.y;
      }
      if (p % 5 === 2) {
        b.fx = b.x;
        b.fy = b.y;
      }
      // Alternate which of the two has the lower index.
      if (p % 2 === 0) nodes.push(a, b);
      else nodes.push(b, a);
    }
    const padding = 6;
    const strength = 0.5;
    const expected = nodes.map(() => ({ vx: 0, vy: 0 }));
    const area = (d: N) => Math.max(1, ((d.w + padding) / 2) * ((d.h + padding) / 2));
    let overlapping = 0;
    for (let p = 0; p < pairs; p++) {
      const [i, j] = [2 * p, 2 * p + 1];
      const a = at(nodes, i);
      const b = at(nodes, j);
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const ox = (a.w + b.w) / 2 + padding - Math.abs(dx);
      const oy = (a.h + b.h) / 2 + padding - Math.abs(dy);
      if (ox <= 0 || oy <= 0) continue;
      overlapping++;
      const si = a.fx != null ? 0 : b.fx != null ? 1 : area(b) / (area(a) + area(b));
      const sj = 1 - si;
      const push = ox < oy ? Math.sign(dx) * ox : Math.sign(dy) * oy;
      const axis = ox < oy ? 'vx' : 'vy';
      at(expected, i)[axis] = push * si * strength;
      at(expected, j)[axis] = -push * sj * strength;
    }
    expect(overlapping).toBeGreaterThan(pairs / 2);
    const force = forceRectCollide<N>().padding(padding).strength(strength).iterations(1);
    force.initialize(nodes, mulberry32(1));
    force(1);
    nodes.forEach((d, i) => {
      expect(d.vx).toBeCloseTo(at(expected, i).vx, 9);
      expect(d.vy).toBeCloseTo(at(expected, i).vy, 9);
      if (d.fx != null) expect([d.vx, d.vy]).toEqual([0, 0]);
    });
  });

  it('settles a pile of varied boxes to the gap without moving the pinned ones', () => {
    // 250 boxes in a 2,500 px square, about half of them in an overlapping pair.
    const nodes = crowd(250, 4, 2500, { huge: false });
    // The pinned ones on a grid of their own, apart from each other.
    nodes.forEach((d, i) => {
      if (d.fx == null) return;
      d.fx = d.x = (i % 7) * 1800;
      d.fy = d.y = Math.floor(i / 7) * 900;
    });
    expect(bruteForcePairs(nodes.filter((d) => d.fx != null))).toBe(0);
    const pinned = nodes.filter((d) => d.fx != null).map((d) => [d.x, d.y]);
    const force = forceRectCollide<N>();
    force.initialize(nodes, mulberry32(2));
    // A budget spent after the first pass: the count is of the pairs still overlapping.
    const early = force.settle({ gap: 2, stop: () => true });
    expect(early).toBeGreaterThan(0);
    expect(early).toBe(bruteForcePairs(nodes));
    expect(force.settle({ gap: 2 })).toBe(0);
    // No two boxes closer than the gap (each grown by half of it), up to rounding.
    expect(bruteForcePairs(nodes, 2, 1e-6)).toBe(0);
    expect(nodes.filter((d) => d.fx != null).map((d) => [d.x, d.y])).toEqual(pinned);
  });

  it.each([
    ['small boxes, a few pinned', 300, 0.05],
    ['a tight pile of small boxes', 150, 0],
  ] as const)('reports honestly the pairs it leaves, settling %s', (_, spread, pinShare) => {
    // Boxes of 5–15 px, pushed by up to their size a pass: far beyond their cells of the grid, so
    // a pass that misses a box which drifted would call the layout clean while a pair overlaps.
    for (let seed = 1; seed <= 12; seed++) {
      const rnd = mulberry32(seed);
      const nodes: N[] = Array.from({ length: 300 }, () => ({
        x: (rnd() - 0.5) * spread,
        y: (rnd() - 0.5) * spread,
        w: 5 + rnd() * 10,
        h: 5 + rnd() * 10,
        dy: 0,
      }));
      for (const d of nodes) {
        if (rnd() >= pinShare) continue;
        d.fx = d.x;
        d.fy = d.y;
      }
      const pinned = nodes.filter((d) => d.fx != null).map((d) => [d.x, d.y]);
      const force = forceRectCollide<N>();
      force.initialize(nodes, mulberry32(2));
      expect(force.settle({ gap: 0 })).toBe(bruteForcePairs(nodes));
      expect(nodes.filter((d) => d.fx != null).map((d) => [d.x, d.y])).toEqual(pinned);
    }
  });

  it('separates a crowd by position, moving no pinned box', () => {
    const nodes = crowd(300, 5, 4000, { huge: false });
    const pinned = nodes.filter((d) => d.fx != null).map((d) => [d.x, d.y]);
    // Pinned boxes that overlap each other cannot be separated: count them.
    const fixedPairs = bruteForcePairs(nodes.filter((d) => d.fx != null));
    const force = forceRectCollide<N>();
    force.initialize(nodes, mulberry32(3));
    expect(force.separate(500, 0)).toBe(fixedPairs);
    expect(bruteForcePairs(nodes)).toBe(fixedPairs);
    expect(nodes.filter((d) => d.fx != null).map((d) => [d.x, d.y])).toEqual(pinned);
  });
});
