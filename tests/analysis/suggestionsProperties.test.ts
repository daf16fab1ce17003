import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  isSummerOnly,
  PAIRING_BONUS,
  PURPOSE_CAP,
  PURPOSE_WEIGHT,
  TERM_TIME_TYPE_IDS,
} from '../../src/analysis/gap';
import { type Actor, AGE_GROUPS, type MapDocument } from '../../src/domain/types';
import { mapArb, template } from './arbitrary';

const TODAY = '2026-06-01';

/** Random maps, and on some actors their own age groups and a "sommer" tag. */
const docArb = fc
  .tuple(
    mapArb,
    fc.array(fc.subarray([...AGE_GROUPS]), { maxLength: 60 }),
    fc.array(fc.boolean(), { maxLength: 60 }),
  )
  .map(([doc, ages, summer]) => {
    const actors: Record<string, Actor> = {};
    Object.values(doc.actors).forEach((a, i) => {
      actors[a.id] = {
        ...a,
        ageGroups: ages[i] ?? [],
        tags: summer[i] ? ['sommer'] : a.tags,
      };
    });
    return { ...doc, actors } as MapDocument;
  });

/**
 * Reference: every pair, by the documented rules, O(n²·deg). Candidates: neither is the focal
 * actor; neither is a project or of an owner type; no collaboration of any status; not in the same project (links of
 * any status); age groups meet (or a template pairing vouches when neither has its own); no
 * summer-only actor with a school; a shared partner other than the focal actor, or a pairing.
 */
function bruteForce(doc: MapDocument, limit: number) {
  const ids = Object.keys(doc.actors);
  const focal = doc.map.focalActorId;
  const nb = new Map(ids.map((id) => [id, new Set<string>()]));
  const any = new Map(ids.map((id) => [id, new Set<string>()]));
  const purposes = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const c of Object.values(doc.collaborations)) {
    if (c.sourceId === c.targetId) continue;
    any.get(c.sourceId)?.add(c.targetId);
    any.get(c.targetId)?.add(c.sourceId);
    if (c.status === 'ended') continue;
    nb.get(c.sourceId)?.add(c.targetId);
    nb.get(c.targetId)?.add(c.sourceId);
    if (c.sourceId === focal || c.targetId === focal) continue;
    for (const p of c.purposeIds) {
      purposes.get(c.sourceId)?.add(p);
      purposes.get(c.targetId)?.add(p);
    }
  }
  const types = new Map(template.sectors.flatMap((s) => s.types).map((t) => [t.id, t]));
  const actor = (id: string) => doc.actors[id] as Actor;
  const typeOf = (id: string) => (id === focal ? undefined : types.get(actor(id).typeId));
  const isPairing = (u: string, v: string) => {
    const a = typeOf(u)?.id;
    const b = typeOf(v)?.id;
    return template.pairings.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  };
  const ages = (id: string) =>
    actor(id).ageGroups.length > 0 ? actor(id).ageGroups : (typeOf(id)?.ageGroups ?? []);
  const agesOk = (u: string, v: string) => {
    if (isPairing(u, v) && actor(u).ageGroups.length === 0 && actor(v).ageGroups.length === 0) {
      return true;
    }
    const a = ages(u);
    const b = ages(v);
    return a.length === 0 || b.length === 0 || a.some((g) => b.includes(g));
  };
  const term = (id: string) =>
    [actor(id).typeId, ...actor(id).extraTypeIds].some((t) => TERM_TIME_TYPE_IDS.includes(t));
  const seasonOk = (u: string, v: string) =>
    !(isSummerOnly(actor(u)) && term(v)) && !(isSummerOnly(actor(v)) && term(u));
  const project = (id: string) => actor(id).kind === 'project';
  const meetInProject = (u: string, v: string) =>
    [...(any.get(u) ?? [])].some((w) => project(w) && any.get(w)?.has(v));
  const collator = new Intl.Collator('nb');
  const name = (id: string) => actor(id).name;
  const out: { s: string; t: string; score: number }[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const u = ids[i] as string;
      const v = ids[j] as string;
      if (u === focal || v === focal || project(u) || project(v)) continue;
      if (typeOf(u)?.owner || typeOf(v)?.owner) continue;
      if (any.get(u)?.has(v) || meetInProject(u, v) || !agesOk(u, v) || !seasonOk(u, v)) continue;
      const common = [...(nb.get(u) ?? [])].filter((w) => w !== focal && nb.get(v)?.has(w));
      if (common.length === 0 && !isPairing(u, v)) continue;
      const aa = common.reduce((s, w) => s + 1 / Math.log(nb.get(w)?.size ?? 0), 0);
      const shared = [...(purposes.get(u) ?? [])].filter((p) => purposes.get(v)?.has(p)).length;
      const raw =
        aa + (isPairing(u, v) ? PAIRING_BONUS : 0) + PURPOSE_WEIGHT * Math.min(shared, PURPOSE_CAP);
      const score = Math.round(raw * 1e9) / 1e9;
      if (score <= 0) continue;
      const c = collator.compare(name(u), name(v));
      const [s, t] = c < 0 || (c === 0 && u < v) ? [u, v] : [v, u];
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
  return out.slice(0, limit).map((x) => [x.s, x.t, x.score]);
}

describe('suggestions (fast-check)', () => {
  it('rank the same pairs as a brute-force pass over all pairs, after the gap suggestions', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const all = analyse(doc, template, TODAY).suggestions;
        const firstPair = all.findIndex((s) => s.kind === 'pair');
        const gaps = all.filter((s) => s.kind === 'gap').length;
        if (firstPair >= 0) expect(firstPair).toBe(gaps);
        expect(gaps).toBeLessThanOrEqual(6);
        const ours = all.flatMap((s) =>
          s.kind === 'pair' ? [[s.sourceId, s.targetId, s.score]] : [],
        );
        expect(ours).toEqual(bruteForce(doc, 10 - gaps));
      }),
      { numRuns: 300 },
    );
  });
});
