import * as Y from 'yjs';
import { type ChangeSet, diffDocuments } from '../domain/changes';
import { getRecord } from '../domain/records';
import { sameValue } from '../domain/remoteChanges';
import type { MapDocument } from '../domain/types';
import {
  ensureTables,
  type Fields,
  fieldsOf,
  LOCAL_ORIGIN,
  type RecordTable,
  type Table,
  tableOf,
  tombstonesOf,
} from './model';

/**
 * What this device believed the records were before the change: the whole document, or only
 * the records the change writes (`baseOf` in src/domain/remoteChanges.ts, what autosave passes).
 */
export type Prev = Pick<MapDocument, 'map' | RecordTable> | null;

type Row = { id: string } & object;

const PUTS: ReadonlyArray<readonly [RecordTable, keyof ChangeSet, keyof ChangeSet]> = [
  ['actors', 'putActors', 'deleteActors'],
  ['collaborations', 'putCollaborations', 'deleteCollaborations'],
  ['activities', 'putActivities', 'deleteActivities'],
  ['views', 'putViews', 'deleteViews'],
];

export interface LocalResult {
  /** Records that were deleted in the shared map while this device edited them: they stay deleted. */
  refused: Array<{ table: Table; id: string }>;
}

/**
 * Writes the fields of `next` that differ from `before` (all of them when `before` is unknown).
 * Fields compare with `before`, not with what Yjs holds: a field this device did not change must
 * not overwrite someone else's newer value that Yjs already has.
 */
function writeFields(fields: Fields, before: object | undefined, next: object): void {
  const b = before as Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(next)) {
    if (b && Object.hasOwn(b, key) && sameValue(b[key], value)) continue;
    if (!sameValue(fields.get(key), value)) fields.set(key, value);
  }
  // Only fields this device knew are removed: fields of a newer version stay.
  if (b) for (const key of Object.keys(b)) if (!Object.hasOwn(next, key)) fields.delete(key);
}

function putRecord(
  ydoc: Y.Doc,
  table: Table,
  next: Row,
  before: Row | undefined,
  refused: LocalResult['refused'],
): void {
  const fields = fieldsOf(ydoc, table, next.id);
  if (fields) {
    writeFields(fields, before, next);
    return;
  }
  const tombstones = tombstonesOf(ydoc, table);
  // An edit of a record someone else deleted: it stays deleted, and no half record appears.
  if (before && tombstones.has(next.id)) {
    refused.push({ table, id: next.id });
    return;
  }
  // A new record, or one this device brings back (undo of its own delete): whole, in one value.
  if (tombstones.has(next.id)) tombstones.delete(next.id);
  tableOf(ydoc, table).set(next.id, new Y.Map(Object.entries(next)));
}

/** Writes nothing that is already so: echoing a remote delete back costs no update. */
function deleteRecord(ydoc: Y.Doc, table: Table, id: string): void {
  const tombstones = tombstonesOf(ydoc, table);
  if (tombstones.get(id) !== true) tombstones.set(id, true);
  const rows = tableOf(ydoc, table);
  if (rows.has(id)) rows.delete(id);
}

/**
 * A change set that autosave produced (`diffDocuments`), as one Yjs transaction. Only changed
 * fields are written, so Yjs merges concurrent edits field by field.
 */
export function applyLocalChange(
  ydoc: Y.Doc,
  change: ChangeSet,
  prev: Prev,
  origin: unknown = LOCAL_ORIGIN,
): LocalResult {
  const refused: LocalResult['refused'] = [];
  ensureTables(ydoc);
  const base = prev && prev.map.id === change.mapId ? prev : null;
  ydoc.transact(() => {
    if (change.map) putRecord(ydoc, 'map', change.map, base?.map, refused);
    for (const [table, putKey, deleteKey] of PUTS) {
      const rows = base ? (base[table] as Record<string, Row>) : {};
      for (const id of change[deleteKey] as readonly string[]) deleteRecord(ydoc, table, id);
      for (const row of change[putKey] as readonly Row[])
        putRecord(ydoc, table, row, getRecord(rows, row.id), refused);
    }
  }, origin);
  return { refused };
}

/** Shares a map: writes the whole document into the Y.Doc, as one transaction. */
export function seedY(ydoc: Y.Doc, doc: MapDocument, origin: unknown = LOCAL_ORIGIN): void {
  applyLocalChange(ydoc, diffDocuments(null, doc), null, origin);
}
