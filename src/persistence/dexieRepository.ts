import { Dexie, type Table } from 'dexie';
import type { ChangeSet } from '../domain/changes';
import type { MapDocument, PartnerMap } from '../domain/types';
import {
  type Pause,
  restoreStored,
  restoreStoredInSteps,
  type StoredRows,
  type Vocabulary,
} from '../schema';
import type { SamspillDb } from './database';
import {
  type DeletedMap,
  IdConflictError,
  type ImportOptions,
  NewerDatabaseError,
  type Repository,
  SaveError,
  type StoredMap,
} from './repository';

/** Dexie wraps errors thrown while opening; callers should get ours, not Dexie's wrapper. */
function unwrap(error: unknown): unknown {
  const inner = (error as { inner?: unknown } | null)?.inner;
  return inner instanceof NewerDatabaseError ? inner : error;
}

async function read<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw unwrap(error);
  }
}

/** Every write goes through here, so no failure is silent and each one names what failed. */
async function write<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    // A refused or cancelled import wrote nothing and is the caller's to resolve.
    if (error instanceof IdConflictError) throw error;
    if (error instanceof CancelledWrite) throw error.reason;
    throw new SaveError(`Could not save ${what}`, unwrap(error));
  }
}

/** Rows per `bulkAdd` of an import: the steps its progress is reported in. */
const IMPORT_CHUNK = 2000;

/**
 * Rows per `bulkPut` of a save. Dexie copies every row of a call in one task: the places of a
 * 5,000-actor map, saved when its layout settled, took 240 ms in one. In steps, each awaited
 * inside the one transaction, the save stays all or nothing and the page draws in between.
 */
const SAVE_CHUNK = 1000;

async function putInSteps<T>(table: Table<T, string>, rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += SAVE_CHUNK) {
    await table.bulkPut(rows.slice(i, i + SAVE_CHUNK));
  }
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** The date in a `[mapId+kind+createdAt]` key; stored rows are untrusted, so anything else is the epoch. */
function stampOf(key: unknown): string {
  const at = Array.isArray(key) ? key[2] : undefined;
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : EPOCH;
}

const rowCount = (...tables: Record<string, unknown>[]) =>
  tables.reduce((n, t) => n + Object.keys(t).length, 0);

/** Carries a cancelled import's reason past `write`, which wraps every other error. */
class CancelledWrite {
  constructor(readonly reason: unknown) {}
}

/** A key already in use, from `add` (ConstraintError) or `bulkAdd` (a BulkError of them). */
function isConstraintError(error: unknown): boolean {
  const e = error as { name?: string; failures?: { name?: string }[] } | null;
  if (e?.name === 'ConstraintError') return true;
  return e?.name === 'BulkError' && (e.failures ?? []).some((f) => f?.name === 'ConstraintError');
}

const byId = <T extends { id: string }>(rows: T[]): Record<string, T> =>
  Object.fromEntries(rows.map((r) => [r.id, r]));

/**
 * A map row as the maps list needs it. Rows are not validated here (that is `loadMap`'s work),
 * but a list must never break on one: a name that cannot be read shows the map's id instead.
 */
function listed(row: unknown): PartnerMap | null {
  if (typeof row !== 'object' || row === null) return null;
  const { id, name } = row as { id?: unknown; name?: unknown };
  if (typeof id !== 'string') return null;
  const shown =
    typeof name === 'string' && name.trim() ? name : typeof name === 'number' ? String(name) : id;
  return { ...(row as PartnerMap), name: shown };
}

export function createDexieRepository(db: SamspillDb): Repository {
  const docTables = [db.maps, db.actors, db.collaborations, db.activities, db.views];
  const mapTables = [...docTables, db.snapshots];

  /** All rows of one map, read inside the caller's transaction when there is one. */
  async function readRows(mapId: string) {
    const [map, actors, collaborations, activities, views] = await Promise.all([
      db.maps.get(mapId),
      db.actors.where('mapId').equals(mapId).toArray(),
      db.collaborations.where('mapId').equals(mapId).toArray(),
      db.activities.where('mapId').equals(mapId).toArray(),
      db.views.where('mapId').equals(mapId).toArray(),
    ]);
    return { map, actors, collaborations, activities, views };
  }

  async function readMap(
    id: string,
    vocabulary?: Vocabulary,
    pause?: Pause,
  ): Promise<StoredMap | null> {
    // One read transaction, so an autosave cannot land between the table reads.
    const found = await read(() => db.transaction('r', docTables, () => readRows(id)));
    if (!found.map) return null;
    // Stored rows are untrusted too (old versions, other tabs, devtools): the same restore as
    // files, but a damaged row is repaired or left out rather than locking the whole map.
    const rows: StoredRows = found;
    const loaded = pause
      ? await restoreStoredInSteps(rows, vocabulary, pause)
      : restoreStored(rows, vocabulary);
    return { rows, loaded };
  }

  return {
    location: db.name,

    async listMaps(): Promise<PartnerMap[]> {
      const rows: unknown[] = await read(() => db.maps.toArray());
      const maps = rows.map(listed).filter((m): m is PartnerMap => m !== null);
      return maps.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    },

    async loadMap(id) {
      const stored = await readMap(id);
      if (!stored) return null;
      return stored.loaded.ok ? { ok: true, value: stored.loaded.value.doc } : stored.loaded;
    },

    readMap,

    async saveRepaired(doc, original) {
      const id = doc.map.id;
      await write('the repaired map', () =>
        db.transaction('rw', mapTables, async () => {
          await db.snapshots.put(original);
          // Every row goes, also those under keys the document cannot name (a number id).
          for (const table of [db.actors, db.collaborations, db.activities, db.views]) {
            await table.where('mapId').equals(id).delete();
          }
          await db.maps.put(doc.map);
          await db.actors.bulkPut(Object.values(doc.actors));
          await db.collaborations.bulkPut(Object.values(doc.collaborations));
          await db.activities.bulkPut(Object.values(doc.activities));
          await db.views.bulkPut(Object.values(doc.views));
        }),
      );
    },

    async saveChanges(c: ChangeSet) {
      await write('changes', () =>
        db.transaction('rw', docTables, async () => {
          if (c.map) await db.maps.put(c.map);
          // Sequential so that the first failure aborts the transaction before later writes start.
          if (c.deleteActors.length) await db.actors.bulkDelete(c.deleteActors);
          if (c.putActors.length) await putInSteps(db.actors, c.putActors);
          if (c.deleteCollaborations.length) {
            await db.collaborations.bulkDelete(c.deleteCollaborations);
            // A log row left behind would make the whole map fail to load (missing reference).
            await db.activities.where('collaborationId').anyOf(c.deleteCollaborations).delete();
          }
          if (c.putCollaborations.length) await putInSteps(db.collaborations, c.putCollaborations);
          if (c.deleteActivities.length) await db.activities.bulkDelete(c.deleteActivities);
          if (c.putActivities.length) await putInSteps(db.activities, c.putActivities);
          if (c.deleteViews.length) await db.views.bulkDelete(c.deleteViews);
          if (c.putViews.length) await putInSteps(db.views, c.putViews);
        }),
      );
    },

    deleteMap(id) {
      return write('the deletion', () =>
        db.transaction('rw', mapTables, async (): Promise<DeletedMap | null> => {
          const [rows, snapshots] = await Promise.all([
            readRows(id),
            db.snapshots.where('mapId').equals(id).toArray(),
          ]);
          if (!rows.map) return null;
          await Promise.all([
            db.maps.delete(id),
            ...[db.actors, db.collaborations, db.activities, db.views, db.snapshots].map((t) =>
              t.where('mapId').equals(id).delete(),
            ),
          ]);
          const document: MapDocument = {
            map: rows.map,
            actors: byId(rows.actors),
            collaborations: byId(rows.collaborations),
            activities: byId(rows.activities),
            views: byId(rows.views),
          };
          return { document, snapshots };
        }),
      );
    },

    async restoreDeleted({ document: doc, snapshots }) {
      await write('the restored map', () =>
        db.transaction('rw', mapTables, async () => {
          await db.maps.put(doc.map);
          await db.actors.bulkPut(Object.values(doc.actors));
          await db.collaborations.bulkPut(Object.values(doc.collaborations));
          await db.activities.bulkPut(Object.values(doc.activities));
          await db.views.bulkPut(Object.values(doc.views));
          await db.snapshots.bulkPut(snapshots);
        }),
      );
    },

    async importMaps(docs, snapshots, options: ImportOptions = {}) {
      const { onProgress, signal } = options;
      const total =
        snapshots.length +
        docs.reduce(
          (n, d) => n + 1 + rowCount(d.actors, d.collaborations, d.activities, d.views),
          0,
        );
      let done = 0;
      // All chunks are queued at once, so the database never waits for this thread (awaiting each
      // chunk cost about 10 % of a 70,000-row import); each reports its progress as it is done.
      const add = async <T>(table: Table<T, string>, rows: T[]) => {
        signal?.throwIfAborted();
        const chunks: Promise<void>[] = [];
        for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
          const chunk = rows.slice(i, i + IMPORT_CHUNK);
          chunks.push(
            table.bulkAdd(chunk).then(() => {
              done += chunk.length;
              onProgress?.(done / total);
            }),
          );
        }
        await Promise.all(chunks);
      };
      // `add` never overwrites: a stored id fails with a ConstraintError, which aborts the whole
      // transaction. Checking the ids first would read every key again (70,000 reads for a large
      // spreadsheet) only to learn what the failed add says anyway.
      let current = docs[0]?.map.id ?? snapshots[0]?.mapId ?? '';
      await write('the imported maps', async () => {
        try {
          await db.transaction('rw', mapTables, async (tx) => {
            // A cancel while rows are queued rolls back everything written so far.
            const stop = () => {
              try {
                tx.abort();
              } catch {
                // Already finished: too late to cancel, and the import is complete.
              }
            };
            signal?.addEventListener('abort', stop, { once: true });
            try {
              // Table by table, so the first failure aborts before later tables start.
              for (const doc of docs) {
                current = doc.map.id;
                await add(db.maps, [doc.map]);
                await add(db.actors, Object.values(doc.actors));
                await add(db.collaborations, Object.values(doc.collaborations));
                await add(db.activities, Object.values(doc.activities));
                await add(db.views, Object.values(doc.views));
              }
              for (const snapshot of snapshots) {
                current = snapshot.mapId;
                await add(db.snapshots, [snapshot]);
              }
            } finally {
              signal?.removeEventListener('abort', stop);
            }
          });
        } catch (error) {
          if (signal?.aborted) throw new CancelledWrite(signal.reason);
          if (isConstraintError(error)) throw new IdConflictError(current);
          throw error;
        }
      });
    },

    async listSnapshots(mapId) {
      const rows = await read(() => db.snapshots.where('mapId').equals(mapId).toArray());
      return rows.sort((a, b) =>
        a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
      );
    },

    async snapshotIds(mapId) {
      return read(() => db.snapshots.where('mapId').equals(mapId).primaryKeys());
    },

    async getSnapshot(id) {
      return read(() => db.snapshots.get(id));
    },

    async autoSnapshots(mapId) {
      return read(() =>
        db.transaction('r', db.snapshots, async () => {
          const autos = db.snapshots
            .where('[mapId+kind+createdAt]')
            .between([mapId, 'auto', Dexie.minKey], [mapId, 'auto', Dexie.maxKey]);
          const [keys, ids] = await Promise.all([autos.keys(), autos.primaryKeys()]);
          return ids.map((id, i) => ({ id, createdAt: stampOf(keys[i]) }));
        }),
      );
    },

    async putSnapshot(snapshot) {
      await write('the version', () => db.snapshots.put(snapshot));
    },

    async deleteSnapshot(id) {
      await write('the version deletion', () => db.snapshots.delete(id));
    },

    async getSetting<T>(key: string) {
      const row = await read(() => db.settings.get(key));
      return row?.value as T | undefined;
    },

    async setSetting(key, value) {
      await write(`setting ${key}`, () => db.settings.put({ key, value }));
    },

    close() {
      db.close();
    },
  };
}
