import { forceSimulation } from 'd3-force';
import { boxesAt, countOverlaps } from '../../src/analysis/layout/metrics';
import { mulberry32 } from '../../src/analysis/layout/prng';
import { forceRectCollide, type RectNode } from '../../src/analysis/layout/rectCollide';
import { at } from './fixtures';

interface N extends RectNode {
  w: number;
  h: number;
  dy: number;
  x: number;
  y: number;
}

function boxes(nodes: N[]) {
  return boxesAt(
    nodes,
    nodes.flatMap((d) => [d.x, d.y]),
  );
}

describe('forceRectCollide', () => {
  it('separates two boxes along the axis of least overlap', () => {
    // Wide boxes overlapping by 10 px vertically and 90 px horizontally: pushed apart in y.
    const nodes: N[] = [
      { x: 0, y: 0, w: 100, h: 40, dy: 0 },
      { x: 10, y: 30, w: 100, h: 40, dy: 0 },
    ];
    const force = forceRectCollide<N>().padding(0);
    force.initialize(nodes, mulberry32(1));
    expect(force.separate(10)).toBe(0);
    const [a, b] = [at(nodes, 0), at(nodes, 1)];
    expect(a.x).toBe(0);
    expect(b.x).toBe(10);
    expect(b.y - a.y).toBeCloseTo(40, 9);
    expect(countOverlaps(boxes(nodes))).toBe(0);
  });

  it('uses the box offset below the node centre', () => {
    // Centres 50 px apart vertically; boxes 40 px tall shifted by dy: only the offset box
    // of node 0 (centre y 45) reaches node 1's box (centre y 50 + 0).
    const nodes: N[] = [
      { x: 0, y: 0, w: 40, h: 40, dy: 45 },
      { x: 0, y: 50, w: 40, h: 40, dy: 0 },
    ];
    const force = forceRectCollide<N>().padding(0);
    force.initialize(nodes, mulberry32(1));
    expect(countOverlaps(boxes(nodes))).toBe(1);
    force.separate(10);
    expect(countOverlaps(boxes(nodes))).toBe(0);
  });

  it('never moves a pinned box', () => {
    const nodes: N[] = [
      { x: 0, y: 0, w: 80, h: 30, dy: 0, fx: 0, fy: 0 },
      { x: 5, y: 5, w: 80, h: 30, dy: 0 },
      { x: -5, y: 8, w: 80, h: 30, dy: 0 },
    ];
    const force = forceRectCollide<N>();
    force.initialize(nodes, mulberry32(1));
    expect(force.separate(100)).toBe(0);
    expect([at(nodes, 0).x, at(nodes, 0).y]).toEqual([0, 0]);
    expect(countOverlaps(boxes(nodes))).toBe(0);
  });

  it('removes overlaps of a crowd as a d3 force, keeping the padding', () => {
    // 300 boxes whose total area equals the square they start in: they must spread out.
    const rnd = mulberry32(5);
    const nodes: N[] = Array.from({ length: 300 }, () => ({
      x: (rnd() - 0.5) * 1100,
      y: (rnd() - 0.5) * 1100,
      w: 40 + rnd() * 120,
      h: 30 + rnd() * 20,
      dy: 8,
    }));
    expect(countOverlaps(boxes(nodes))).toBeGreaterThan(100);
    const force = forceRectCollide<N>().padding(4).iterations(2);
    const sim = forceSimulation(nodes).randomSource(mulberry32(2)).force('collide', force).stop();
    sim.tick(500);
    expect(countOverlaps(boxes(nodes))).toBe(0);
    const padded = nodes.map((d) => ({ ...d, w: d.w + 3, h: d.h + 3 }));
    expect(countOverlaps(boxes(padded))).toBeLessThan(5);
  });

  it('exposes its settings', () => {
    const f = forceRectCollide();
    expect(f.padding()).toBe(4);
    expect(f.strength(0.5).strength()).toBe(0.5);
    expect(f.iterations(3).iterations()).toBe(3);
  });
});
