import type * as Y from 'yjs';
import { applyChangeSet, type ChangeSet, isEmptyChange } from '../domain/changes';
import type { MapDocument } from '../domain/types';
import { ensureTables, LOCAL_ORIGIN } from './model';
import { noneTouched, type RemoteResult, readRemote, readTouched } from './read';
import { applyLocalChange, type Prev } from './write';

/** A change to show, and the view of the shared map it was made against (`mergeRemote`'s `saved`). */
export interface SharedUpdate extends RemoteResult {
  saved: MapDocument;
}

export interface SharedBridge {
  /** This device's view of the shared map: what Yjs holds, as validated records. */
  synced(): MapDocument;
  /**
   * Writes a change autosave committed, as one Yjs transaction. Returns what to show on top of it
   * (usually nothing): records someone else deleted meanwhile stay deleted, and links to them go.
   */
  commit(change: ChangeSet, prev: Prev): SharedUpdate;
  /** Remote records dropped as invalid since the bridge was made. */
  dropped(): number;
  dispose(): void;
}

const CHANGE_KEYS = [
  ['actors', 'putActors', 'deleteActors'],
  ['collaborations', 'putCollaborations', 'deleteCollaborations'],
  ['activities', 'putActivities', 'deleteActivities'],
  ['views', 'putViews', 'deleteViews'],
] as const;

function touchedByChange(change: ChangeSet) {
  const touched = noneTouched();
  for (const [table, put, del] of CHANGE_KEYS) {
    for (const r of change[put]) touched[table].add(r.id);
    for (const id of change[del]) touched[table].add(id);
  }
  return touched;
}

/**
 * Keeps one map's document in step with its Y.Doc. `initial` is the map as shown when the bridge
 * starts (`docFromY` or the map just shared with `seedY`). Every transaction of another origin
 * (the network provider, y-indexeddb) is read with `readRemote` and handed to `onRemote`.
 */
export function createBridge(
  ydoc: Y.Doc,
  initial: MapDocument,
  onRemote: (update: SharedUpdate) => void,
): SharedBridge {
  ensureTables(ydoc);
  let synced = initial;
  let dropped = 0;

  const observer = (tr: Y.Transaction) => {
    if (tr.origin === LOCAL_ORIGIN || tr.changed.size === 0) return;
    const saved = synced;
    const result = readRemote(ydoc, tr, saved);
    synced = result.doc;
    dropped += result.dropped;
    if (!isEmptyChange(result.change) || result.dropped > 0) onRemote({ ...result, saved });
  };
  ydoc.on('afterTransaction', observer);

  return {
    synced: () => synced,
    commit(change, prev) {
      applyLocalChange(ydoc, change, prev);
      const saved = applyChangeSet(synced, change);
      const result = readTouched(ydoc, saved, touchedByChange(change));
      synced = result.doc;
      return { ...result, saved };
    },
    dropped: () => dropped,
    dispose: () => ydoc.off('afterTransaction', observer),
  };
}
