import * as Y from 'yjs';
import { type ChangeSet, diffDocuments } from '../domain/changes';
import { LIMITS } from '../domain/limits';
import { getRecord, hasRecord } from '../domain/records';
import { baseOf, dropDangling, type RemoteBase, sameValue } from '../domain/remoteChanges';
import type { MapDocument } from '../domain/types';
import {
  activitySchema,
  actorSchema,
  collaborationSchema,
  partnerMapSchema,
  viewSchema,
} from '../schema/schemas';
import { placeOf, RECORD_TABLES, type RecordTable, rootNames, type Table, tableOf } from './model';

/**
 * Reading the shared map back: every record passes the schemas `restore()` uses, one by one. An
 * invalid record is dropped and counted and the document keeps the version it had (nothing stored
 * is lost to someone else's bad write); links that point at nothing are left out, as `restore()`
 * requires. The result is a function of the Yjs state, so every replica shows the same map.
 */
const SCHEMAS = {
  map: partnerMapSchema,
  actors: actorSchema,
  collaborations: collaborationSchema,
  activities: activitySchema,
  views: viewSchema,
} as const;

const INVALID = Symbol('invalid');
type Row = { id: string; mapId?: string };

function readRecord(
  ydoc: Y.Doc,
  table: Table,
  id: string,
  mapId: string,
): Row | null | typeof INVALID {
  const raw = tableOf(ydoc, table).get(id);
  if (raw === undefined) return null;
  if (!(raw instanceof Y.Map)) return INVALID;
  const parsed = SCHEMAS[table].safeParse(raw.toJSON());
  if (!parsed.success) return INVALID;
  const row = parsed.data as Row;
  if (row.id !== id) return INVALID;
  if (table === 'map' ? id !== mapId : row.mapId !== mapId) return INVALID;
  return row;
}

/** Ids of records a transaction may have changed, by table. The map record is always read. */
export type Touched = Record<RecordTable, Set<string>>;

export const noneTouched = (): Touched => ({
  actors: new Set(),
  collaborations: new Set(),
  activities: new Set(),
  views: new Set(),
});

/** The records a Yjs transaction changed: table keys set or deleted, and records' fields. */
export function touchedBy(ydoc: Y.Doc, tr: Y.Transaction): Touched {
  const touched = noneTouched();
  const names = rootNames(ydoc);
  for (const [type, keys] of tr.changed) {
    const place = placeOf(names, type);
    if (!place || place.table === 'map') continue;
    if (place.id !== null) touched[place.table].add(place.id);
    else for (const key of keys) if (key !== null) touched[place.table].add(key);
  }
  return touched;
}

/** Ids in `table` whose reference field points at one of `appeared`: they may resolve now. */
function referring(
  ydoc: Y.Doc,
  table: RecordTable,
  fields: readonly string[],
  appeared: ReadonlySet<string>,
  into: Set<string>,
): void {
  if (appeared.size === 0) return;
  for (const [id, value] of tableOf(ydoc, table).entries()) {
    if (into.has(id) || !(value instanceof Y.Map)) continue;
    if (fields.some((f) => appeared.has(value.get(f) as string))) into.add(id);
  }
}

export interface Projection {
  doc: MapDocument;
  /** Records that failed validation and were left as they were. */
  dropped: number;
  /**
   * Records left as they were because they are incomplete while Yjs waits for earlier updates:
   * an update that overwrites a field can arrive before the one that wrote it, and Yjs then
   * applies its deletions first. They are read again when the missing update comes.
   */
  waiting: number;
}

/** Yjs holds updates whose predecessors have not arrived yet. */
const isWaiting = (ydoc: Y.Doc) =>
  ydoc.store.pendingStructs !== null || ydoc.store.pendingDs !== null;

/** `base` with the touched records read again from Yjs. */
export function project(ydoc: Y.Doc, base: MapDocument, touched: Touched): Projection {
  const mapId = base.map.id;
  const waits = isWaiting(ydoc);
  let dropped = 0;
  let waiting = 0;
  const invalid = () => {
    if (waits) waiting++;
    else dropped++;
  };
  const next: MapDocument = { ...base };
  const apply = (table: RecordTable, ids: ReadonlySet<string>): Set<string> => {
    const appeared = new Set<string>();
    const from = base[table] as Record<string, Row>;
    let out: Record<string, Row> | null = null;
    let count = Object.keys(from).length;
    for (const id of ids) {
      const row = readRecord(ydoc, table, id, mapId);
      const had = getRecord(from, id);
      if (row === INVALID) {
        invalid();
        continue;
      }
      if (row === null) {
        if (!had) continue;
        out ??= { ...from };
        delete out[id];
        count--;
        continue;
      }
      if (had && sameValue(had, row)) continue;
      if (!had && count >= LIMITS[table]) {
        dropped++;
        continue;
      }
      out ??= { ...from };
      out[id] = row;
      if (!had) {
        count++;
        appeared.add(id);
      }
    }
    if (out) (next as unknown as Record<string, unknown>)[table] = out;
    return appeared;
  };

  const map = readRecord(ydoc, 'map', mapId, mapId);
  if (map === INVALID) invalid();
  const actors = apply('actors', touched.actors);
  const collabIds = new Set(touched.collaborations);
  referring(ydoc, 'collaborations', ['sourceId', 'targetId'], actors, collabIds);
  const collabs = apply('collaborations', collabIds);
  const activityIds = new Set(touched.activities);
  referring(ydoc, 'activities', ['collaborationId'], collabs, activityIds);
  apply('activities', activityIds);
  apply('views', touched.views);

  if (map && map !== INVALID) {
    const read = map as MapDocument['map'];
    const focal = read.focalActorId;
    // Shown without a focal actor until it is there; the shared map keeps the reference.
    const shown =
      focal === null || hasRecord(next.actors, focal) ? read : { ...read, focalActorId: null };
    if (!sameValue(shown, base.map)) next.map = shown;
  }
  const same = next.map === base.map && RECORD_TABLES.every((t) => next[t] === base[t]);
  return { doc: same ? base : dropDangling(next), dropped, waiting };
}

export interface RemoteResult {
  /** What to apply to `prev` to show the shared map: empty when nothing visible changed. */
  change: ChangeSet;
  /** `prev`'s versions of the records `change` writes, for `mergeRemote`. */
  base: NonNullable<RemoteBase>;
  dropped: number;
  /** See `Projection.waiting`. */
  waiting: number;
  /** `prev` with the change applied. */
  doc: MapDocument;
}

/** Another device's transaction as a change set to `prev`, this device's view of the map. */
export function readRemote(ydoc: Y.Doc, tr: Y.Transaction, prev: MapDocument): RemoteResult {
  return readTouched(ydoc, prev, touchedBy(ydoc, tr));
}

export function readTouched(ydoc: Y.Doc, prev: MapDocument, touched: Touched): RemoteResult {
  const { doc, dropped, waiting } = project(ydoc, prev, touched);
  const change = diffDocuments(prev, doc);
  return { change, base: baseOf(prev, change), dropped, waiting, doc };
}

/**
 * The whole shared map, for a first load: null when the Y.Doc holds no valid map record of that
 * id. The document passes `restore()`.
 */
export function docFromY(ydoc: Y.Doc, mapId: string): Projection | null {
  const map = readRecord(ydoc, 'map', mapId, mapId);
  if (!map || map === INVALID) return null;
  const empty: MapDocument = {
    map: map as MapDocument['map'],
    actors: {},
    collaborations: {},
    activities: {},
    views: {},
  };
  const touched = noneTouched();
  for (const table of RECORD_TABLES)
    for (const id of tableOf(ydoc, table).keys()) touched[table].add(id);
  return project(ydoc, empty, touched);
}
