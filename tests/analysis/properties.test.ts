import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, PAIRING_BONUS, PURPOSE_CAP, PURPOSE_WEIGHT } from '../../src/analysis/gap';
import type { MapDocument } from '../../src/domain/types';
import { mapArb, template } from './arbitrary';
import { actor, link } from './build';

const TODAY = '2026-06-01';
const run = (doc: MapDocument) => analyse(doc, template, TODAY, 'nb');

describe('gap analysis properties (fast-check)', () => {
  it('never throws on a valid map, and every score stays within 0–1', () => {
    fc.assert(
      fc.property(mapArb, fc.constantFrom('nb' as const, 'en' as const), (doc, locale) => {
        const a = analyse(doc, template, TODAY, locale);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(1);
        for (const s of a.sectorScores) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
        }
        expect(a.types).toHaveLength(template.sectors.flatMap((s) => s.types).length);
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

  it('is deterministic', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        expect(run(doc)).toEqual(run(structuredClone(doc)));
      }),
      { numRuns: 100 },
    );
  });

  it('ranks the same suggestions as a brute-force pass over all pairs', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        const ours = run(doc).suggestions.map((s) => [s.sourceId, s.targetId, s.score]);
        expect(ours).toEqual(bruteForce(doc));
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Reference: every pair, scored by the documented rule, O(n²·deg). Candidates: not linked by any
 * collaboration, not in a shared project, not two projects; and at distance 2, or a template
 * pairing, or the focal actor with an actor of a type of weight ≥ 2.
 */
function bruteForce(doc: MapDocument) {
  const ids = Object.keys(doc.actors);
  const focal = doc.map.focalActorId;
  const nb = new Map(ids.map((id) => [id, new Set<string>()]));
  const anyLink = new Set<string>();
  const purposes = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const c of Object.values(doc.collaborations)) {
    anyLink.add(`${c.sourceId}|${c.targetId}`).add(`${c.targetId}|${c.sourceId}`);
    if (c.status === 'ended') continue;
    nb.get(c.sourceId)?.add(c.targetId);
    nb.get(c.targetId)?.add(c.sourceId);
    for (const p of c.purposeIds) {
      purposes.get(c.sourceId)?.add(p);
      purposes.get(c.targetId)?.add(p);
    }
  }
  const types = new Map(template.sectors.flatMap((s) => s.types).map((t) => [t.id, t]));
  const typeOf = (id: string) =>
    id === focal ? undefined : types.get(doc.actors[id]?.typeId ?? '');
  const isPairing = (u: string, v: string) => {
    const a = typeOf(u)?.id;
    const b = typeOf(v)?.id;
    return template.pairings.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  };
  const project = (id: string) => doc.actors[id]?.kind === 'project';
  const name = (id: string) => doc.actors[id]?.name ?? '';
  const collator = new Intl.Collator('nb');
  const out: { s: string; t: string; score: number }[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const u = ids[i] as string;
      const v = ids[j] as string;
      if (anyLink.has(`${u}|${v}`) || (project(u) && project(v))) continue;
      const common = [...(nb.get(u) ?? [])].filter((w) => nb.get(v)?.has(w));
      if (common.some(project)) continue;
      const focalPair =
        (u === focal && (typeOf(v)?.weight ?? 0) >= 2) ||
        (v === focal && (typeOf(u)?.weight ?? 0) >= 2);
      if (common.length === 0 && !isPairing(u, v) && !focalPair) continue;
      const aa = common.reduce((s, w) => s + 1 / Math.log(nb.get(w)?.size ?? 0), 0);
      const shared = [...(purposes.get(u) ?? [])].filter((p) => purposes.get(v)?.has(p)).length;
      const raw =
        aa + (isPairing(u, v) ? PAIRING_BONUS : 0) + PURPOSE_WEIGHT * Math.min(shared, PURPOSE_CAP);
      const score = Math.round(raw * 1e9) / 1e9;
      if (score <= 0) continue;
      const [s, t] =
        v === focal
          ? [v, u]
          : u === focal
            ? [u, v]
            : collator.compare(name(u), name(v)) < 0 ||
                (collator.compare(name(u), name(v)) === 0 && u < v)
              ? [u, v]
              : [v, u];
      out.push({ s, t, score });
    }
  }
  out.sort(
    (x, y) =>
      y.score - x.score ||
      collator.compare(name(x.s), name(y.s)) ||
      collator.compare(name(x.t), name(y.t)) ||
      (x.s < y.s ? -1 : x.s > y.s ? 1 : 0) ||
      (x.t < y.t ? -1 : 1),
  );
  return out.slice(0, 10).map((x) => [x.s, x.t, x.score]);
}
