import type { Table } from 'dexie';
import type { ChangeSet } from '../domain/changes';
import type { MapDocument, PartnerMap } from '../domain/types';
import { MAP_FORMAT, restore, SCHEMA_VERSION } from '../schema';
import type { SamspillDb } from './database';
import {
  type DeletedMap,
  IdConflictError,
  NewerDatabaseError,
  type Repository,
  SaveError,
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
    // A refused import wrote nothing and is the caller's to resolve (e.g. by copying the map).
    if (error instanceof IdConflictError) throw error;
    throw new SaveError(`Could not save ${what}`, unwrap(error));
  }
}

/** Whether any of these keys is stored in the table. */
async function anyStored(table: Table<unknown, string>, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const rows = await table.bulkGet([...ids]);
  return rows.some((r) => r !== undefined);
}

const byId = <T extends { id: string }>(rows: T[]): Record<string, T> =>
  Object.fromEntries(rows.map((r) => [r.id, r]));

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

  return {
    async listMaps(): Promise<PartnerMap[]> {
      const maps = await read(() => db.maps.toArray());
      return maps.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    },

    async loadMap(id) {
      // One read transaction, so an autosave cannot land between the table reads.
      const rows = await read(() => db.transaction('r', docTables, () => readRows(id)));
      if (!rows.map) return null;
      // Stored rows are untrusted too (old versions, other tabs, devtools): same path as files.
      return restore({ format: MAP_FORMAT, version: SCHEMA_VERSION, ...rows });
    },

    async saveChanges(c: ChangeSet) {
      await write('changes', () =>
        db.transaction('rw', docTables, async () => {
          if (c.map) await db.maps.put(c.map);
          // Sequential so that the first failure aborts the transaction before later writes start.
          if (c.deleteActors.length) await db.actors.bulkDelete(c.deleteActors);
          if (c.putActors.length) await db.actors.bulkPut(c.putActors);
          if (c.deleteCollaborations.length) {
            await db.collaborations.bulkDelete(c.deleteCollaborations);
            // A log row left behind would make the whole map fail to load (missing reference).
            await db.activities.where('collaborationId').anyOf(c.deleteCollaborations).delete();
          }
          if (c.putCollaborations.length) await db.collaborations.bulkPut(c.putCollaborations);
          if (c.deleteActivities.length) await db.activities.bulkDelete(c.deleteActivities);
          if (c.putActivities.length) await db.activities.bulkPut(c.putActivities);
          if (c.deleteViews.length) await db.views.bulkDelete(c.deleteViews);
          if (c.putViews.length) await db.views.bulkPut(c.putViews);
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

    async importMaps(docs, snapshots) {
      await write('the imported maps', () =>
        db.transaction('rw', mapTables, async () => {
          // Checked inside the write transaction, so no other tab can take an id in between.
          for (const doc of docs) {
            const taken = await Promise.all([
              db.maps.get(doc.map.id),
              anyStored(db.actors, Object.keys(doc.actors)),
              anyStored(db.collaborations, Object.keys(doc.collaborations)),
              anyStored(db.activities, Object.keys(doc.activities)),
              anyStored(db.views, Object.keys(doc.views)),
              anyStored(
                db.snapshots,
                snapshots.filter((s) => s.mapId === doc.map.id).map((s) => s.id),
              ),
            ]);
            if (taken.some(Boolean)) throw new IdConflictError(doc.map.id);
          }
          // Sequential, so the first failure aborts the transaction before later writes start.
          for (const doc of docs) {
            await db.maps.add(doc.map);
            await db.actors.bulkAdd(Object.values(doc.actors));
            await db.collaborations.bulkAdd(Object.values(doc.collaborations));
            await db.activities.bulkAdd(Object.values(doc.activities));
            await db.views.bulkAdd(Object.values(doc.views));
          }
          if (snapshots.length) await db.snapshots.bulkAdd([...snapshots]);
        }),
      );
    },

    async listSnapshots(mapId) {
      const rows = await read(() => db.snapshots.where('mapId').equals(mapId).toArray());
      return rows.sort((a, b) =>
        a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
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
