import {
  boxesAt,
  countOverlaps,
  edgeLengthSpread,
  positionsFrom,
} from '../../src/analysis/layout/metrics';
import { createSimulation } from '../../src/analysis/layout/simulation';
import { at, must, TEST_SECTORS, testGraph } from './fixtures';

const TICK_BUDGET = 150;

describe('createSimulation', () => {
  it('settles within the tick budget with no overlapping labels', () => {
    const input = testGraph(60);
    const sim = createSimulation(input);
    expect(sim.simulation.alpha()).toBe(1);
    expect(sim.run(TICK_BUDGET)).toBe(true);
    expect(sim.ticks()).toBeLessThanOrEqual(TICK_BUDGET);
    expect(sim.finish()).toBe(0);
    const xy = sim.positions();
    expect(xy).toHaveLength(2 * input.nodes.length);
    expect(countOverlaps(boxesAt(input.nodes, xy))).toBe(0);
    const spread = edgeLengthSpread(positionsFrom(sim.ids, xy), input.links);
    expect(spread).toBeGreaterThan(0);
    expect(spread).toBeLessThan(1);
    for (const v of xy) expect(Number.isFinite(v)).toBe(true);
  });

  it('has almost no overlaps even before the final clean-up', () => {
    const input = testGraph(60);
    const sim = createSimulation(input);
    sim.run(TICK_BUDGET);
    expect(countOverlaps(boxesAt(input.nodes, sim.positions()))).toBeLessThanOrEqual(2);
  });

  it('groups each sector round its own anchor', () => {
    const input = testGraph(60);
    const sim = createSimulation(input);
    sim.run(TICK_BUDGET);
    sim.finish();
    const focal = sim.anchors.get('focal');
    expect(focal).toEqual({ x: 0, y: 0 });
    for (const sector of TEST_SECTORS) {
      const members = sim.nodes.filter((d) => d.sectorId === sector);
      const meanTo = (a: { x: number; y: number }) =>
        members.reduce((s, d) => s + Math.hypot(d.x - a.x, d.y - a.y), 0) / members.length;
      const own = meanTo(must(sim.anchors.get(sector)));
      for (const other of TEST_SECTORS) {
        if (other !== sector) expect(own).toBeLessThan(meanTo(must(sim.anchors.get(other))));
      }
    }
    // The focal actor stays near the middle.
    const f = at(sim.nodes, sim.indexOf('focal'));
    expect(Math.hypot(f.x, f.y)).toBeLessThan(sim.anchorRadius / 2);
  });

  it('does not move pinned nodes', () => {
    const input = testGraph(60);
    input.nodes[5] = { ...at(input.nodes, 5), x: 400, y: -250, pinned: true };
    input.nodes[17] = { ...at(input.nodes, 17), x: -30, y: 20, pinned: true };
    const sim = createSimulation(input);
    sim.run(TICK_BUDGET);
    sim.finish();
    const xy = sim.positions();
    expect([xy[10], xy[11]]).toEqual([400, -250]);
    expect([xy[34], xy[35]]).toEqual([-30, 20]);
    expect(countOverlaps(boxesAt(input.nodes, xy))).toBe(0);
  });

  it('is deterministic', () => {
    const a = createSimulation(testGraph(60));
    const b = createSimulation(testGraph(60));
    a.run(TICK_BUDGET);
    b.run(TICK_BUDGET);
    expect(Array.from(a.positions())).toEqual(Array.from(b.positions()));
  });

  it('keeps a settled layout and places a new actor near its partners', () => {
    const input = testGraph(60);
    const first = createSimulation(input);
    first.run(TICK_BUDGET);
    first.finish();
    const placed = input.nodes.map((n, i) => ({
      ...n,
      x: at(first.nodes, i).x,
      y: at(first.nodes, i).y,
    }));
    const partners = ['n7', 'n13'];
    const added = {
      ...input,
      nodes: [...placed, { id: 'new', sectorId: 's2', w: 120, h: 45, dy: 10.5 }],
      links: [...input.links, ...partners.map((p) => ({ source: 'new', target: p }))],
    };
    const second = createSimulation(added);
    // A mostly placed graph starts cool, and the new node starts near its partners' centroid.
    expect(second.alpha()).toBeLessThan(0.5);
    const n = at(second.nodes, second.indexOf('new'));
    const [p7, p13] = [at(placed, 7), at(placed, 13)];
    const cx = (p7.x + p13.x) / 2;
    const cy = (p7.y + p13.y) / 2;
    expect(Math.hypot(n.x - cx, n.y - cy)).toBeLessThan(400);
    expect(second.run(TICK_BUDGET)).toBe(true);
    second.finish();
    // Old actors stay roughly where they were.
    let moved = 0;
    for (let i = 0; i < placed.length; i++) {
      moved += Math.hypot(
        at(second.nodes, i).x - at(placed, i).x,
        at(second.nodes, i).y - at(placed, i).y,
      );
    }
    expect(moved / placed.length).toBeLessThan(60);
    expect(countOverlaps(boxesAt(added.nodes, second.positions()))).toBe(0);
  });

  it('holds a dragged node and lets go of it', () => {
    const sim = createSimulation(testGraph(30));
    sim.run(TICK_BUDGET);
    expect(sim.fix('n3', 1000, 1000)).toBe(true);
    sim.reheat(0.3);
    expect(sim.settled()).toBe(false);
    sim.run(TICK_BUDGET);
    const d = at(sim.nodes, sim.indexOf('n3'));
    expect([d.x, d.y]).toEqual([1000, 1000]);
    expect(sim.release('n3')).toBe(true);
    expect(sim.fix('nope', 0, 0)).toBe(false);
    sim.reheat(0.3);
    sim.run(TICK_BUDGET);
    expect(d.x).not.toBe(1000);
  });

  it('copes with empty, single-node and link-less graphs', () => {
    const empty = createSimulation({ nodes: [], links: [], sectorOrder: [], focalId: null });
    expect(empty.run(10)).toBe(true);
    expect(empty.positions()).toHaveLength(0);
    const one = createSimulation({
      nodes: [{ id: 'a', sectorId: 'x', w: 50, h: 40, dy: 8 }],
      links: [
        { source: 'a', target: 'a' },
        { source: 'a', target: 'ghost' },
      ],
      sectorOrder: [],
      focalId: 'ghost',
    });
    expect(one.run(TICK_BUDGET)).toBe(true);
    expect(Array.from(one.positions()).every(Number.isFinite)).toBe(true);
  });
});
