import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import { type EditMeta, liveMeta } from '../domain/ids';
import type { MapDocument } from '../domain/types';
import { isReadOnly } from './syncStore';

export interface DocumentState {
  doc: MapDocument | null;
}

/** Undo keeps this many document states; each is shared structure, so they are cheap. */
export const UNDO_LIMIT = 200;

/** A document with its undo history; the app has one, tests of two tabs make two. */
export const createDocumentStore = () =>
  createStore<DocumentState>()(
    temporal<DocumentState>(() => ({ doc: null }), {
      partialize: (s) => ({ doc: s.doc }),
      equality: (a, b) => a.doc === b.doc,
      limit: UNDO_LIMIT,
    }),
  );

export type DocumentStore = ReturnType<typeof createDocumentStore>;

export const documentStore: DocumentStore = createDocumentStore();

const history = () => documentStore.temporal.getState();

type Command<R> = (doc: MapDocument, meta: EditMeta) => R;

/**
 * One undoable edit. A command that returns the next document gives whether it changed; one that
 * returns a result holding it (`{ doc, … }`, or null for nothing done) gives that result back,
 * changed or not, so the caller reads the new ids from it. Null when no map is open.
 */
export function edit(fn: Command<MapDocument>): boolean | null;
export function edit<R extends { doc: MapDocument }>(fn: Command<R | null>): R | null;
export function edit(
  fn: Command<MapDocument | { doc: MapDocument } | null>,
): boolean | { doc: MapDocument } | null {
  const doc = documentStore.getState().doc;
  // A map opened with a view link is shown, never changed (docs/sharing.md).
  if (!doc || isReadOnly()) return null;
  const out = fn(doc, liveMeta());
  if (out === null) return null;
  const result = 'doc' in out ? out : null;
  const next = result ? result.doc : (out as MapDocument);
  if (next !== doc) documentStore.setState({ doc: next });
  return result ?? next !== doc;
}

/**
 * A change that is saved but not undoable: positions from a finished layout. Undo then returns
 * to the laid-out map rather than replaying the layout.
 */
export function editUntracked(fn: (doc: MapDocument, meta: EditMeta) => MapDocument): void {
  const doc = documentStore.getState().doc;
  if (!doc) return;
  const next = fn(doc, liveMeta());
  if (next === doc) return;
  history().pause();
  documentStore.setState({ doc: next });
  history().resume();
}

/** Opens another document: the undo history belongs to the map it was made on. */
export function replaceDocument(doc: MapDocument | null): void {
  history().pause();
  documentStore.setState({ doc });
  history().clear();
  history().resume();
}

export const undo = () => history().undo();
export const redo = () => history().redo();
export const canUndo = () => history().pastStates.length > 0;
export const canRedo = () => history().futureStates.length > 0;
