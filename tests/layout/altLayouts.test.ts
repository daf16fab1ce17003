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
    expect(radius(positions.get(a))).toBeCloseTo(radii[0] ?? 0);
    expect(radius(positions.get(b))).toBeCloseTo(radii[1] ?? 0);
    expect(radius(positions.get(c))).toBeCloseTo(radii[2] ?? 0);
    expect(segments.map((s) => s.sectorId)).toEqual(['education', 'culture', 'custom']);
  });

  it('places each actor inside its sector segment, empty segments included', () => {
    const { doc, a, c } = sample();
    const { positions } = ringsLayout(doc, ['education', 'culture', 'custom'], 'distance');
    const angle = (id: string) => {
      const p = positions.get(id) ?? { x: 0, y: 0 };
      return (Math.atan2(p.y, p.x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    };
    const seg = (2 * Math.PI) / 3;
    expect(angle(c)).toBeLessThan(seg); // education: the first segment, from the top
    expect(angle(a)).toBeGreaterThan(seg);
    expect(angle(a)).toBeLessThan(2 * seg);
  });

  it('rings by strength: strong inside, weak further out, unlinked outermost', () => {
    const { doc, a, b } = sample();
    const { positions, radii } = ringsLayout(doc, ['education', 'culture'], 'strength');
    expect(radius(positions.get(a))).toBeCloseTo(radii[0] ?? 0);
    expect(radius(positions.get(b))).toBeCloseTo(radii[3] ?? 0);
  });
});

describe('power/interest layout', () => {
  it('places scored actors by quadrant and sets unscored ones aside', () => {
    const { doc, focal, a, b, c } = sample();
    const { positions, unscored, quadrants, asideX } = powerInterestLayout(doc);
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
    expect(positions.get(c)?.x).toBeGreaterThanOrEqual(asideX);
  });
});
