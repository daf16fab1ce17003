import { sectorAnchors } from '../../src/analysis/layout/anchors';
import {
  boxesAt,
  countOverlaps,
  edgeLengthSpread,
  nodeBox,
  positionsFrom,
} from '../../src/analysis/layout/metrics';
import { mulberry32 } from '../../src/analysis/layout/prng';
import type { Box } from '../../src/analysis/layout/types';
import { at, must } from './fixtures';

function bruteForce(boxes: Box[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = at(boxes, i);
      const b = at(boxes, j);
      const ox = (a.w + b.w) / 2 - Math.abs(a.x - b.x);
      const oy = (a.h + b.h) / 2 - Math.abs(a.y - b.y);
      if (ox > 1e-6 && oy > 1e-6) n++;
    }
  }
  return n;
}

describe('countOverlaps', () => {
  it('counts the overlapping pairs of a hand-built set', () => {
    // Centre-based boxes. Extents in x × y:
    // A: [-5, 5] × [-5, 5]      B: [0, 10] × [0, 10]     C: [5, 15] × [-5, 5]
    // D: [98, 102] × [98, 102]  E: [1, 3] × [-20, 20]
    // A∩B = [0,5]×[0,5] yes; A∩C touches at x = 5 (no); A∩E = [1,3]×[-5,5] yes;
    // B∩C = [5,10]×[0,5] yes; B∩E = [1,3]×[0,10] yes; C∩E: x [5,15] vs [1,3] no; D alone.
    const boxes: Box[] = [
      { x: 0, y: 0, w: 10, h: 10 },
      { x: 5, y: 5, w: 10, h: 10 },
      { x: 10, y: 0, w: 10, h: 10 },
      { x: 100, y: 100, w: 4, h: 4 },
      { x: 2, y: 0, w: 2, h: 40 },
    ];
    expect(countOverlaps(boxes)).toBe(4);
  });

  it('does not count boxes that only touch, at an edge or a corner', () => {
    expect(
      countOverlaps([
        { x: 0, y: 0, w: 10, h: 10 },
        { x: 10, y: 0, w: 10, h: 10 },
        { x: 0, y: 10, w: 10, h: 10 },
        { x: 10, y: 10, w: 10, h: 10 },
      ]),
    ).toBe(0);
  });

  it('counts every pair of identical boxes', () => {
    const same = Array.from({ length: 5 }, () => ({ x: 3, y: 3, w: 8, h: 2 }));
    expect(countOverlaps(same)).toBe(10);
    expect(countOverlaps([])).toBe(0);
  });

  it('agrees with the O(n²) count on random boxes', () => {
    const rnd = mulberry32(9);
    for (const n of [10, 200, 700]) {
      const boxes = Array.from({ length: n }, () => ({
        x: rnd() * 3000,
        y: rnd() * 3000,
        w: 20 + rnd() * 180,
        h: 10 + rnd() * 40,
      }));
      expect(countOverlaps(boxes)).toBe(bruteForce(boxes));
    }
  });

  it('handles 2,000 label boxes', () => {
    const rnd = mulberry32(3);
    const boxes = Array.from({ length: 2000 }, () => ({
      x: rnd() * 8000,
      y: rnd() * 8000,
      w: 60 + rnd() * 150,
      h: 45,
    }));
    expect(countOverlaps(boxes)).toBe(bruteForce(boxes));
  });
});

describe('edgeLengthSpread', () => {
  it('is 0 when all edges have the same length', () => {
    const pos = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 3, y: 4 }],
      ['c', { x: 6, y: 8 }],
    ]);
    const links = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ];
    expect(edgeLengthSpread(pos, links)).toBe(0);
  });

  it('is stdev / mean: lengths 1 and 3 give 1 / 2', () => {
    // a–b = 1, b–c = 3: mean 2, population stdev 1.
    const pos = { a: { x: 0, y: 0 }, b: { x: 1, y: 0 }, c: { x: 4, y: 0 } };
    const links = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'b', target: 'missing' },
    ];
    expect(edgeLengthSpread(pos, links)).toBeCloseTo(0.5, 12);
  });

  it('lengths 3, 4 and 5 give sqrt(2/3) / 4', () => {
    const pos = positionsFrom(['o', 'x', 'y', 'z'], [0, 0, 3, 0, 0, 4, 3, 4]);
    const links = [
      { source: 'o', target: 'x' }, // 3
      { source: 'o', target: 'y' }, // 4
      { source: 'o', target: 'z' }, // 5
    ];
    expect(edgeLengthSpread(pos, links)).toBeCloseTo(Math.sqrt(2 / 3) / 4, 12);
  });

  it('is 0 without measurable links', () => {
    expect(edgeLengthSpread(new Map(), [{ source: 'a', target: 'b' }])).toBe(0);
  });
});

describe('boxes and anchors', () => {
  it('puts the label box below the node circle', () => {
    // Circle 24 px, label 100 × 17 px, 4 px gap: box 100 × 45 from y = -12 to 33, centre 10.5.
    expect(nodeBox(24, 100, 17, 4)).toEqual({ w: 100, h: 45, dy: 10.5 });
    expect(nodeBox(24, 10, 17, 4).w).toBe(24);
    const [box] = boxesAt([{ w: 100, h: 45, dy: 10.5 }], [7, 8]);
    expect(box).toEqual({ x: 7, y: 18.5, w: 100, h: 45 });
  });

  it('places the focal sector at the centre and the others clockwise from the top', () => {
    const a = sectorAnchors(['focal', 'a', 'b', 'c', 'd'], 100, 'focal');
    expect(a.get('focal')).toEqual({ x: 0, y: 0 });
    expect(must(a.get('a')).x).toBeCloseTo(0, 9);
    expect(must(a.get('a')).y).toBeCloseTo(-100, 9);
    expect(must(a.get('b')).x).toBeCloseTo(100, 9);
    expect(must(a.get('b')).y).toBeCloseTo(0, 9);
    expect(must(a.get('c')).y).toBeCloseTo(100, 9);
    expect(must(a.get('d')).x).toBeCloseTo(-100, 9);
  });
});
