import { describe, expect, it } from 'vitest';
import { powerInterestLayout } from '../../src/analysis/layout/powerInterest';
import { ringsLayout } from '../../src/analysis/layout/rings';
import { addActor, addCollaboration } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { MapDocument } from '../../src/domain/types';
import { testMeta } from '../fixtures/meta';

/** Focal — A (strong) — B (weak, via A only); C unlinked. */
function sample() {
  const meta = testMeta();
  let doc: MapDocument = makeMap(
    {
      name: 'R',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  const focal = doc.map.focalActorId ?? '';
  const add = (name: string, sectorId: string, power: number | null, interest: number | null) => {
    const r = addActor(doc, { name, sectorId, typeId: 'x', power, interest }, meta);
    doc = r.doc;
    return r.actor.id;
  };
  const a = add('A', 'culture', 5, 5);
  const b = add('B', 'culture', 1, 1);
  const c = add('C', 'education', null, 4);
  const link = (s: string, t: string, strength: 1 | 2 | 3) => {
    const r = addCollaboration(doc, { sourceId: s, targetId: t, strength }, meta);
    if (r) doc = r.doc;
  };
  link(focal, a, 3);
  link(a, b, 1);
  return { doc, focal, a, b, c };
}

const radius = (p: { x: number; y: number } | undefined) => (p ? Math.hypot(p.x, p.y) : Number.NaN);

/** The ring (0 = ring 1) whose band of radii holds a point. */
const ringAt = (radii: number[], p: { x: number; y: number } | undefined) =>
  radii.findLastIndex((r) => radius(p) >= r);

describe('rings layout', () => {
  it('puts the focal actor in the centre and actors on rings by hops', () => {
    const { doc, focal, a, b, c } = sample();
    const { positions, radii, segments } = ringsLayout(
      doc,
      ['education', 'culture', 'custom'],
      'distance',
    );
    expect(positions.get(focal)).toEqual({ x: 0, y: 0 });
    // A is 1 hop, B 2 hops, C has no path and goes to the outer ring (3).
    expect(radii).toHaveLength(3);
    expect(ringAt(radii, positions.get(a))).toBe(0);
    expect(ringAt(radii, positions.get(b))).toBe(1);
    expect(ringAt(radii, positions.get(c))).toBe(2);
    expect(segments.map((s) => s.sectorId)).toEqual(['education', 'culture', 'custom']);
  });

  it('places each actor inside its sector segment, empty segments included', () => {
    const { doc, a, b, c } = sample();
    const { positions, segments } = ringsLayout(
      doc,
      ['education', 'culture', 'custom'],
      'distance',
    );
    const angle = (id: string) => {
      const p = positions.get(id) ?? { x: 0, y: 0 };
      // Clockwise from the top, as the segments are.
      return ((Math.atan2(p.y, p.x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI)) - Math.PI / 2;
    };
    const [education, culture, custom] = segments;
    const inside = (id: string, s: { start: number; end: number } | undefined) =>
      !!s && angle(id) > s.start && angle(id) < s.end;
    expect(inside(c, education)).toBe(true);
    expect(inside(a, culture)).toBe(true);
    expect(inside(b, culture)).toBe(true);
    // The empty sector keeps a segment of its own, so it shows as a gap.
    expect((custom?.end ?? 0) - (custom?.start ?? 0)).toBeGreaterThan(0.3);
    expect(custom?.end).toBeCloseTo(1.5 * Math.PI);
  });

  it('rings by strength: strong inside, weak further out, unlinked outermost', () => {
    const { doc, a, b } = sample();
    const { positions, radii } = ringsLayout(doc, ['education', 'culture'], 'strength');
    expect(radii).toHaveLength(4);
    expect(ringAt(radii, positions.get(a))).toBe(0);
    expect(ringAt(radii, positions.get(b))).toBe(3);
  });
});

describe('power/interest layout', () => {
  it('places scored actors by quadrant and sets unscored ones aside', () => {
    const { doc, focal, a, b, c } = sample();
    const { positions, unscored, quadrants } = powerInterestLayout(doc);
    const inside = (id: string, q: string) => {
      const p = positions.get(id);
      const box = quadrants.find((x) => x.id === q);
      return (
        !!p && !!box && p.x > box.x && p.x < box.x + box.w && p.y > box.y && p.y < box.y + box.h
      );
    };
    expect(inside(a, 'manage-closely')).toBe(true);
    expect(inside(b, 'monitor')).toBe(true);
    expect(unscored.sort()).toEqual([focal, c].sort());
    // Listed beside the grid, not drawn on it.
    expect(positions.has(c)).toBe(false);
  });
});
