import { diffDocuments, isEmptyChange } from '../domain/changes';
import type { MapDocument } from '../domain/types';
import type { Repository } from '../persistence/repository';
import { documentStore } from './documentStore';
import { appendToJournal, clearJournal } from './journal';
import { uiStore } from './uiStore';

/**
 * Edits are written in the task after they happen, so that a burst of edits in one task is one
 * transaction, and a tab closed right after an edit has already saved it (DESIGN.md §7: 1 s).
 */
export const SAVE_DELAY_MS = 0;

export interface Autosave {
  /** Records what storage now holds for the open map. */
  markSaved(doc: MapDocument | null): void;
  flush(): Promise<boolean>;
  dispose(): void;
}

/**
 * Writes the difference between what storage holds and the open document. A failed write keeps
 * `saved` as it was, so the next attempt writes everything still missing, and shows a lasting
 * warning instead of failing silently.
 */
export function createAutosave(
  repo: Repository,
  onFirstEdit: () => void,
  journal: Storage | null = null,
): Autosave {
  let saved: MapDocument | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> = Promise.resolve(true);
  let edited = false;

  const writeOnce = async (): Promise<boolean> => {
    const doc = documentStore.getState().doc;
    if (!doc || !saved || doc.map.id !== saved.map.id) return true;
    const change = diffDocuments(saved, doc);
    if (isEmptyChange(change)) return true;
    uiStore.setState({ save: { status: 'saving', error: uiStore.getState().save.error } });
    try {
      await repo.saveChanges(change);
      saved = doc;
      if (documentStore.getState().doc === doc) clearJournal(journal);
      uiStore.setState({ save: { status: 'saved', error: null } });
      return true;
    } catch (e) {
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
      const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
      uiStore.setState({ save: { status: 'error', error: reason } });
      return false;
    }
  };

  const flush = (): Promise<boolean> => {
    if (timer) clearTimeout(timer);
    timer = null;
    running = running.then(writeOnce, writeOnce);
    return running;
  };

  const unsubscribe = documentStore.subscribe((state, prev) => {
    const doc = state.doc;
    if (doc === prev.doc || doc === saved || !doc || !saved || doc.map.id !== saved.map.id) return;
    // Layout positions are saved untracked; only a user's edit counts, and only it is worth
    // journalling before the asynchronous write (a layout can always be run again).
    if (documentStore.temporal.getState().isTracking) {
      if (prev.doc && prev.doc.map.id === doc.map.id) {
        appendToJournal(journal, diffDocuments(prev.doc, doc));
      }
      if (!edited) {
        edited = true;
        onFirstEdit();
      }
    }
    timer ??= setTimeout(flush, SAVE_DELAY_MS);
  });

  const onHide = () => {
    const doc = documentStore.getState().doc;
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
