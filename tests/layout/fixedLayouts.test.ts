/**
 * The computed layouts ("Rings", "Power/interest") keep every label and circle clear of every
 * other one, and of the background labels, on the demo map and on random maps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { powerInterestLayout } from '../../src/analysis/layout/powerInterest';
import type { MapDocument } from '../../src/domain/types';
import { en } from '../../src/i18n/en';
import { type ElementModel, type NodeModel, toElements } from '../../src/render/elements';
import {
  LABEL_FONT_FAMILY,
  LABEL_MARGIN,
  type Measure,
  wrapLines,
} from '../../src/render/nodeGeometry';
import { DECORATION } from '../../src/render/tokens';
import { restore } from '../../src/schema/restore';
import { fixedLayout } from '../../src/ui/map/fixedLayouts';
import { rawMapArb, template, toDoc } from '../analysis/arbitrary';
import { must } from './fixtures';

const restored = restore(demo);
if (!restored.ok) throw new Error('the demo map does not restore');
const demoDoc = restored.value;

/** A deterministic width estimate: 0.58 em a character (as nodeGeometry's fallback). */
const measure: Measure = (text, font) =>
  text.length * 0.58 * Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '15');

/** The English text of a dotted message key. */
const t = (key: string): string => {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return typeof node === 'string' ? node : key;
};

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Overlap by more than half a pixel both ways (touching does not count). */
const hit = (a: Rect, b: Rect) =>
  Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 &&
  Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5;

/** The circle's square and the label's box below it, as the node style draws them. */
function parts(n: NodeModel, p: { x: number; y: number }): { circle: Rect; label: Rect } {
  const r = n.size / 2;
  // nodeBox: w is the wider of circle and text plus 6 px each side; h ends 6 px below the text.
  const half = Math.max(0, n.w - 12) / 2;
  return {
    circle: { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r },
    label: { x1: p.x - half, y1: p.y + r + LABEL_MARGIN, x2: p.x + half, y2: p.y - r + n.h - 6 },
  };
}

/** The drawn box of a decoration's label as the stylesheet draws it (tokens.DECORATION). */
function decorationRect(d: { data: Record<string, unknown>; position?: { x: number; y: number } }) {
  const p = must(d.position);
  const label = String(d.data.label ?? '');
  if (typeof d.data.w === 'number' && typeof d.data.h === 'number') {
    // A quadrant: only its title band counts, one line below its top edge.
    const w = measure(label, `700 ${DECORATION.quadrantSize}px ${LABEL_FONT_FAMILY}`);
    const top = p.y - d.data.h / 2;
    return { x1: p.x - w / 2, y1: top, x2: p.x + w / 2, y2: top + DECORATION.quadrantSize + 10 };
  }
  const font = `700 ${DECORATION.size}px ${LABEL_FONT_FAMILY}`;
  const lines = wrapLines(label, DECORATION.maxWidth, font, measure);
  const w = Math.max(0, ...lines.map((l) => measure(l, font)));
  const h = lines.length * DECORATION.size * 1.2;
  const cy = p.y + LABEL_MARGIN;
  return { x1: p.x - w / 2, y1: cy - h / 2, x2: p.x + w / 2, y2: cy + h / 2 };
}

interface Count {
  labelLabel: number;
  labelNode: number;
  nodeNode: number;
  decoration: number;
}

function overlaps(model: ElementModel, layout: NonNullable<ReturnType<typeof fixedLayout>>): Count {
  const drawn = model.nodes.flatMap((n) => {
    const p = layout.positions.get(n.id);
    return p ? [{ n, ...parts(n, p) }] : [];
  });
  const count: Count = { labelLabel: 0, labelNode: 0, nodeNode: 0, decoration: 0 };
  for (let i = 0; i < drawn.length; i++) {
    const a = must(drawn[i]);
    for (let j = i + 1; j < drawn.length; j++) {
      const b = must(drawn[j]);
      if (hit(a.label, b.label)) count.labelLabel++;
      if (hit(a.label, b.circle) || hit(b.label, a.circle)) count.labelNode++;
      if (hit(a.circle, b.circle)) count.nodeNode++;
    }
  }
  const texts = layout.decorations.map((d) => decorationRect(d));
  for (const d of texts) {
    for (const a of drawn) if (hit(d, a.label) || hit(d, a.circle)) count.decoration++;
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (hit(must(texts[i]), must(texts[j]))) count.decoration++;
    }
  }
  return count;
}

const CLEAN: Count = { labelLabel: 0, labelNode: 0, nodeNode: 0, decoration: 0 };

const ghostsFor = (sectors: readonly string[]) => ({
  ghosts: sectors.map((sectorId, i) => ({
    typeId: `missing-${i}`,
    sectorId,
    label: `Missing type number ${i} in this sector`,
  })),
  weak: new Set<string>(),
  stale: new Set<string>(),
});

function modelOf(doc: MapDocument, scale = 1, ghosts = false) {
  const overlay = ghosts ? ghostsFor(template.sectors.map((s) => s.id)) : null;
  return toElements(doc, template, null, measure, overlay, scale);
}

const MODES = [
  ['rings', 'distance'],
  ['rings', 'strength'],
  ['power', 'distance'],
] as const;

function layoutOf(
  mode: 'rings' | 'power',
  by: 'distance' | 'strength',
  doc: MapDocument,
  model: ElementModel,
) {
  return must(fixedLayout(mode, by, doc, model, template, 'en', t, measure));
}

describe('computed layouts of the demo map', () => {
  it('the overlap count sees overlaps (all actors on one spot)', () => {
    const model = modelOf(demoDoc);
    const layout = layoutOf('rings', 'distance', demoDoc, model);
    for (const id of layout.positions.keys()) layout.positions.set(id, { x: 0, y: 0 });
    const count = overlaps(model, layout);
    const n = layout.positions.size;
    expect(count.labelLabel).toBeGreaterThan(n / 2);
    expect(count.labelNode).toBeGreaterThan(n / 2);
    expect(count.nodeNode).toBe((n * (n - 1)) / 2);
  });

  for (const scale of [1, 1.6, 2]) {
    for (const [mode, by] of MODES) {
      it(`${mode}${mode === 'rings' ? ` by ${by}` : ''} at label scale ${scale}: nothing overlaps`, () => {
        const model = modelOf(demoDoc, scale, mode === 'rings');
        const layout = layoutOf(mode, by, demoDoc, model);
        expect(overlaps(model, layout)).toEqual(CLEAN);
      });
    }
  }

  it('rings: every actor but the ghosts has a place, the culture school in the centre', () => {
    const model = modelOf(demoDoc, 1, true);
    const layout = layoutOf('rings', 'distance', demoDoc, model);
    for (const id of Object.keys(demoDoc.actors)) expect(layout.positions.has(id)).toBe(true);
    expect(layout.positions.get(must(demoDoc.map.focalActorId))).toEqual({ x: 0, y: 0 });
    for (const n of model.nodes.filter((x) => x.ghost))
      expect(layout.positions.has(n.id)).toBe(true);
  });
});

/** Which quadrant and sub-cell a point falls in, from the layout's bands. */
function cellAt(
  layout: ReturnType<typeof powerInterestLayout>,
  p: { x: number; y: number },
): { quadrant: string | undefined; interest: number | undefined; power: number | undefined } {
  const q = layout.quadrants.find(
    (b) => p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h,
  );
  const col = layout.columns.find((c) => p.x > c.start && p.x < c.start + c.size);
  const row = layout.rows.find((r) => p.y > r.start && p.y < r.start + r.size);
  return { quadrant: q?.id, interest: col?.score, power: row?.score };
}

const quadrantOf = (power: number, interest: number) =>
  power >= 4
    ? interest >= 4
      ? 'manage-closely'
      : 'keep-satisfied'
    : interest >= 4
      ? 'keep-informed'
      : 'monitor';

function checkGrid(doc: MapDocument, model: ElementModel) {
  const boxes = new Map(model.nodes.map((n) => [n.id, { w: n.w, h: n.h, dy: n.dy }]));
  const layout = powerInterestLayout(doc, { boxes });
  const sizes = layout.quadrants.map((q) => `${q.w.toFixed(6)}×${q.h.toFixed(6)}`);
  expect(new Set(sizes).size).toBe(1);
  expect(layout.columns.map((c) => c.score)).toEqual([1, 2, 3, 4, 5]);
  expect(layout.rows.map((r) => r.score)).toEqual([5, 4, 3, 2, 1]);
  for (const a of Object.values(doc.actors)) {
    if (a.power === null || a.interest === null) {
      expect(layout.unscored).toContain(a.id);
      continue;
    }
    const n = must(model.nodes.find((x) => x.id === a.id));
    const p = must(layout.positions.get(a.id));
    // The whole box, not only the centre, lies in the actor's own sub-cell.
    const box = {
      x1: p.x - n.w / 2,
      x2: p.x + n.w / 2,
      y1: p.y + n.dy - n.h / 2,
      y2: p.y + n.dy + n.h / 2,
    };
    const col = must(layout.columns.find((c) => c.score === a.interest));
    const row = must(layout.rows.find((r) => r.score === a.power));
    expect(box.x1).toBeGreaterThanOrEqual(col.start);
    expect(box.x2).toBeLessThanOrEqual(col.start + col.size);
    expect(box.y1).toBeGreaterThanOrEqual(row.start);
    expect(box.y2).toBeLessThanOrEqual(row.start + row.size);
    expect(cellAt(layout, p)).toEqual({
      quadrant: quadrantOf(a.power, a.interest),
      interest: a.interest,
      power: a.power,
    });
  }
}

describe('the power/interest grid', () => {
  it('has four equal quadrants and puts each demo actor in the sub-cell of its scores', () => {
    checkGrid(demoDoc, modelOf(demoDoc));
    checkGrid(demoDoc, modelOf(demoDoc, 2));
  });

  it('keeps the title band of every quadrant free of actors', () => {
    const model = modelOf(demoDoc);
    const boxes = new Map(model.nodes.map((n) => [n.id, { w: n.w, h: n.h, dy: n.dy }]));
    const layout = powerInterestLayout(demoDoc, { boxes, titleBand: 60 });
    for (const [id, p] of layout.positions) {
      const n = must(model.nodes.find((x) => x.id === id));
      const top = p.y + n.dy - n.h / 2;
      for (const q of layout.quadrants) {
        const inside = p.x > q.x && p.x < q.x + q.w && p.y > q.y && p.y < q.y + q.h;
        if (inside) expect(top).toBeGreaterThanOrEqual(q.y + 60);
      }
    }
  });
});

describe('random maps', () => {
  it('rings and power/interest never overlap, at any label scale', () => {
    fc.assert(
      fc.property(
        rawMapArb,
        fc.constantFrom(1, 1.6, 2),
        fc.boolean(),
        fc.constantFrom(...MODES),
        (raw, scale, ghosts, [mode, by]) => {
          const doc = toDoc(raw);
          const model = modelOf(doc, scale, ghosts && mode === 'rings');
          expect(overlaps(model, layoutOf(mode, by, doc, model))).toEqual(CLEAN);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the grid keeps every scored actor in its own sub-cell', () => {
    fc.assert(
      fc.property(rawMapArb, fc.constantFrom(1, 2), (raw, scale) => {
        const doc = toDoc(raw);
        checkGrid(doc, modelOf(doc, scale));
      }),
      { numRuns: 60 },
    );
  });

  it('a crowded map: 300 actors in one sector and one cell still do not overlap', () => {
    const raw = {
      actors: Array.from({ length: 300 }, () => ({
        type: { sectorId: 'culture', typeId: 'library' },
        kind: 'organisation' as const,
        name: 'Biblioteket',
        power: 5,
        interest: 5,
      })),
      links: [],
      activities: [],
      focal: 0,
    };
    const doc = toDoc(raw);
    const model = modelOf(doc);
    for (const [mode, by] of MODES) {
      expect(overlaps(model, layoutOf(mode, by, doc, model))).toEqual(CLEAN);
    }
  });
});
