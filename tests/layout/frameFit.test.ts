/**
 * `frameFit` on hand-built maps: the empty map, one node, a row, proportions, labels and nodes
 * too big for the frame, the sides allowed, background labels, held nodes, the second placement
 * round, determinism; and `placeByImportance`'s list of hidden labels. Random maps are in
 * `frameFit.random.test.ts`, the building blocks in `frameParts.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { forward } from '../../src/analysis/layout/frameAxes';
import { importanceOrder, makeBodies } from '../../src/analysis/layout/frameBodies';
import { LABEL_SIDES } from '../../src/analysis/layout/frameBoxes';
import { type FrameNode, frameFit } from '../../src/analysis/layout/frameFit';
import { placeByImportance } from '../../src/analysis/layout/frameLabels';
import { boxAt, boxesOf, orderKept, overlappingPairs, PAD, reachOut, xOf, yOf } from './frameKit';

const node = (id: string, x: number, y: number, o: Partial<FrameNode> = {}): FrameNode => ({
  id,
  x,
  y,
  d: 20,
  label: { w: 60, h: 16 },
  importance: 1,
  ...o,
});

describe('frameFit: hand-built maps', () => {
  it('returns empty arrays for no nodes', () => {
    const r = frameFit({ frame: { w: 800, h: 600 }, nodes: [] });
    expect(r).toEqual({
      ids: [],
      xy: [],
      sides: [],
      hidden: [],
      overlaps: 0,
      outside: 0,
      fill: 0,
      axes: { x: { from: [], to: [] }, y: { from: [], to: [] } },
    });
  });

  it('centres a single node with its label below in the frame', () => {
    const only = node('a', 123, -45, { label: { w: 100, h: 30 } });
    const r = frameFit({ frame: { w: 800, h: 600 }, nodes: [only] });
    expect(r.sides).toEqual(['below']);
    const b = boxAt(only, xOf(r, 0), yOf(r, 0), 'below');
    expect((b.x1 + b.x2) / 2).toBeCloseTo(400, 6);
    expect((b.y1 + b.y2) / 2).toBeCloseTo(300, 6);
    expect(r.fill).toBeCloseTo(Math.max(100 / 800, 55 / 600), 6);
  });

  it('spreads a row over the frame in its order, each at its mapped place', () => {
    const nodes = [4, 0, 3, 1, 2].map((k) => node(`r${k}`, k * 100, 50));
    const r = frameFit({ frame: { w: 1000, h: 300 }, nodes });
    expect(r.hidden).toEqual([]);
    expect(r.sides).toEqual(['below', 'below', 'below', 'below', 'below']);
    nodes.forEach((n, i) => {
      expect(xOf(r, i)).toBeCloseTo(forward(r.axes.x, n.x), 6);
      expect(yOf(r, i)).toBeCloseTo(forward(r.axes.y, n.y), 6);
    });
    expect(orderKept(nodes, r, 'x').share).toBe(1);
    // Spread along x from edge to edge, less a padded half box at each end.
    expect(xOf(r, 1)).toBeCloseTo(30 + PAD, 6);
    expect(xOf(r, 0)).toBeCloseTo(1000 - 30 - PAD, 6);
    expect(r.fill).toBeGreaterThan(0.98);
  });

  it('keeps proportions with spread 0 and stretch off: one scale for both axes, centred', () => {
    const nodes = [node('a', 0, 0), node('b', 100, 0), node('c', 0, 50), node('d', 100, 50)];
    nodes.push(node('e', 30, 20));
    const r = frameFit({ frame: { w: 1200, h: 400 }, nodes, spread: 0, stretch: false });
    const kx = (forward(r.axes.x, 100) - forward(r.axes.x, 0)) / 100;
    const ky = (forward(r.axes.y, 50) - forward(r.axes.y, 0)) / 50;
    expect(kx).toBeCloseTo(ky, 9);
    expect(forward(r.axes.x, 30)).toBeCloseTo(forward(r.axes.x, 0) + 30 * kx, 9);
    // The limiting axis is y; x is centred.
    expect((forward(r.axes.x, 0) + forward(r.axes.x, 100)) / 2).toBeCloseTo(600, 6);
    // Stretched (the default), x fills the wide frame instead.
    const s = frameFit({ frame: { w: 1200, h: 400 }, nodes, spread: 0 });
    expect(forward(s.axes.x, 100) - forward(s.axes.x, 0)).toBeGreaterThan(1000);
  });

  it('hides a label wider than the frame and keeps the node inside', () => {
    const nodes = [
      node('wide', 0, 0, { label: { w: 500, h: 20 }, importance: 9 }),
      node('small', 100, 100, { label: { w: 40, h: 12 } }),
    ];
    const r = frameFit({ frame: { w: 200, h: 200 }, nodes });
    expect(r.hidden).toEqual(['wide']);
    expect(r.sides[0]).toBeNull();
    expect(r.sides[1]).not.toBeNull();
    expect(r.outside).toBe(0);
    for (const b of boxesOf(nodes, r)) expect(reachOut(b, 200, 200)).toBe(0);
  });

  it('counts a node larger than the frame as outside', () => {
    const nodes = [node('big', 0, 0, { d: 80, label: null })];
    const r = frameFit({ frame: { w: 50, h: 50 }, nodes });
    expect(r.outside).toBe(1);
    expect(r.hidden).toEqual([]);
  });

  it('uses only the sides it is given, the first where there is room', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => node(`s${i}`, i % 4, Math.floor(i / 4)));
    const r = frameFit({ frame: { w: 1200, h: 600 }, nodes, sides: ['right', 'left'] });
    expect(r.sides).toEqual(nodes.map(() => 'right'));
    const tight = frameFit({ frame: { w: 400, h: 200 }, nodes, sides: ['left'] });
    for (const s of tight.sides) expect(s === null || s === 'left').toBe(true);
  });

  it('keeps a background label centred and shown, and clear of the other boxes', () => {
    const nodes = [
      node('sector', 50, 50, { d: 0, label: { w: 160, h: 24 }, centred: true, must: true }),
      ...Array.from({ length: 9 }, (_, i) => node(`c${i}`, (i % 3) * 50, Math.floor(i / 3) * 50)),
    ];
    const r = frameFit({ frame: { w: 900, h: 600 }, nodes, spread: 0 });
    expect(r.sides[0]).toBe('center');
    expect(r.sides.slice(1)).not.toContain('center');
    expect(r.hidden).toEqual([]);
    expect(overlappingPairs(boxesOf(nodes, r), 1e-6)).toEqual([]);
  });

  it('keeps a held node at its anchor when another side fits there (was moved by the clamp)', () => {
    // The held node is leftmost, and its label is far wider than the others': below it would
    // cross the frame's left edge, to the right it fits. The clamp used to move it 77 px right.
    const nodes = [
      node('pinned', 0, 50, { label: { w: 200, h: 12 }, held: true }),
      node('b', 50, 0, { label: { w: 40, h: 12 } }),
      node('c', 100, 100, { label: { w: 40, h: 12 } }),
    ];
    const r = frameFit({ frame: { w: 1000, h: 400 }, nodes });
    expect(r.sides[0]).toBe('right');
    expect(xOf(r, 0)).toBeCloseTo(forward(r.axes.x, 0), 6);
    expect(yOf(r, 0)).toBeCloseTo(forward(r.axes.y, 50), 6);
    expect(forward(r.axes.x, 0)).toBeCloseTo(24, 6);
  });

  it('never trades a hidden label for an overlap in its second round', () => {
    // Two held nodes side by side, circles clear of each other: the less important one's wide
    // label has no room at its anchor (the other is in the way). The second round placed it
    // first, with its label over the other held node, and kept that round for hiding fewer
    // labels: 1 overlap where the first round had none.
    const nodes = [
      node('pinned', 0, 50, { label: { w: 200, h: 12 }, held: true, importance: 0 }),
      node('post', 3, 50, { label: null, held: true, importance: 9 }),
      node('c', 100, 0),
      node('d', 100, 100),
    ];
    const r = frameFit({ frame: { w: 1000, h: 300 }, nodes, spread: 0 });
    expect(r.overlaps).toBe(0);
    expect(overlappingPairs(boxesOf(nodes, r), 1e-6)).toEqual([]);
    expect(r.hidden).toEqual(['pinned']);
    nodes.forEach((n, i) => {
      if (!n.held) return;
      expect(xOf(r, i)).toBeCloseTo(forward(r.axes.x, n.x), 6);
      expect(yOf(r, i)).toBeCloseTo(forward(r.axes.y, n.y), 6);
    });
  });

  it('gives the same result for the same input, and leaves the input alone', () => {
    const nodes = Array.from({ length: 40 }, (_, i) =>
      node(`d${i}`, (i * 37) % 101, (i * 53) % 89, {
        label: { w: 30 + ((i * 17) % 90), h: 14 },
        importance: i % 7,
        held: i % 13 === 0,
      }),
    );
    const before = structuredClone(nodes);
    // A crowded frame, so the second placement round (hidden labels first) runs too.
    const a = frameFit({ frame: { w: 550, h: 350 }, nodes });
    const b = frameFit({ frame: { w: 550, h: 350 }, nodes: structuredClone(nodes) });
    expect(b).toEqual(a);
    expect(nodes).toEqual(before);
    expect(a.hidden.length).toBeGreaterThan(0);
  });
});

describe('placeByImportance', () => {
  it('lists each label without room once, even when its node has no room either', () => {
    // A 30 × 30 frame: the first node takes the middle, the second finds no spot at all.
    const nodes = [node('a', 0, 0, { importance: 2 }), node('b', 0, 0)];
    const bodies = makeBodies(nodes, 'below', 5);
    for (const b of bodies) Object.assign(b, { x: 15, y: 15 });
    const hidden = placeByImportance(
      bodies,
      importanceOrder(bodies),
      LABEL_SIDES,
      30,
      30,
      4,
      5,
      10,
    );
    expect(hidden.map((b) => b.node.id)).toEqual(['a', 'b']);
  });
});
