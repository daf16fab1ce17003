import { BoxGrid } from '../../src/analysis/layout/boxGrid';
import { IndexSet } from '../../src/analysis/layout/indexSet';
import { mulberry32 } from '../../src/analysis/layout/prng';
import { at } from './fixtures';

interface Boxes {
  x: Float64Array;
  y: Float64Array;
  hw: Float64Array;
  hh: Float64Array;
}

/**
 * Label-like boxes (40–200 × 20–40) with every 25th ten times as wide, one 60 times as large
 * (past the grid's cell limit), and the centres spread over `spread` px; `outlier` puts one box
 * far away, so the boxes' extent is huge next to their size.
 */
function randomBoxes(n: number, seed: number, spread: number, outlier = false): Boxes {
  const rnd = mulberry32(seed);
  const b: Boxes = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    hw: new Float64Array(n),
    hh: new Float64Array(n),
  };
  for (let k = 0; k < n; k++) {
    b.x[k] = (rnd() - 0.5) * spread;
    b.y[k] = (rnd() - 0.5) * spread;
    b.hw[k] = (40 + rnd() * 160) / 2;
    b.hh[k] = (20 + rnd() * 20) / 2;
    if (k % 25 === 3) b.hw[k] = (b.hw[k] ?? 0) * 10;
  }
  b.hw[7] = 3000;
  b.hh[7] = 1200;
  if (outlier) {
    b.x[11] = 3e7;
    b.y[11] = -2e7;
  }
  return b;
}

/** Boxes whose padded extent overlaps the rectangle by more than a hair on both axes. */
function bruteForce(b: Boxes, pad: number, x0: number, y0: number, x1: number, y1: number) {
  const hits: number[] = [];
  for (let k = 0; k < b.x.length; k++) {
    const cx = at(b.x, k);
    const cy = at(b.y, k);
    const rx = at(b.hw, k) + pad;
    const ry = at(b.hh, k) + pad;
    const ox = Math.min(x1, cx + rx) - Math.max(x0, cx - rx);
    const oy = Math.min(y1, cy + ry) - Math.max(y0, cy - ry);
    if (ox > 1e-6 && oy > 1e-6) hits.push(k);
  }
  return hits;
}

function queried(grid: BoxGrid, x0: number, y0: number, x1: number, y1: number): number[] {
  const count = grid.query(x0, y0, x1, y1);
  return Array.from(grid.found.subarray(0, count));
}

describe('BoxGrid', () => {
  it.each([
    ['a dense crowd', 1, 1500],
    ['a sparse spread', 2, 40_000],
    ['a crowd with one box far away', 3, 3000],
  ] as const)('finds every box a rectangle meets, none twice, in %s', (_, seed, spread) => {
    const n = 600;
    const b = randomBoxes(n, seed, spread, seed === 3);
    const grid = new BoxGrid();
    const pad = 2;
    grid.build(n, b.x, b.y, b.hw, b.hh, pad);
    const rnd = mulberry32(seed + 100);
    let extras = 0;
    for (let q = 0; q < n; q++) {
      // Each box's own rectangle grown by up to 30 px, as the collision force asks.
      const grow = rnd() * 30;
      const x0 = at(b.x, q) - at(b.hw, q) - pad - grow;
      const x1 = at(b.x, q) + at(b.hw, q) + pad + grow;
      const y0 = at(b.y, q) - at(b.hh, q) - pad - grow;
      const y1 = at(b.y, q) + at(b.hh, q) + pad + grow;
      const found = queried(grid, x0, y0, x1, y1);
      expect(new Set(found).size).toBe(found.length);
      const want = bruteForce(b, pad, x0, y0, x1, y1);
      const got = new Set(found);
      expect(want.filter((k) => !got.has(k))).toEqual([]);
      extras += found.length - want.length;
    }
    // The cells prune: far fewer candidates than boxes (the giant box comes with every query).
    expect(extras / n).toBeLessThan(n / 10);
  });

  it('returns a box that moved away from its cell, once, after it is loosened', () => {
    const n = 200;
    const b = randomBoxes(n, 4, 2000);
    const grid = new BoxGrid();
    grid.build(n, b.x, b.y, b.hw, b.hh, 0);
    // Box 20 jumps 5,000 px: the grid still holds it at its old place.
    b.x[20] = at(b.x, 20) + 5000;
    const near = (k: number) =>
      queried(
        grid,
        at(b.x, k) - at(b.hw, k),
        at(b.y, k) - at(b.hh, k),
        at(b.x, k) + at(b.hw, k),
        at(b.y, k) + at(b.hh, k),
      );
    grid.loosen(20);
    expect(grid.looseCount()).toBe(1);
    const there = near(20);
    expect(there.filter((k) => k === 20)).toHaveLength(1);
    // Queried at its old place too (where its cell still lists it), it still comes once.
    b.x[20] = at(b.x, 20) - 5000;
    expect(near(20).filter((k) => k === 20)).toHaveLength(1);
    // A rebuild forgets it was loose.
    grid.build(n, b.x, b.y, b.hw, b.hh, 0);
    expect(grid.looseCount()).toBe(0);
  });

  it('leaves out boxes at no finite place and keeps an infinite box from hanging the build', () => {
    const x = Float64Array.from([0, Number.NaN, 10, 1e6]);
    const y = Float64Array.from([0, 0, Number.POSITIVE_INFINITY, 0]);
    const hw = Float64Array.from([10, 10, 10, Number.POSITIVE_INFINITY]);
    const hh = Float64Array.from([10, 10, 10, 10]);
    const grid = new BoxGrid();
    grid.build(4, x, y, hw, hh, 0);
    // Box 3 spans everything, so it meets every rectangle.
    expect(queried(grid, -5, -5, 5, 5).sort()).toEqual([0, 3]);
    expect(queried(grid, -1e9, -1e9, 1e9, 1e9).sort()).toEqual([0, 3]);
  });

  it('reuses its arrays when rebuilt for fewer boxes', () => {
    const big = randomBoxes(400, 5, 3000);
    const grid = new BoxGrid();
    grid.build(400, big.x, big.y, big.hw, big.hh, 1);
    const small = randomBoxes(50, 6, 600);
    grid.build(50, small.x, small.y, small.hw, small.hh, 1);
    const found = queried(grid, -1e5, -1e5, 1e5, 1e5).sort((a, b) => a - b);
    expect(found).toEqual(Array.from({ length: 50 }, (_, k) => k));
  });
});

describe('IndexSet', () => {
  it('keeps each index once, in the order added, and clears only what it holds', () => {
    const s = new IndexSet(10);
    for (const k of [4, 2, 4, 9, 2, 12]) s.add(k);
    expect(Array.from(s.list.subarray(0, s.size))).toEqual([4, 2, 9]);
    expect([s.has[4], s.has[2], s.has[9], s.has[0]]).toEqual([1, 1, 1, 0]);
    s.clear();
    expect(s.size).toBe(0);
    expect(Array.from(s.has).every((v) => v === 0)).toBe(true);
  });
});
