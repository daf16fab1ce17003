import type * as Y from 'yjs';
import type { ChangeSet } from '../domain/changes';
import type { Actor, Collaboration } from '../domain/types';
import { applyLocalChange } from '../sync/write';

const change = (mapId: string, part: Partial<ChangeSet>): ChangeSet => ({
  mapId,
  map: null,
  putActors: [],
  deleteActors: [],
  putCollaborations: [],
  deleteCollaborations: [],
  putActivities: [],
  deleteActivities: [],
  putViews: [],
  deleteViews: [],
  ...part,
});

/** New records, each whole, in one transaction: the server sees one update per entry. */
export function writeRecords(
  ydoc: Y.Doc,
  mapId: string,
  actors: Actor[],
  collaborations: Collaboration[],
): void {
  applyLocalChange(
    ydoc,
    change(mapId, { putActors: actors, putCollaborations: collaborations }),
    null,
  );
}

/** Removes records as the app does: gone from the table, and tombstoned so nothing revives them. */
export function removeRecords(
  ydoc: Y.Doc,
  mapId: string,
  actors: string[],
  collaborations: string[],
): void {
  applyLocalChange(
    ydoc,
    change(mapId, { deleteActors: actors, deleteCollaborations: collaborations }),
    null,
  );
}
