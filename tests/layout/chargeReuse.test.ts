import { forceManyBody } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { reusedCharge } from '../../src/analysis/layout/chargeReuse';
import {
  boxesAt,
  countOverlaps,
  edgeLengthSpread,
  positionsFrom,
} from '../../src/analysis/layout/metrics';
import { createSimulation } from '../../src/analysis/layout/simulation';
import { testGraph } from './fixtures';

interface P {
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** A many-body force that counts how often it is worked out. */
function counted() {
  const charge = forceManyBody<P>().strength(-30);
  let calls = 0;
  const force = Object.assign(
    (alpha: number) => {
      calls++;
      charge(alpha);
    },
    { initialize: (nodes: P[], random: () => number) => charge.initialize?.(nodes, random) },
  );
  return { force, calls: () => calls };
}

const points = (): P[] =>
  Array.from({ length: 30 }, (_, i) => ({
    x: (i % 6) * 10,
    y: Math.floor(i / 6) * 10,
    vx: 0,
    vy: 0,
  }));

describe('a charge reused between ticks', () => {
  it('is worked out every other tick and pushes as hard in between, scaled by alpha', () => {
    const nodes = points();
    const { force, calls } = counted();
    const reused = reusedCharge(force, 2);
    reused.initialize?.(nodes, Math.random);
    reused(1);
    const first = nodes.map((n) => [n.vx, n.vy]);
    reused(0.5);
    expect(calls()).toBe(1);
    // The second tick added the first push again, at half strength.
    nodes.forEach((n, i) => {
      const [vx, vy] = first[i] as number[];
      expect(n.vx).toBeCloseTo((vx as number) * 1.5, 9);
      expect(n.vy).toBeCloseTo((vy as number) * 1.5, 9);
    });
    reused(0.4);
    expect(calls()).toBe(2);
  });

  it('works the charge out afresh when reheated', () => {
    const nodes = points();
    const { force, calls } = counted();
    const reused = reusedCharge(force, 2);
    reused.initialize?.(nodes, Math.random);
    reused(0.01);
    reused(0.1);
    expect(calls()).toBe(2);
  });

  it('lays out a 2,000-actor map as well as working the charge out every tick', () => {
    const input = testGraph(2000, 7);
    const run = (chargeEvery: number) => {
      const sim = createSimulation(input, { chargeEvery });
      sim.run(400);
      const left = sim.finish();
      const xy = sim.positions();
      return {
        left,
        overlaps: countOverlaps(boxesAt(input.nodes, xy)),
        spread: edgeLengthSpread(positionsFrom(sim.ids, xy), input.links),
      };
    };
    const every = run(1);
    const other = run(2);
    expect(other.left).toBe(0);
    expect(other.overlaps).toBe(0);
    expect(Math.abs(other.spread - every.spread)).toBeLessThan(0.02);
  });
});
