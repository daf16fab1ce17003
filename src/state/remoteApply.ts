import type { ChangeSet } from '../domain/changes';
import { hasRecord } from '../domain/records';
import { dropDangling, mergeRemote, type RemoteBase } from '../domain/remoteChanges';
import type { MapDocument } from '../domain/types';
import { type DocumentState, type DocumentStore, documentStore } from './documentStore';

const DELETES = [
  ['actors', 'deleteActors'],
  ['collaborations', 'deleteCollaborations'],
  ['activities', 'deleteActivities'],
  ['views', 'deleteViews'],
] as const;

/**
 * A shared map's deletion is final (docs/sharing.md): unlike a tab's, it also removes a record
 * the user has edited and not committed, and the record in every undo state, which would
 * otherwise bring it back for everyone.
 */
function withoutDeleted(doc: MapDocument, change: ChangeSet): MapDocument {
  let next = doc;
  for (const [table, key] of DELETES) {
    const gone = change[key].filter((id) => hasRecord(next[table], id));
    if (gone.length === 0) continue;
    const rows: Record<string, unknown> = { ...next[table] };
    for (const id of gone) delete rows[id];
    next = { ...next, [table]: rows };
  }
  return next === doc ? doc : dropDangling(next);
}

/**
 * Shows a change from a shared map's other devices (src/sync): outside the undo history, and
 * merged into every undo state too, so undo never undoes someone else's edit. `saved` is the
 * shared map as this device knew it before the change: fields the user changed since and has not
 * committed yet stay as they are. Unlike a tab's change, nothing has stored it here: autosave
 * sees a changed document and writes it, like an edit.
 */
export function applySharedChange(
  saved: MapDocument,
  change: ChangeSet,
  base: RemoteBase,
  store: DocumentStore = documentStore,
): void {
  const doc = store.getState().doc;
  if (!doc || doc.map.id !== change.mapId || saved.map.id !== change.mapId) return;
  const merge = (d: MapDocument) => withoutDeleted(mergeRemote(d, saved, change, base), change);
  const rebase = (s: Partial<DocumentState>) => (s.doc ? { ...s, doc: merge(s.doc) } : s);
  const history = store.temporal.getState();
  const { pastStates, futureStates } = history;
  history.pause();
  store.setState({ doc: merge(doc) });
  store.temporal.setState({
    pastStates: pastStates.map(rebase),
    futureStates: futureStates.map(rebase),
  });
  history.resume();
}
