import type { CollaborationStatus, MapDocument } from '../domain/types';

export interface VisibilityFilter {
  /** Empty lists mean "everything". */
  sectors: readonly string[];
  statuses: readonly CollaborationStatus[];
  purposes: readonly string[];
}

export interface Visible {
  actors: Set<string>;
  collaborations: Set<string>;
}

/**
 * What a filter leaves on the map. A sector filter hides actors; a status or purpose filter hides
 * links and then every actor left without a visible link, except the focal actor, so the map
 * answers "who do we work with on this?".
 */
export function visibleItems(doc: MapDocument, filter: VisibilityFilter): Visible {
  const focal = doc.map.focalActorId;
  const sectorOk = (sectorId: string, id: string) =>
    filter.sectors.length === 0 || filter.sectors.includes(sectorId) || id === focal;
  const actors = new Set(
    Object.values(doc.actors)
      .filter((a) => sectorOk(a.sectorId, a.id))
      .map((a) => a.id),
  );
  const linkFilter = filter.statuses.length > 0 || filter.purposes.length > 0;
  const collaborations = new Set<string>();
  const linked = new Set<string>();
  for (const c of Object.values(doc.collaborations)) {
    if (!actors.has(c.sourceId) || !actors.has(c.targetId)) continue;
    if (filter.statuses.length > 0 && !filter.statuses.includes(c.status)) continue;
    if (filter.purposes.length > 0 && !c.purposeIds.some((p) => filter.purposes.includes(p))) {
      continue;
    }
    collaborations.add(c.id);
    linked.add(c.sourceId);
    linked.add(c.targetId);
  }
  if (linkFilter) {
    for (const id of actors) if (!linked.has(id) && id !== focal) actors.delete(id);
  }
  return { actors, collaborations };
}
