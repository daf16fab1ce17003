/**
 * `frameFit` on random maps (1–120 nodes, random places, diameters and label blocks) in random
 * frames: what it promises for any frame, what it achieves in frames with room, held nodes, and
 * the order in which a crowded frame hides labels.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forward } from '../../src/analysis/layout/frameAxes';
import { LABEL_SIDES, type LabelSide } from '../../src/analysis/layout/frameBoxes';
import { type FrameFitResult, type FrameNode, frameFit } from '../../src/analysis/layout/frameFit';
import {
  areaOut,
  boxAt,
  boxesOf,
  byImportance,
  frameFor,
  graphArb,
  orderKept,
  overlappingPairs,
  PAD,
  reachOut,
  within,
  xOf,
  yOf,
} from './frameKit';

/** frameFit's own threshold: overlaps smaller than this are rounding. */
const SLACK = 0.01;

/** What holds for any map in any frame, checked with our own geometry. */
function checkAlways(nodes: FrameNode[], frame: { w: number; h: number }, r: FrameFitResult) {
  const n = nodes.length;
  expect(r.ids).toEqual(nodes.map((d) => d.id));
  expect(r.xy).toHaveLength(2 * n);
  for (const v of r.xy) expect(Number.isFinite(v)).toBe(true);
  expect(r.sides).toHaveLength(n);
  nodes.forEach((d, i) => {
    const side = r.sides[i] ?? null;
    if (!d.label) expect(side).toBeNull();
    else if (side !== null) expect(LABEL_SIDES).toContain(side);
  });

  // `outside` counts the boxes with more than half a unit² outside the frame.
  const boxes = boxesOf(nodes, r);
  const W = Math.max(1, frame.w);
  const H = Math.max(1, frame.h);
  const out = boxes.map((b) => areaOut(b, W, H));
  expect(r.outside).toBeGreaterThanOrEqual(out.filter((a) => a > 0.5 + 1e-6).length);
  expect(r.outside).toBeLessThanOrEqual(out.filter((a) => a > 0.5 - 1e-6).length);
  if (r.outside === 0) for (const b of boxes) expect(reachOut(b, W, H)).toBeLessThan(1e-6);

  // `overlaps` counts the pairs overlapping by more than frameFit's rounding slack both ways:
  // our own count of all pairs must agree, so `overlaps === 0` means no two boxes overlap by
  // more than 0.01 units. (fast-check once found two boxes overlapping by 0.002: a held node
  // left where it stood, beside a must label placed first; under the slack, so not counted.)
  expect(overlappingPairs(boxes, SLACK)).toHaveLength(r.overlaps);
  const pairs = overlappingPairs(boxes, 1e-6);
  // Every label shown was placed clear of everything placed before it, and nothing placed
  // later with a label may cover it: what overlaps (a frame too small) is a bare node left
  // where it was because no spot was free, so every overlapping pair has one.
  for (const [i, j] of pairs) expect(r.sides[i] === null || r.sides[j] === null).toBe(true);

  // `hidden`: exactly the labelled nodes drawn without their label, most important first.
  const hidden = nodes.filter((d, i) => d.label && r.sides[i] === null);
  expect(r.hidden).toEqual(hidden.sort(byImportance).map((d) => d.id));

  // `fill`: the drawing's span along its limiting axis.
  if (n > 0) {
    const fx = (Math.max(...boxes.map((b) => b.x2)) - Math.min(...boxes.map((b) => b.x1))) / W;
    const fy = (Math.max(...boxes.map((b) => b.y2)) - Math.min(...boxes.map((b) => b.y1))) / H;
    expect(r.fill).toBeCloseTo(Math.max(fx, fy), 9);
  }
}

const frameArb = fc.record({
  w: fc.integer({ min: 20, max: 2400 }),
  h: fc.integer({ min: 20, max: 1600 }),
});

describe('frameFit: any map, any frame', () => {
  it('reports outside boxes, overlaps and hidden labels as they are (property)', () => {
    fc.assert(
      fc.property(graphArb({ maxN: 120, held: true, must: true }), frameArb, (nodes, frame) => {
        checkAlways(nodes, frame, frameFit({ frame, nodes }));
      }),
      { numRuns: 12 },
    );
  });

  it('gives the same output for the same input (property)', () => {
    fc.assert(
      fc.property(graphArb({ maxN: 60, held: true, must: true }), frameArb, (nodes, frame) => {
        const a = frameFit({ frame, nodes });
        const b = frameFit({ frame, nodes: structuredClone(nodes) });
        expect(b).toEqual(a);
      }),
      { numRuns: 4 },
    );
  });
});

/** Maps in frames where their smallest boxes cover 5–15 % of the area. */
const roomy = (o: { maxN: number; must?: boolean }) =>
  fc
    .tuple(
      graphArb(o),
      fc.double({ min: 0.05, max: 0.15, noNaN: true }),
      fc.double({ min: 0.5, max: 2.5, noNaN: true }),
    )
    .map(([nodes, density, aspect]) => ({ nodes, frame: frameFor(nodes, density, aspect) }));

describe('frameFit: frames with room', () => {
  it('shows every label inside the frame, nothing overlapping, in the map order (property)', () => {
    // Measured over 1,100 random maps (fast-check seeds 1–4): no label hidden, no overlap, no
    // box outside; the smallest share of pairs keeping their left/right order in one map was
    // 0.933 (3 of 45 pairs in a 10-node map), and 0.998 over all pairs; `fill` was at least
    // 0.93 for maps of 20 nodes or more and 0.79 for the smallest maps, whose margins (a
    // typical box and the padding at each end) are a large part of a small frame.
    let kept = 0;
    let pairs = 0;
    fc.assert(
      fc.property(roomy({ maxN: 120, must: true }), ({ nodes, frame }) => {
        const r = frameFit({ frame, nodes });
        checkAlways(nodes, frame, r);
        expect(r.hidden).toEqual([]);
        expect(r.overlaps).toBe(0);
        expect(overlappingPairs(boxesOf(nodes, r), 1e-6)).toEqual([]);
        expect(r.outside).toBe(0);
        const x = orderKept(nodes, r, 'x');
        if (x.pairs >= 10) expect(x.share).toBeGreaterThanOrEqual(0.9);
        kept += x.kept;
        pairs += x.pairs;
        const distinct = (k: 'x' | 'y') => new Set(nodes.map((d) => d[k])).size > 1;
        if (distinct('x') || distinct('y'))
          expect(r.fill).toBeGreaterThanOrEqual(nodes.length >= 20 ? 0.9 : 0.75);
      }),
      { numRuns: 25, seed: 20260501 },
    );
    expect(kept / pairs).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps held nodes at their anchors wherever they fit there (property)', () => {
    // Measured over 3,000 held nodes (fast-check seeds 1, 2 and one more): every one whose
    // circle fits at its anchor stayed there; of those whose label fits there too, 5 lost it to
    // more important nodes placed first (labels go by importance, held or not): 99.8 % kept it.
    let fit = 0;
    let labelled = 0;
    fc.assert(
      fc.property(
        roomy({ maxN: 60 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        ({ nodes, frame }, picks) => {
          const free = frameFit({ frame, nodes });
          const anchor = (d: FrameNode) => ({
            x: forward(free.axes.x, d.x),
            y: forward(free.axes.y, d.y),
          });
          // Held nodes with anchors far apart: two held on one spot cannot both stay.
          const held = new Set<FrameNode>();
          for (const k of picks) {
            const d = nodes[k % nodes.length] as FrameNode;
            const a = anchor(d);
            const far = [...held].every((o) => {
              const b = anchor(o);
              return Math.abs(a.x - b.x) > 600 || Math.abs(a.y - b.y) > 200;
            });
            if (far) held.add(d);
          }
          const input = nodes.map((d) => (held.has(d) ? { ...d, held: true } : d));
          const r = frameFit({ frame, nodes: input });
          checkAlways(input, frame, r);
          // Anchors come from the network places alone, held or not.
          expect(r.axes).toEqual(free.axes);
          input.forEach((d, i) => {
            if (!d.held) return;
            const a = anchor(d);
            // Fits: clear of the frame's edge by half the padding, as the placement keeps it.
            const fits = (s: LabelSide | null) =>
              within(boxAt(d, a.x, a.y, s), frame.w, frame.h, PAD / 2);
            if (!fits(null)) return;
            expect(xOf(r, i)).toBeCloseTo(a.x, 6);
            expect(yOf(r, i)).toBeCloseTo(a.y, 6);
            if (d.label && LABEL_SIDES.some(fits)) {
              fit++;
              if (r.sides[i] !== null) labelled++;
            }
          });
        },
      ),
      { numRuns: 25, seed: 20260502 },
    );
    expect(fit).toBeGreaterThan(10);
    expect(labelled).toBeGreaterThanOrEqual(0.95 * fit);
  });
});

/** Maps in frames whose area is a third to a half of what their smallest boxes need. */
const crowded = (o: { minN: number; maxN: number }, label?: { d: number; w: number; h: number }) =>
  fc
    .tuple(
      graphArb(o),
      fc.double({ min: 2, max: 3, noNaN: true }),
      fc.double({ min: 0.5, max: 2.5, noNaN: true }),
    )
    .map(([list, density, aspect]) => {
      // Distinct importances, unrelated to the places: 101 is prime and above the node count.
      const nodes = list.map((d, i) => ({
        ...d,
        importance: (i * 37) % 101,
        ...(label ? { d: label.d, label: { w: label.w, h: label.h } } : {}),
      }));
      return { nodes, frame: frameFor(nodes, density, aspect, 1.2) };
    });

/**
 * Of the pairs (hidden label, shown label) of different importance, the share where the shown
 * one is the less important. 0: strictly by importance; 0.5: no better than chance.
 */
function inversions(nodes: FrameNode[], r: FrameFitResult) {
  const hidden = new Set(r.hidden);
  const labelled = nodes.filter((d) => d.label && !d.must && !d.held);
  let bad = 0;
  let pairs = 0;
  for (const h of labelled) {
    if (!hidden.has(h.id)) continue;
    for (const s of labelled) {
      if (hidden.has(s.id) || s.importance === h.importance) continue;
      pairs++;
      if (s.importance < h.importance) bad++;
    }
  }
  return { bad, pairs };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

describe('frameFit: crowded frames', () => {
  it('never hides a must label while the frame holds the must labels (property)', () => {
    fc.assert(
      fc.property(
        crowded({ minN: 5, maxN: 100 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        ({ nodes, frame }, picks) => {
          // Musts among the labels a third of the frame holds: a frame holds the must labels.
          const small = nodes.filter((d) => {
            const b = boxAt(d, 0, 0, d.label ? 'below' : null);
            return d.label && b.x2 - b.x1 + PAD <= frame.w / 3 && b.y2 - b.y1 + PAD <= frame.h / 3;
          });
          const musts = new Set(picks.map((k) => small[k % small.length]?.id));
          const input = nodes.map((d) => ({ ...d, must: musts.has(d.id) }));
          const r = frameFit({ frame, nodes: input });
          checkAlways(input, frame, r);
          for (const id of r.hidden) expect(musts.has(id)).toBe(false);
        },
      ),
      { numRuns: 8 },
    );
  });

  /*
   * The layout hides labels roughly, not strictly, least important first. It places nodes most
   * important first, each near its own place, so a big label in a dense region can find no room
   * where a smaller or better placed, less important one does; and a second round places the
   * labels hidden in the first one before the others, keeping it if it hides fewer. What it does
   * guarantee: must labels go first (above), and `hidden` is ordered by importance (checkAlways).
   * Measured over 90 crowded maps of each kind (fast-check seeds 1–3): shown labels were always
   * more important on average than hidden ones (by 15 or more on a 0–100 scale); of the pairs
   * (hidden, shown), 17–19 % had the shown one less important with mixed label sizes (at most 36 %
   * in one map) and about 1 % with equal labels (at most 5 %); over 8 maps, as here, 16–21 % and
   * at most 1.2 % for six seeds. A choice by chance would give 50 %. The thresholds below leave
   * room for other seeds, and fail if importance stopped deciding.
   */
  it('hides labels mostly least important first (seeded)', () => {
    for (const [label, overall] of [
      [undefined, 0.3],
      [{ d: 16, w: 80, h: 16 }, 0.05],
    ] as const) {
      let bad = 0;
      let pairs = 0;
      let maps = 0;
      fc.assert(
        fc.property(crowded({ minN: 20, maxN: 60 }, label), ({ nodes, frame }) => {
          const r = frameFit({ frame, nodes });
          const hidden = new Set(r.hidden);
          if (hidden.size === 0) return;
          maps++;
          const shown = nodes.filter((d) => d.label && !hidden.has(d.id));
          const gone = nodes.filter((d) => hidden.has(d.id));
          const inv = inversions(nodes, r);
          expect(mean(shown.map((d) => d.importance))).toBeGreaterThan(
            mean(gone.map((d) => d.importance)),
          );
          bad += inv.bad;
          pairs += inv.pairs;
        }),
        { numRuns: 8, seed: 20260503 },
      );
      expect(maps).toBeGreaterThanOrEqual(6);
      expect(bad).toBeLessThanOrEqual(overall * pairs);
    }
  });
});
