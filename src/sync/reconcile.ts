import type * as Y from 'yjs';
import { type ChangeSet, diffDocuments } from '../domain/changes';
import type { MapDocument } from '../domain/types';
import { ensureTables, fieldsOf, RECORD_TABLES, tableOf, tombstonesOf } from './model';
import { noneTouched, type RemoteResult, readTouched } from './read';
import { applyLocalChange, seedY } from './write';

const PUT_KEYS = {
  actors: 'putActors',
  collaborations: 'putCollaborations',
  activities: 'putActivities',
  views: 'putViews',
} as const;

/**
 * Brings a map as stored here (IndexedDB) and its Y.Doc (from y-indexeddb and the server) together
 * when the map opens. A Y.Doc without the map gets the whole map (sharing it). Records stored here
 * that the Y.Doc never had, and has no tombstone for, are written to it: an edit whose Yjs update
 * did not reach y-indexeddb before the app closed. Everything else is read from the Y.Doc, whose
 * state is the later one; the result is the change that shows it, like a remote change.
 */
export function reconcile(ydoc: Y.Doc, local: MapDocument): RemoteResult {
  ensureTables(ydoc);
  const mapId = local.map.id;
  if (!fieldsOf(ydoc, 'map', mapId)) seedY(ydoc, local);
  const missing: ChangeSet = { ...diffDocuments(local, local), map: null };
  for (const table of RECORD_TABLES) {
    const tombstones = tombstonesOf(ydoc, table);
    const rows = tableOf(ydoc, table);
    for (const row of Object.values(local[table])) {
      if (!rows.has(row.id) && !tombstones.has(row.id))
        (missing[PUT_KEYS[table]] as Array<typeof row>).push(row);
    }
  }
  applyLocalChange(ydoc, missing, null);
  const touched = noneTouched();
  for (const table of RECORD_TABLES) {
    for (const id of tableOf(ydoc, table).keys()) touched[table].add(id);
    for (const id of Object.keys(local[table])) touched[table].add(id);
  }
  return readTouched(ydoc, local, touched);
}
