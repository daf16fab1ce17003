import { applyChangeSet, type ChangeSet, diffDocuments, isEmptyChange } from '../domain/changes';
import { baseOf, mergeRemote, type RemoteBase } from '../domain/remoteChanges';
import type { MapDocument } from '../domain/types';
import { appStatus, isNewerDatabase, markNewerVersion } from './appStatus';
import { type DocumentState, type DocumentStore, documentStore } from './documentStore';
import { appendToJournal, clearJournal } from './journal';
import { uiStore } from './uiStore';

/**
 * Edits are written in the task after they happen, so that a burst of edits in one task is one
 * transaction, and a tab closed right after an edit has already saved it (docs/architecture.md:
 * within a second).
 */
export const SAVE_DELAY_MS = 0;

/**
 * Where autosave writes. A tab-sync repository (`AnnouncingRepository`) also takes the versions
 * the change was made over, to send to the other tabs; a plain repository ignores them.
 */
export interface SaveTarget {
  saveChanges(change: ChangeSet, base?: RemoteBase): Promise<void>;
}

export interface Autosave {
  /** Records what storage now holds for the open map. */
  markSaved(doc: MapDocument | null): void;
  /**
   * Another tab's committed change to the open map: shown, not undoable, not written again.
   * Fields this tab has unsaved edits to keep them (see `mergeRemote`), and they are written
   * after the other tab's: the last writer wins, field by field. `base`: the sender's versions
   * from before its write, so that only the fields it changed are taken.
   */
  applyRemote(change: ChangeSet, base?: RemoteBase): void;
  flush(): Promise<boolean>;
  dispose(): void;
}

/**
 * Writes the difference between what storage holds and the open document. A failed write keeps
 * `saved` as it was, so the next attempt writes everything still missing, and shows a lasting
 * warning instead of failing silently.
 */
export function createAutosave(
  repo: SaveTarget,
  onFirstEdit: () => void,
  journal: Storage | null = null,
  store: DocumentStore = documentStore,
): Autosave {
  /** What storage holds for the open map, as far as this tab knows. */
  let saved: MapDocument | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> = Promise.resolve(true);
  let edited = false;
  /** Other tabs' changes that arrived while a write of ours was under way. */
  let arrivedDuringWrite: ChangeSet[] | null = null;

  const writeOnce = async (): Promise<boolean> => {
    // An older tab must not write over a newer database; its edits stay in the journal.
    if (appStatus.getState().newerVersion) return false;
    const doc = store.getState().doc;
    const before = saved;
    if (!doc || !before || doc.map.id !== before.map.id) return true;
    const change = diffDocuments(before, doc);
    if (isEmptyChange(change)) {
      // Nothing is unsaved, so nothing journalled is still needed (and replaying it later could
      // put back what another tab has changed since).
      clearJournal(journal);
      return true;
    }
    uiStore.setState({ save: { status: 'saving', error: uiStore.getState().save.error } });
    arrivedDuringWrite = [];
    try {
      await repo.saveChanges(change, baseOf(before, change));
      const arrived = arrivedDuringWrite;
      if (saved === before) saved = doc;
      else if (saved && saved.map.id === change.mapId) {
        // Which write committed last is unknown, so take theirs as last: our version of any
        // record both touched then differs from `saved`, and the next write puts it back.
        saved = arrived.reduce(applyChangeSet, applyChangeSet(saved, change));
        timer ??= setTimeout(flush, SAVE_DELAY_MS);
      }
      if (store.getState().doc === doc) clearJournal(journal);
      uiStore.setState({ save: { status: 'saved', error: null } });
      return true;
    } catch (e) {
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
      const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
      uiStore.setState({ save: { status: 'error', error: reason } });
      if (isNewerDatabase(e)) markNewerVersion();
      return false;
    } finally {
      arrivedDuringWrite = null;
    }
  };

  const flush = (): Promise<boolean> => {
    if (timer) clearTimeout(timer);
    timer = null;
    running = running.then(writeOnce, writeOnce);
    return running;
  };

  const unsubscribe = store.subscribe((state, prev) => {
    const doc = state.doc;
    if (doc === prev.doc || doc === saved || !doc || !saved || doc.map.id !== saved.map.id) return;
    // Layout positions are saved untracked; only a user's edit counts, and only it is worth
    // journalling before the asynchronous write (a layout can always be run again).
    if (store.temporal.getState().isTracking) {
      if (prev.doc && prev.doc.map.id === doc.map.id) {
        appendToJournal(journal, diffDocuments(prev.doc, doc));
      }
      if (!edited) {
        edited = true;
        onFirstEdit();
      }
    }
    if (!appStatus.getState().newerVersion) timer ??= setTimeout(flush, SAVE_DELAY_MS);
  });

  const applyRemote = (change: ChangeSet, remoteBase: RemoteBase = null) => {
    const doc = store.getState().doc;
    const base = saved;
    if (!doc || !base || change.mapId !== base.map.id || doc.map.id !== base.map.id) return;
    saved = applyChangeSet(base, change);
    arrivedDuringWrite?.push(change);
    const rebase = (s: Partial<DocumentState>) =>
      s.doc ? { ...s, doc: mergeRemote(s.doc, base, change, remoteBase) } : s;
    const history = store.temporal.getState();
    const { pastStates, futureStates } = history;
    history.pause();
    store.setState({ doc: mergeRemote(doc, base, change, remoteBase) });
    // Undo states get the change too, so undo never brings back a record the other tab replaced.
    store.temporal.setState({
      pastStates: pastStates.map(rebase),
      futureStates: futureStates.map(rebase),
    });
    history.resume();
  };

  const onHide = () => {
    const doc = store.getState().doc;
    if (doc && saved && doc !== saved && doc.map.id === saved.map.id) {
      appendToJournal(journal, diffDocuments(saved, doc));
    }
    void flush();
  };
  const onVisibility = () => document.visibilityState === 'hidden' && onHide();
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }

  return {
    markSaved(doc) {
      saved = doc;
    },
    applyRemote,
    flush,
    dispose() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
}
