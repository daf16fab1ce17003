/**
 * Type coverage (DESIGN.md §4.1): the best link from the focal actor to every actor, direct or
 * through a shared project, and from it each template type's status and the weighted score.
 */
import type { Collaboration, Strength } from '../../domain/types';
import { ACTIVITY_RANK, type Prepared } from './prepare';
import type { CoverageStatus, FocalLink, LinkStatus, SectorScore, TypeCoverage } from './types';

/** Active and of strength 2 or more: the only kind of link that covers a type. */
export const isCovering = (l: FocalLink): boolean => l.status === 'active' && l.strength >= 2;

/** Better link: covering first, then the more active status, the stronger, direct, lower ids. */
export function isBetterLink(a: FocalLink, b: FocalLink): boolean {
  const ca = isCovering(a) ? 1 : 0;
  const cb = isCovering(b) ? 1 : 0;
  if (ca !== cb) return ca > cb;
  const sa = ACTIVITY_RANK[a.status];
  const sb = ACTIVITY_RANK[b.status];
  if (sa !== sb) return sa > sb;
  if (a.strength !== b.strength) return a.strength > b.strength;
  const da = a.viaProjectId === null ? 1 : 0;
  const db = b.viaProjectId === null ? 1 : 0;
  if (da !== db) return da > db;
  return a.collaborationIds.join('\u0000') < b.collaborationIds.join('\u0000');
}

function offer(best: Map<number, FocalLink>, index: number, link: FocalLink) {
  const old = best.get(index);
  if (!old || isBetterLink(link, old)) best.set(index, link);
}

/** The weaker strength and the less active status of two non-ended legs. */
function combine(actorId: string, projectId: string, leg: Collaboration, c: Collaboration) {
  const status = (
    ACTIVITY_RANK[leg.status] <= ACTIVITY_RANK[c.status] ? leg.status : c.status
  ) as LinkStatus;
  return {
    actorId,
    strength: Math.min(leg.strength, c.strength) as Strength,
    status,
    viaProjectId: projectId,
    collaborationIds: [leg.id, c.id],
  };
}

function offerVia(
  p: Prepared,
  best: Map<number, FocalLink>,
  other: number,
  project: number,
  leg: Collaboration,
  c: Collaboration,
) {
  offer(best, other, combine(p.ids[other] as string, p.ids[project] as string, leg, c));
}

/** Best non-ended link to the focal actor for every actor that has one (keyed by actor index). */
export function focalLinks(p: Prepared): Map<number, FocalLink> {
  const best = new Map<number, FocalLink>();
  const f = p.focal;
  if (f < 0) return best;
  const legs = new Map<number, Collaboration[]>();
  for (let i = 0; i < p.collabs.length; i++) {
    const c = p.collabs[i] as Collaboration;
    if (c.status === 'ended') continue;
    const s = p.src[i] as number;
    const t = p.dst[i] as number;
    if (s !== f && t !== f) continue;
    const other = s === f ? t : s;
    const id = p.ids[other] as string;
    offer(best, other, {
      actorId: id,
      strength: c.strength,
      status: c.status as LinkStatus,
      viaProjectId: null,
      collaborationIds: [c.id],
    });
    if (p.actors[other]?.kind === 'project') {
      const list = legs.get(other);
      if (list) list.push(c);
      else legs.set(other, [c]);
    }
  }
  if (legs.size === 0) return best;
  for (let i = 0; i < p.collabs.length; i++) {
    const c = p.collabs[i] as Collaboration;
    if (c.status === 'ended') continue;
    const s = p.src[i] as number;
    const t = p.dst[i] as number;
    const legsOfS = legs.get(s);
    const legsOfT = legs.get(t);
    if (legsOfS && t !== f) for (const leg of legsOfS) offerVia(p, best, t, s, leg, c);
    if (legsOfT && s !== f) for (const leg of legsOfT) offerVia(p, best, s, t, leg, c);
  }
  return best;
}

export interface CoverageResult {
  types: TypeCoverage[];
  sectorScores: SectorScore[];
  score: number;
  weightCovered: number;
  weightTotal: number;
}

const ratio = (covered: number, total: number) => (total > 0 ? covered / total : 0);

export function typeCoverage(p: Prepared, links: Map<number, FocalLink>): CoverageResult {
  const byType: number[][] = p.types.map(() => []);
  for (let i = 0; i < p.n; i++) {
    const t = p.actorType[i] as number;
    if (t >= 0) byType[t]?.push(i);
  }
  const types = p.types.map(({ type, sectorId }, t): TypeCoverage => {
    const members = byType[t] ?? [];
    const linked: number[] = [];
    const covering: number[] = [];
    let best: FocalLink | null = null;
    for (const i of members) {
      const link = links.get(i);
      if (!link) continue;
      linked.push(i);
      if (isCovering(link)) covering.push(i);
      if (!best || isBetterLink(link, best)) best = link;
    }
    const status: CoverageStatus =
      members.length === 0
        ? 'missing'
        : linked.length === 0
          ? 'unconnected'
          : covering.length === 0
            ? 'weak'
            : 'covered';
    const idsOf = (list: number[]) => list.map((i) => p.ids[i] as string);
    return {
      typeId: type.id,
      sectorId,
      expectation: type.expectation,
      weight: type.weight,
      status,
      actorIds: idsOf(members),
      linkedActorIds: idsOf(linked),
      coveringActorIds: idsOf(covering),
      best,
    };
  });
  const sectorScores = p.template.sectors.map((sector): SectorScore => {
    let weightCovered = 0;
    let weightTotal = 0;
    for (const t of types) {
      if (t.sectorId !== sector.id) continue;
      weightTotal += t.weight;
      if (t.status === 'covered') weightCovered += t.weight;
    }
    return {
      sectorId: sector.id,
      score: ratio(weightCovered, weightTotal),
      weightCovered,
      weightTotal,
    };
  });
  let weightCovered = 0;
  let weightTotal = 0;
  for (const t of types) {
    weightTotal += t.weight;
    if (t.status === 'covered') weightCovered += t.weight;
  }
  return {
    types,
    sectorScores,
    score: ratio(weightCovered, weightTotal),
    weightCovered,
    weightTotal,
  };
}
