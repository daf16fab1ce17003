/**
 * The frame-fit layout's building blocks: monotone axis maps, the boxes a label side makes, and
 * the grid that answers "is this box free?". `frameFit.test.ts` covers the layout itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisMap, axisShares, forward, inverse } from '../../src/analysis/layout/frameAxes';
import {
  LABEL_SIDES,
  type LabelSide,
  outsideArea,
  overlapArea,
  sideBox,
} from '../../src/analysis/layout/frameBoxes';
import { Grid, hit, type Rect } from '../../src/analysis/layout/frameGrid';

describe('axisShares', () => {
  it('is the linear share with spread 0 and the rank with spread 1, ties sharing the mean rank', () => {
    expect(axisShares([3, 1, 2, 5], 0)).toEqual([0.5, 0, 0.25, 1]);
    expect(axisShares([3, 1, 2, 5], 1)).toEqual([2 / 3, 0, 1 / 3, 1]);
    // Ranks 1 and 2 of 0–3 tie: both get 1.5 / 3.
    expect(axisShares([1, 2, 2, 3], 1)).toEqual([0, 0.5, 0.5, 1]);
    // Three equal largest values share ranks 1–3; the smallest is alone at 0.
    expect(axisShares([5, 5, 0, 5], 1)).toEqual([2 / 3, 2 / 3, 0, 2 / 3]);
    // A clustered axis: spread 1 spaces the values evenly, 0.5 goes half way.
    const half = axisShares([0, 1, 2, 100], 0.5);
    [0, (0.01 + 1 / 3) / 2, (0.02 + 2 / 3) / 2, 1].forEach((v, i) => {
      expect(half[i]).toBeCloseTo(v, 12);
    });
  });

  it('puts every value in the middle when they are all equal, and clamps the spread', () => {
    expect(axisShares([], 0.5)).toEqual([]);
    expect(axisShares([7], 0)).toEqual([0.5]);
    expect(axisShares([4, 4, 4], 1)).toEqual([0.5, 0.5, 0.5]);
    expect(axisShares([0, 1, 10], 2)).toEqual(axisShares([0, 1, 10], 1));
    expect(axisShares([0, 1, 10], -1)).toEqual(axisShares([0, 1, 10], 0));
  });

  it('is monotone for any spread, and blends the linear share with the rank (property)', () => {
    const value = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, spread) => {
          const s = axisShares(values, spread);
          const lin = axisShares(values, 0);
          const rank = axisShares(values, 1);
          const min = Math.min(...values);
          const max = Math.max(...values);
          values.forEach((v, i) => {
            const si = s[i] ?? Number.NaN;
            expect(si).toBeGreaterThanOrEqual(0);
            expect(si).toBeLessThanOrEqual(1 + 1e-12);
            values.forEach((w, j) => {
              if (v < w) expect(si).toBeLessThanOrEqual(s[j] ?? Number.NaN);
              if (v === w) expect(si).toBe(s[j]);
            });
            if (max > min) {
              // Our own linear share and mean rank, counted from scratch.
              expect(lin[i]).toBeCloseTo((v - min) / (max - min), 12);
              const below = values.filter((w) => w < v).length;
              const equal = values.filter((w) => w === v).length;
              expect(rank[i]).toBeCloseTo((below + (equal - 1) / 2) / (values.length - 1), 12);
              expect(si).toBeCloseTo((1 - spread) * (lin[i] ?? 0) + spread * (rank[i] ?? 0), 12);
            }
          });
          if (max > min) {
            expect(lin[values.indexOf(min)]).toBe(0);
            expect(lin[values.indexOf(max)]).toBe(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('axisMap, forward and inverse', () => {
  it('interpolate between the samples and continue the end slopes beyond them', () => {
    const m = axisMap([20, 0, 10], [400, 100, 200]);
    expect(m).toEqual({ from: [0, 10, 20], to: [100, 200, 400] });
    expect(forward(m, 5)).toBe(150);
    expect(forward(m, 15)).toBe(300);
    expect(forward(m, -5)).toBe(50);
    expect(forward(m, 30)).toBe(600);
    expect(inverse(m, 300)).toBe(15);
    expect(inverse(m, 50)).toBe(-5);
    expect(inverse(m, 600)).toBe(30);
  });

  it('keeps one frame value per source value, and shifts by one sample or none', () => {
    expect(axisMap([1, 1, 2], [5, 5, 9])).toEqual({ from: [1, 2], to: [5, 9] });
    const one = axisMap([3], [40]);
    expect(forward(one, 5)).toBe(42);
    expect(inverse(one, 38)).toBe(1);
    const none = axisMap([], []);
    expect(forward(none, 7)).toBe(7);
    expect(inverse(none, 7)).toBe(7);
  });

  it('round-trip on the samples, between them and beyond the ends (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: 10, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        (values, spread, offset, length, t, beyond) => {
          const placed = axisShares(values, spread).map((s) => offset + s * length);
          const m = axisMap(values, placed);
          values.forEach((v, i) => {
            expect(forward(m, v)).toBeCloseTo(placed[i] ?? Number.NaN, 9);
            expect(inverse(m, placed[i] ?? Number.NaN)).toBeCloseTo(v, 9);
          });
          const sorted = [...values].sort((a, b) => a - b);
          for (let k = 0; k + 1 < sorted.length; k++) {
            const a = sorted[k] ?? 0;
            const b = sorted[k + 1] ?? 0;
            const v = a + t * (b - a);
            const f = forward(m, v);
            expect(f).toBeGreaterThanOrEqual(forward(m, a) - 1e-9);
            expect(f).toBeLessThanOrEqual(forward(m, b) + 1e-9);
            expect(inverse(m, f)).toBeCloseTo(v, 6);
          }
          const lo = (sorted[0] ?? 0) - beyond;
          const hi = (sorted[sorted.length - 1] ?? 0) + beyond;
          expect(forward(m, lo)).toBeLessThan(forward(m, sorted[0] ?? 0));
          expect(forward(m, hi)).toBeGreaterThan(forward(m, sorted[sorted.length - 1] ?? 0));
          expect(inverse(m, forward(m, lo))).toBeCloseTo(lo, 6);
          expect(inverse(m, forward(m, hi))).toBeCloseTo(hi, 6);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('sideBox', () => {
  const label = { w: 100, h: 30 };

  it('takes the circle and the label on each side', () => {
    expect(sideBox(20, label, 'below', 5)).toEqual({ w: 100, h: 55, dx: 0, dy: 17.5 });
    expect(sideBox(20, label, 'above', 5)).toEqual({ w: 100, h: 55, dx: 0, dy: -17.5 });
    expect(sideBox(20, label, 'right', 5)).toEqual({ w: 125, h: 30, dx: 52.5, dy: 0 });
    expect(sideBox(20, label, 'left', 5)).toEqual({ w: 125, h: 30, dx: -52.5, dy: 0 });
    // A label narrower (or lower) than the circle: the circle sets that side.
    expect(sideBox(40, { w: 20, h: 10 }, 'below', 5)).toEqual({ w: 40, h: 55, dx: 0, dy: 7.5 });
    expect(sideBox(40, { w: 20, h: 10 }, 'right', 5)).toEqual({ w: 65, h: 40, dx: 12.5, dy: 0 });
  });

  it('is the bare circle without a label or side, and a centred block for "center"', () => {
    expect(sideBox(20, null, 'below', 5)).toEqual({ w: 20, h: 20, dx: 0, dy: 0 });
    expect(sideBox(20, label, null, 5)).toEqual({ w: 20, h: 20, dx: 0, dy: 0 });
    expect(sideBox(20, label, 'center', 5)).toEqual({ w: 100, h: 30, dx: 0, dy: 0 });
    expect(sideBox(40, { w: 30, h: 10 }, 'center', 5)).toEqual({ w: 40, h: 40, dx: 0, dy: 0 });
    expect(sideBox(0, label, 'center', 5)).toEqual({ w: 100, h: 30, dx: 0, dy: 0 });
  });

  it('is the bounding box of the circle and the label placed `gap` away (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(...LABEL_SIDES),
        (d, w, h, gap, side) => {
          const r = d / 2;
          // The label's rectangle relative to the node centre, drawn as the side says.
          const text = {
            below: [-w / 2, r + gap, w / 2, r + gap + h],
            above: [-w / 2, -r - gap - h, w / 2, -r - gap],
            right: [r + gap, -h / 2, r + gap + w, h / 2],
            left: [-r - gap - w, -h / 2, -r - gap, h / 2],
          }[side as Exclude<LabelSide, 'center'>];
          const [tx1, ty1, tx2, ty2] = text as [number, number, number, number];
          const x1 = Math.min(-r, tx1);
          const x2 = Math.max(r, tx2);
          const y1 = Math.min(-r, ty1);
          const y2 = Math.max(r, ty2);
          const b = sideBox(d, { w, h }, side, gap);
          expect(b.w).toBeCloseTo(x2 - x1, 9);
          expect(b.h).toBeCloseTo(y2 - y1, 9);
          expect(b.dx).toBeCloseTo((x1 + x2) / 2, 9);
          expect(b.dy).toBeCloseTo((y1 + y2) / 2, 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('overlapArea and outsideArea', () => {
  it('measure the shared area of two boxes, 0 when apart or touching', () => {
    expect(overlapArea(0, 0, 10, 10, 20, 0, 10, 10)).toBe(0);
    expect(overlapArea(0, 0, 10, 10, 10, 0, 10, 10)).toBe(0);
    expect(overlapArea(0, 0, 10, 10, 0, 10, 10, 10)).toBe(0);
    expect(overlapArea(0, 0, 10, 10, 5, 2, 10, 10)).toBe(5 * 8);
    expect(overlapArea(5, 2, 10, 10, 0, 0, 10, 10)).toBe(5 * 8);
    expect(overlapArea(0, 0, 100, 100, 10, -10, 4, 6)).toBe(24);
  });

  it('measure the area of a box outside the frame', () => {
    expect(outsideArea(50, 50, 20, 20, 100, 100)).toBe(0);
    expect(outsideArea(10, 10, 20, 20, 100, 100)).toBe(0);
    expect(outsideArea(0, 50, 20, 20, 100, 100)).toBe(200);
    expect(outsideArea(100, 100, 20, 20, 100, 100)).toBe(300);
    expect(outsideArea(-50, 50, 20, 10, 100, 100)).toBe(200);
    expect(outsideArea(50, 50, 200, 20, 100, 100)).toBe(2000);
  });
});

describe('Grid', () => {
  const rect = (x1: number, y1: number, x2: number, y2: number): Rect => ({ x1, y1, x2, y2 });

  it('finds a box from any cell it spans, but not itself, nor a box only touched', () => {
    const g = new Grid(10, 100, 100);
    g.set(0, rect(5, 5, 35, 15));
    for (const x of [6, 14, 24, 31]) expect(g.blocked(rect(x, 12, x + 2, 14), -1)).toBe(true);
    expect(g.blocked(rect(31, 6, 33, 8), 0)).toBe(false);
    expect(g.blocked(rect(36, 6, 39, 8), -1)).toBe(false);
    expect(g.blocked(rect(35, 5, 40, 15), -1)).toBe(false);
    expect(g.blocked(rect(10, 15, 20, 25), -1)).toBe(false);
    expect(g.blocked(rect(0, 0, 100, 100), -1)).toBe(true);
  });

  it('forgets a removed box and moves a box set again', () => {
    const g = new Grid(10, 100, 100);
    g.set(3, rect(40, 40, 60, 60));
    g.set(4, rect(0, 0, 5, 5));
    g.set(3, undefined);
    expect(g.blocked(rect(45, 45, 55, 55), -1)).toBe(false);
    expect(g.blocked(rect(1, 1, 2, 2), -1)).toBe(true);
    g.set(3, rect(80, 80, 90, 90));
    g.set(3, rect(10, 70, 20, 80));
    expect(g.blocked(rect(82, 82, 88, 88), -1)).toBe(false);
    expect(g.blocked(rect(12, 72, 18, 78), -1)).toBe(true);
  });

  it('finds boxes reaching outside its area', () => {
    const g = new Grid(10, 100, 50);
    g.set(0, rect(-60, -60, -40, -40));
    g.set(1, rect(150, 20, 170, 30));
    g.set(2, rect(-500, 70, 600, 80));
    expect(g.blocked(rect(-50, -50, -45, -45), -1)).toBe(true);
    expect(g.blocked(rect(-30, -30, -20, -20), -1)).toBe(false);
    expect(g.blocked(rect(160, 22, 165, 28), -1)).toBe(true);
    expect(g.blocked(rect(300, 72, 310, 78), -1)).toBe(true);
    expect(g.blocked(rect(40, 72, 45, 78), -1)).toBe(true);
    expect(g.blocked(rect(40, 52, 45, 58), -1)).toBe(false);
  });

  it('answers as a check of every box would (property)', () => {
    const coord = fc.integer({ min: -100, max: 400 });
    const box = fc
      .tuple(coord, coord, fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 150 }))
      .map(([x, y, w, h]) => rect(x, y, x + w, y + h));
    const op = fc.record({ i: fc.integer({ min: 0, max: 15 }), r: fc.option(box, { freq: 4 }) });
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.array(op, { maxLength: 60 }),
        fc.array(fc.tuple(box, fc.integer({ min: -1, max: 15 })), { minLength: 1, maxLength: 20 }),
        (cell, ops, queries) => {
          const g = new Grid(cell, 300, 200);
          const live = new Map<number, Rect>();
          for (const { i, r } of ops) {
            g.set(i, r ?? undefined);
            if (r) live.set(i, r);
            else live.delete(i);
          }
          for (const [q, self] of queries) {
            const expected = [...live].some(([i, r]) => i !== self && hit(q, r));
            expect(g.blocked(q, self)).toBe(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
