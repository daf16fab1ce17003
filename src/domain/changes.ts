import { getRecord, hasRecord } from './records';
import type { Activity, Actor, Collaboration, MapDocument, PartnerMap, View } from './types';

/** The records to write so that storage holding `prev` comes to hold `next`. */
export interface ChangeSet {
  mapId: string;
  map: PartnerMap | null;
  putActors: Actor[];
  deleteActors: string[];
  putCollaborations: Collaboration[];
  deleteCollaborations: string[];
  putActivities: Activity[];
  deleteActivities: string[];
  putViews: View[];
  deleteViews: string[];
}

function diffRecords<T>(prev: Record<string, T>, next: Record<string, T>) {
  const put: T[] = [];
  const del: string[] = [];
  for (const [id, value] of Object.entries(next))
    if (getRecord(prev, id) !== value) put.push(value);
  for (const id of Object.keys(prev)) if (!hasRecord(next, id)) del.push(id);
  return { put, del };
}

/** Compares by identity: commands replace every record they change. */
export function diffDocuments(prev: MapDocument | null, next: MapDocument): ChangeSet {
  const empty: MapDocument = {
    map: next.map,
    actors: {},
    collaborations: {},
    activities: {},
    views: {},
  };
  const base = prev && prev.map.id === next.map.id ? prev : null;
  const from = base ?? empty;
  const actors = diffRecords(from.actors, next.actors);
  const collabs = diffRecords(from.collaborations, next.collaborations);
  const activities = diffRecords(from.activities, next.activities);
  const views = diffRecords(from.views, next.views);
  return {
    mapId: next.map.id,
    map: base && base.map === next.map ? null : next.map,
    putActors: actors.put,
    deleteActors: actors.del,
    putCollaborations: collabs.put,
    deleteCollaborations: collabs.del,
    putActivities: activities.put,
    deleteActivities: activities.del,
    putViews: views.put,
    deleteViews: views.del,
  };
}

export const isEmptyChange = (c: ChangeSet): boolean =>
  c.map === null &&
  c.putActors.length + c.deleteActors.length === 0 &&
  c.putCollaborations.length + c.deleteCollaborations.length === 0 &&
  c.putActivities.length + c.deleteActivities.length === 0 &&
  c.putViews.length + c.deleteViews.length === 0;

/** Applies a change set to a document: the inverse view of `diffDocuments`, for replaying. */
export function applyChangeSet(doc: MapDocument, change: ChangeSet): MapDocument {
  if (change.mapId !== doc.map.id) return doc;
  const apply = <T extends { id: string }>(
    records: Record<string, T>,
    put: readonly T[],
    del: readonly string[],
  ): Record<string, T> => {
    const out = { ...records };
    for (const id of del) delete out[id];
    for (const r of put) out[r.id] = r;
    return out;
  };
  return {
    map: change.map ?? doc.map,
    actors: apply(doc.actors, change.putActors, change.deleteActors),
    collaborations: apply(
      doc.collaborations,
      change.putCollaborations,
      change.deleteCollaborations,
    ),
    activities: apply(doc.activities, change.putActivities, change.deleteActivities),
    views: apply(doc.views, change.putViews, change.deleteViews),
  };
}
