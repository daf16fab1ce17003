import type * as Y from 'yjs';
import type { Actor, Collaboration, MapDocument, PartnerMap } from '../domain/types';
import { type Fields, tableOf } from '../sync/model';

/**
 * The shared map as the phone needs it: names to reuse, the focal actor for type guessing, and
 * its own entries. Read without the schemas (zod stays off the phone): the phone only looks
 * names up in it, and a record missing what that needs is skipped. The server checks what the
 * phone writes.
 */
export type MapView = MapDocument;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && 'toJSON' in value && 'get' in value;

function rows<T>(ydoc: Y.Doc, table: 'actors' | 'collaborations', ok: (r: T) => boolean) {
  const out: Record<string, T> = {};
  for (const [id, value] of tableOf(ydoc, table)) {
    if (!isFields(value)) continue;
    const row = value.toJSON() as T;
    if (ok(row)) out[id] = row;
  }
  return out;
}

const str = (v: unknown): v is string => typeof v === 'string';

/** The map's record, or null before the server's copy has arrived. */
export function mapRecordOf(ydoc: Y.Doc): PartnerMap | null {
  const entries = [...tableOf(ydoc, 'map')];
  if (entries.length !== 1) return null;
  const [id, value] = entries[0] as [string, unknown];
  if (!isFields(value)) return null;
  const map = value.toJSON() as PartnerMap;
  return map.id === id && str(map.name) ? map : null;
}

export function viewOf(ydoc: Y.Doc): MapView | null {
  const map = mapRecordOf(ydoc);
  if (!map) return null;
  const actors = rows<Actor>(ydoc, 'actors', (a) => str(a.id) && str(a.name));
  const collaborations = rows<Collaboration>(
    ydoc,
    'collaborations',
    (c) => str(c.id) && str(c.sourceId) && str(c.targetId),
  );
  return { map, actors, collaborations, activities: {}, views: {} };
}
