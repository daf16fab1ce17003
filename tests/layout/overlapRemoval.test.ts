import { approxMeasure, generateUnstructured } from '../../bench/graphs';
import { boxesAt, countOverlaps } from '../../src/analysis/layout/metrics';
import { placeOverlapping } from '../../src/analysis/layout/overlapRescue';
import { forceRectCollide, type RectNode } from '../../src/analysis/layout/rectCollide';
import { createSimulation, type LayoutSimulation } from '../../src/analysis/layout/simulation';
import type { Box } from '../../src/analysis/layout/types';
import { LayoutEngine } from '../../src/render/layout/engine';
import type { LayoutResponse } from '../../src/render/layout/protocol';
import { at } from './fixtures';

// The graph: 1,000 actors, a random tree plus 1,500 random links, no sector structure.
// A layout takes well under a second here; the timeout only spares a loaded machine.
const SIZE = 1000;
const SLOW = 60_000;

function laidOut(sectors: 1 | 9, seed: number) {
  const { input } = generateUnstructured(SIZE, approxMeasure, { sectors, seed });
  const sim = createSimulation(input);
  sim.run(1000);
  return { input, sim };
}

/** Label boxes at the simulation's own (double precision) places. */
const boxesOf = (sim: LayoutSimulation): Box[] =>
  sim.nodes.map((d) => ({ x: d.x, y: d.y + d.dy, w: d.w, h: d.h }));

describe('overlap removal on graphs with no sector structure', () => {
  // Seeds where the forces alone leave overlaps; on the first, the old 50-pass clean-up left 26.
  it.each([
    [1, 1],
    [9, 3],
  ] as const)(
    'leaves no overlapping labels at 1,000 actors with %i sector(s)',
    (sectors, seed) => {
      const { input, sim } = laidOut(sectors, seed);
      // The forces alone leave some: the clean-up has work to do.
      expect(countOverlaps(boxesOf(sim))).toBeGreaterThan(0);
      expect(sim.finish()).toBe(0);
      expect(countOverlaps(boxesOf(sim))).toBe(0);
      // Also as drawn: the positions the worker posts are single precision.
      expect(countOverlaps(boxesAt(input.nodes, sim.positions()))).toBe(0);
    },
    SLOW,
  );

  it(
    'reports the overlaps left when its budget runs out, and finishes when run again',
    () => {
      const { sim } = laidOut(1, 1);
      const before = countOverlaps(boxesOf(sim));
      // A budget spent as soon as it is asked (after the first pass).
      const left = sim.finish({ stop: () => true });
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(before);
      expect(left).toBe(countOverlaps(boxesOf(sim)));
      expect(sim.finish()).toBe(0);
      expect(countOverlaps(boxesOf(sim))).toBe(0);
    },
    SLOW,
  );

  it(
    'sends the count left with the settled layout when the worker runs out of time',
    () => {
      const { input } = generateUnstructured(SIZE, approxMeasure, { sectors: 1, seed: 1 });
      const posts: LayoutResponse[] = [];
      const queue: (() => void)[] = [];
      let clock = 0;
      const engine = new LayoutEngine(
        {
          post: (m) => {
            if (m.type !== 'framed') posts.push(m);
          },
          schedule: (fn) => queue.push(fn),
          now: () => ++clock,
        },
        // No time for the clean-up at all: every look at the clock costs 1 ms.
        { chunkMs: 50, finishBudgetMs: 1 },
      );
      engine.handle({ type: 'start', gen: 1, input });
      for (let k = 0; k < 10_000 && queue.length > 0; k++) queue.shift()?.();
      const settled = at(posts, posts.length - 1);
      expect(settled.type).toBe('settled');
      const sim = engine.simulation;
      if (settled.type !== 'settled' || !sim) throw new Error('no settled layout');
      expect(settled.overlaps).toBeGreaterThan(0);
      expect(settled.overlaps).toBe(countOverlaps(boxesOf(sim)));
      expect(settled.theta).toBe(sim.theta);
      expect(settled.ticks).toBe(sim.ticks());
    },
    SLOW,
  );
});

describe('the clean-up on small cases', () => {
  const box = (x: number, y: number, pinned = false): RectNode => ({
    x,
    y,
    w: 40,
    h: 20,
    ...(pinned ? { fx: x, fy: y } : {}),
  });
  const boxes = (nodes: RectNode[]): Box[] =>
    nodes.map((d) => ({ x: d.x ?? 0, y: d.y ?? 0, w: d.w, h: d.h }));

  it('clears a pile on one spot and counts two pinned labels that overlap', () => {
    const pile = Array.from({ length: 30 }, () => box(0, 0));
    const pinned = [box(500, 0, true), box(510, 5, true)];
    const nodes = [...pile, ...pinned];
    const collide = forceRectCollide<RectNode>();
    collide.initialize(nodes, () => 0.5);
    expect(collide.settle({ gap: 1 })).toBe(1);
    expect(countOverlaps(boxes(nodes))).toBe(1);
    expect(pinned.map((d) => [d.x, d.y])).toEqual([
      [500, 0],
      [510, 5],
    ]);
  });

  it('places the boxes still overlapping at the nearest free spot, the highest ranked staying', () => {
    const nodes = [box(0, 0), box(5, 0), box(10, 2), box(200, 0)];
    const moved = placeOverlapping(nodes, 1, (d) => (d === nodes[1] ? 1 : 0));
    expect(moved).toBe(2);
    expect(countOverlaps(boxes(nodes))).toBe(0);
    expect([nodes[1]?.x, nodes[1]?.y]).toEqual([5, 0]);
    expect([nodes[3]?.x, nodes[3]?.y]).toEqual([200, 0]);
    // Near, not flung away: within a few box sizes.
    for (const d of nodes.slice(0, 3)) expect(Math.hypot(d.x ?? 0, d.y ?? 0)).toBeLessThan(120);
  });
});
