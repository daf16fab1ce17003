import type { Activity, Actor, Collaboration, MapDocument, PartnerMap } from './types';

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
}

function diffRecords<T>(prev: Record<string, T>, next: Record<string, T>) {
  const put: T[] = [];
  const del: string[] = [];
  for (const [id, value] of Object.entries(next)) if (prev[id] !== value) put.push(value);
  for (const id of Object.keys(prev)) if (!(id in next)) del.push(id);
  return { put, del };
}

/** Compares by identity: commands replace every record they change. */
export function diffDocuments(prev: MapDocument | null, next: MapDocument): ChangeSet {
  const empty: MapDocument = { map: next.map, actors: {}, collaborations: {}, activities: {} };
  const base = prev && prev.map.id === next.map.id ? prev : null;
  const from = base ?? empty;
  const actors = diffRecords(from.actors, next.actors);
  const collabs = diffRecords(from.collaborations, next.collaborations);
  const activities = diffRecords(from.activities, next.activities);
  return {
    mapId: next.map.id,
    map: base && base.map === next.map ? null : next.map,
    putActors: actors.put,
    deleteActors: actors.del,
    putCollaborations: collabs.put,
    deleteCollaborations: collabs.del,
    putActivities: activities.put,
    deleteActivities: activities.del,
  };
}

export const isEmptyChange = (c: ChangeSet): boolean =>
  c.map === null &&
  c.putActors.length + c.deleteActors.length === 0 &&
  c.putCollaborations.length + c.deleteCollaborations.length === 0 &&
  c.putActivities.length + c.deleteActivities.length === 0;
