import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/gap';
import type { MapDocument } from '../../src/domain/types';
import { mapArb, template } from './arbitrary';
import { actor, link } from './build';

const TODAY = '2026-06-01';
const run = (doc: MapDocument) => analyse(doc, template, TODAY);

describe('gap analysis properties (fast-check)', () => {
  it('never throws on a valid map, and every score stays within 0–1', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        const a = analyse(doc, template, TODAY);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(1);
        for (const s of a.sectorScores) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
        }
        // Owner types are reported apart, never scored.
        expect(a.types.length + a.owner.length).toBe(
          template.sectors.flatMap((s) => s.types).length,
        );
        for (const x of a.actions) expect(x.score).toBeCloseTo(x.weight * x.gap * x.power, 12);
        expect(a.suggestions.length).toBeLessThanOrEqual(10);
      }),
      { numRuns: 300 },
    );
  });

  it('an active, strong link from the focal actor to a new actor of a missing type never lowers the score', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (doc, pick) => {
        const focal = doc.map.focalActorId;
        const before = run(doc);
        const missing = before.types.filter((t) => t.status === 'missing');
        fc.pre(focal !== null && missing.length > 0);
        const type = missing[pick % missing.length];
        if (!type || !focal) return;
        const added: MapDocument = {
          ...doc,
          actors: {
            ...doc.actors,
            added: actor({ id: 'added', typeId: type.typeId, sectorId: type.sectorId }),
          },
          collaborations: {
            ...doc.collaborations,
            new: link({ id: 'new', a: focal, b: 'added', strength: 3, status: 'active' }),
          },
        };
        const after = run(added);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.types.find((t) => t.typeId === type.typeId)?.status).toBe('covered');
      }),
      { numRuns: 200 },
    );
  });

  it('an active, strong link from the focal actor to any existing actor never lowers the score', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (doc, pick) => {
        const focal = doc.map.focalActorId;
        const others = Object.keys(doc.actors).filter((id) => id !== focal);
        fc.pre(focal !== null && others.length > 0);
        const target = others[pick % others.length] as string;
        const before = run(doc).score;
        const more = {
          ...doc,
          collaborations: {
            ...doc.collaborations,
            new: link({ id: 'new', a: target, b: focal as string, strength: 3 }),
          },
        };
        expect(run(more).score).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('an extra role never lowers the score, and never changes the other types', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), fc.nat(), (doc, pickActor, pickType) => {
        const ids = Object.keys(doc.actors).filter((id) => id !== doc.map.focalActorId);
        fc.pre(ids.length > 0);
        const id = ids[pickActor % ids.length] as string;
        const all = template.sectors.flatMap((s) => s.types.map((t) => t.id));
        const extra = all[pickType % all.length] as string;
        const a = doc.actors[id] as MapDocument['actors'][string];
        const more: MapDocument = {
          ...doc,
          actors: { ...doc.actors, [id]: { ...a, extraTypeIds: [...a.extraTypeIds, extra] } },
        };
        const before = run(doc);
        const after = run(more);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        const others = (x: typeof before) =>
          x.types.filter((t) => t.typeId !== extra).map((t) => t.status);
        expect(others(after)).toEqual(others(before));
      }),
      { numRuns: 150 },
    );
  });

  it('"not relevant here" only takes types out of the score', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (doc, pick) => {
        const all = template.sectors.flatMap((s) => s.types.map((t) => t.id));
        const off = all[pick % all.length] as string;
        const before = run(doc);
        const after = run({
          ...doc,
          map: { ...doc.map, notRelevantTypeIds: [...doc.map.notRelevantTypeIds, off] },
        });
        expect(after.score).toBeGreaterThanOrEqual(0);
        expect(after.score).toBeLessThanOrEqual(1);
        expect(after.types.map((t) => t.status)).toEqual(before.types.map((t) => t.status));
        expect(after.types.find((t) => t.typeId === off)?.notRelevant ?? true).toBe(true);
        const type = before.types.find((t) => t.typeId === off);
        if (type && !type.notRelevant) {
          expect(after.weightTotal).toBe(before.weightTotal - type.weight);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        expect(run(doc)).toEqual(run(structuredClone(doc)));
      }),
      { numRuns: 100 },
    );
  });
});
