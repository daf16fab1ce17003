/** Commands on a map's saved views (perspektiver). Like all commands: pure, one edit each. */
import type { EditMeta } from './ids';
import { getRecord, hasRecord } from './records';
import type { MapDocument, View } from './types';

export type ViewInput = Omit<View, 'id' | 'mapId' | 'order' | 'createdAt' | 'updatedAt'>;
type ViewPatch = Partial<ViewInput>;

/** Views in their saved order; ties (from merges) fall back to creation time, then id. */
export function orderedViews(doc: MapDocument): View[] {
  return Object.values(doc.views).sort(
    (a, b) =>
      a.order - b.order ||
      a.createdAt.localeCompare(b.createdAt) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Renumbers 0..n-1 in the given order, replacing only the views whose order changed. */
function withOrder(doc: MapDocument, ordered: readonly View[], meta: EditMeta): MapDocument {
  const views: Record<string, View> = {};
  ordered.forEach((v, order) => {
    views[v.id] = v.order === order ? v : { ...v, order, updatedAt: meta.now };
  });
  return { ...doc, map: { ...doc.map, updatedAt: meta.now }, views };
}

export function addView(
  doc: MapDocument,
  input: ViewInput,
  meta: EditMeta,
): { doc: MapDocument; view: View } {
  const view: View = {
    ...input,
    name: input.name.trim(),
    id: meta.newId(),
    mapId: doc.map.id,
    order: Object.keys(doc.views).length,
    createdAt: meta.now,
    updatedAt: meta.now,
  };
  return { view, doc: withOrder(doc, [...orderedViews(doc), view], meta) };
}

export function updateView(
  doc: MapDocument,
  id: string,
  patch: ViewPatch,
  meta: EditMeta,
): MapDocument {
  const current = getRecord(doc.views, id);
  if (!current) return doc;
  const next = { ...current, ...patch, updatedAt: meta.now };
  if (typeof patch.name === 'string') next.name = patch.name.trim() || current.name;
  return { ...doc, map: { ...doc.map, updatedAt: meta.now }, views: { ...doc.views, [id]: next } };
}

export function removeView(doc: MapDocument, id: string, meta: EditMeta): MapDocument {
  if (!hasRecord(doc.views, id)) return doc;
  return withOrder(
    doc,
    orderedViews(doc).filter((v) => v.id !== id),
    meta,
  );
}

/** Moves a view by `delta` places (−1 up, +1 down), clamped to the list. */
export function moveView(doc: MapDocument, id: string, delta: number, meta: EditMeta): MapDocument {
  const list = orderedViews(doc);
  const from = list.findIndex((v) => v.id === id);
  if (from < 0) return doc;
  const to = Math.max(0, Math.min(list.length - 1, from + delta));
  if (to === from) return doc;
  const [moved] = list.splice(from, 1);
  if (moved) list.splice(to, 0, moved);
  return withOrder(doc, list, meta);
}
