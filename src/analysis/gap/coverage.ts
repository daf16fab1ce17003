/**
 * Type coverage (docs/gap-analysis.md §2): the best link from the focal actor to
 * every actor, direct or through a shared project, and from it each template type's status and
 * the weighted score. Owner types and the map's "not relevant here" types are not scored.
 */
import type { Actor, Collaboration, Strength } from '../../domain/types';
import { ACTIVITY_RANK, type Prepared } from './prepare';
import type {
  CoverageStatus,
  FocalLink,
  LinkStatus,
  SectorScore,
  TypeCoverage,
  WeakReason,
} from './types';

/** Active, of strength 2 or more and not stale: the only kind of link that covers a type. */
export const isCovering = (l: FocalLink): boolean =>
  l.status === 'active' && l.strength >= 2 && !l.stale;

/** Why a link does not cover, or null when it does. */
export function weakReason(l: FocalLink): WeakReason | null {
  if (l.status !== 'active') return 'status';
  if (l.strength < 2) return 'strength';
  return l.stale ? 'stale' : null;
}

/**
 * Better link: covering first, then the more active status, the stronger, not stale, direct,
 * lower ids.
 */
export function isBetterLink(a: FocalLink, b: FocalLink): boolean {
  const ca = isCovering(a) ? 1 : 0;
  const cb = isCovering(b) ? 1 : 0;
  if (ca !== cb) return ca > cb;
  const sa = ACTIVITY_RANK[a.status];
  const sb = ACTIVITY_RANK[b.status];
  if (sa !== sb) return sa > sb;
  if (a.strength !== b.strength) return a.strength > b.strength;
  if (a.stale !== b.stale) return b.stale;
  const da = a.viaProjectId === null ? 1 : 0;
  const db = b.viaProjectId === null ? 1 : 0;
  if (da !== db) return da > db;
  return a.collaborationIds.join('\u0000') < b.collaborationIds.join('\u0000');
}

function offer(best: Map<number, FocalLink>, index: number, link: FocalLink) {
  const old = best.get(index);
  if (!old || isBetterLink(link, old)) best.set(index, link);
}

interface Leg {
  c: Collaboration;
  stale: boolean;
}

/** The weaker strength and the less active status of two non-ended legs; stale if either is. */
function combine(actorId: string, projectId: string, leg: Leg, c: Leg): FocalLink {
  const status = (
    ACTIVITY_RANK[leg.c.status] <= ACTIVITY_RANK[c.c.status] ? leg.c.status : c.c.status
  ) as LinkStatus;
  return {
    actorId,
    strength: Math.min(leg.c.strength, c.c.strength) as Strength,
    status,
    viaProjectId: projectId,
    collaborationIds: [leg.c.id, c.c.id],
    stale: leg.stale || c.stale,
  };
}

function offerVia(
  p: Prepared,
  best: Map<number, FocalLink>,
  other: number,
  project: number,
  leg: Leg,
  c: Leg,
) {
  offer(best, other, combine(p.ids[other] as string, p.ids[project] as string, leg, c));
}

/**
 * Best non-ended link to the focal actor for every actor that has one (keyed by actor index).
 * `stale` is parallel to p.collabs (freshness.ts); without it nothing is stale.
 */
export function focalLinks(p: Prepared, stale?: Uint8Array): Map<number, FocalLink> {
  const best = new Map<number, FocalLink>();
  const f = p.focal;
  if (f < 0) return best;
  const legs = new Map<number, Leg[]>();
  for (let i = 0; i < p.collabs.length; i++) {
    const c = p.collabs[i] as Collaboration;
    if (c.status === 'ended') continue;
    const s = p.src[i] as number;
    const t = p.dst[i] as number;
    if (s !== f && t !== f) continue;
    const other = s === f ? t : s;
    const id = p.ids[other] as string;
    const isStale = stale?.[i] === 1;
    offer(best, other, {
      actorId: id,
      strength: c.strength,
      status: c.status as LinkStatus,
      viaProjectId: null,
      collaborationIds: [c.id],
      stale: isStale,
    });
    if (p.actors[other]?.kind === 'project') {
      const list = legs.get(other);
      const leg = { c, stale: isStale };
      if (list) list.push(leg);
      else legs.set(other, [leg]);
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
    if (!legsOfS && !legsOfT) continue;
    const far = { c, stale: stale?.[i] === 1 };
    if (legsOfS && t !== f) for (const leg of legsOfS) offerVia(p, best, t, s, leg, far);
    if (legsOfT && s !== f) for (const leg of legsOfT) offerVia(p, best, s, t, leg, far);
  }
  return best;
}

export interface CoverageResult {
  /** Template types except owner types. */
  types: TypeCoverage[];
  owner: TypeCoverage[];
  sectorScores: SectorScore[];
  score: number;
  weightCovered: number;
  weightTotal: number;
}

const ratio = (covered: number, total: number) => (total > 0 ? covered / total : 0);

/** Actor indices per template type: by typeId and by each extraTypeId, each actor once a type. */
function membersByType(p: Prepared): number[][] {
  const byType: number[][] = p.types.map(() => []);
  for (let i = 0; i < p.n; i++) {
    if (i === p.focal) continue;
    const t = p.actorType[i] as number;
    if (t >= 0) byType[t]?.push(i);
    const extras = (p.actors[i] as Actor).extraTypeIds;
    for (let k = 0; k < extras.length; k++) {
      const x = p.typeIndex.get(extras[k] as string);
      if (x === undefined || x === t || extras.indexOf(extras[k] as string) !== k) continue;
      byType[x]?.push(i);
    }
  }
  return byType;
}

const scored = (t: TypeCoverage, owner: boolean) => !owner && !t.notRelevant;

export function typeCoverage(p: Prepared, links: Map<number, FocalLink>): CoverageResult {
  const byType = membersByType(p);
  const notRelevant = new Set(p.doc.map.notRelevantTypeIds);
  const all = p.types.map(({ type, sectorId }, t): TypeCoverage => {
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
      notRelevant: notRelevant.has(type.id),
      weakBecause: status === 'weak' && best ? weakReason(best) : null,
      actorIds: idsOf(members),
      linkedActorIds: idsOf(linked),
      coveringActorIds: idsOf(covering),
      best,
    };
  });
  const isOwner = p.types.map(({ type }) => type.owner === true);
  const sum = (sectorId: string | null) => {
    let weightCovered = 0;
    let weightTotal = 0;
    all.forEach((t, k) => {
      if (!scored(t, isOwner[k] as boolean) || (sectorId !== null && t.sectorId !== sectorId)) {
        return;
      }
      weightTotal += t.weight;
      if (t.status === 'covered') weightCovered += t.weight;
    });
    return { score: ratio(weightCovered, weightTotal), weightCovered, weightTotal };
  };
  return {
    types: all.filter((_, k) => !isOwner[k]),
    owner: all.filter((_, k) => isOwner[k]),
    sectorScores: p.template.sectors.map((sector) => ({ sectorId: sector.id, ...sum(sector.id) })),
    ...sum(null),
  };
}
