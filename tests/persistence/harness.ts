import { type DBCore, type DBCoreMutateRequest, Dexie, type Middleware } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { diffDocuments } from '../../src/domain/changes';
import { addActivity, addActor, addCollaboration } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { EditMeta } from '../../src/domain/ids';
import type { MapDocument } from '../../src/domain/types';
import { DB_VERSION, SamspillDb } from '../../src/persistence/database';
import { createDexieRepository } from '../../src/persistence/dexieRepository';
import type { Repository } from '../../src/persistence/repository';

export const fakeIdb = { indexedDB, IDBKeyRange };

let dbCount = 0;
let counter = 0;
export const meta = (now = '2026-01-01T00:00:00.000Z'): EditMeta => ({
  now,
  newId: () => `id-${++counter}`,
});

export interface TestStore {
  db: SamspillDb;
  repo: Repository;
  /**
   * Makes writes to `table` fail the way a full disk does, all of them or those after the first
   * `after`; `null` heals it.
   */
  failOn(table: string | null, after?: number): void;
  /** Writes (Dexie mutate calls) made to `table` so far. */
  writes(table: string): number;
  create(doc: MapDocument): Promise<void>;
  load(id: string): Promise<MapDocument>;
}

/** A fresh database per call, so tests never see each other's rows. */
export function openTestStore(): TestStore {
  let failTable: string | null = null;
  let failAfter = 0;
  const writes = new Map<string, number>();
  const failWrites: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'failWrites',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        const quota = () =>
          Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            const n = (writes.get(name) ?? 0) + 1;
            writes.set(name, n);
            return name === failTable && n > failAfter ? quota() : t.mutate(req);
          },
        };
      },
    }),
  };
  const db = new SamspillDb(`samspill-test-${++dbCount}`, fakeIdb);
  db.use(failWrites);
  const repo = createDexieRepository(db);
  return {
    db,
    repo,
    failOn: (table, after = 0) => {
      failTable = table;
      failAfter = after + (table ? (writes.get(table) ?? 0) : 0);
    },
    writes: (table) => writes.get(table) ?? 0,
    create: (doc) => repo.saveChanges(diffDocuments(null, doc)),
    async load(id) {
      const result = await repo.loadMap(id);
      if (!result?.ok) throw new Error(`load failed: ${JSON.stringify(result)}`);
      return result.value;
    },
  };
}

/**
 * Focal actor, two partners, one collaboration with two log entries. Sectors and types are the
 * template's own: an unknown one is damage that opening the map repairs.
 */
export function sampleMap(name = 'Kulturskolen i Eksempel kommune'): MapDocument {
  const input = { name, focalName: 'Kulturskolen', templateId: 'kulturskole' };
  let doc = makeMap({ ...input, focalSectorId: 'focal', focalTypeId: 'culture-school' }, meta());
  const library = addActor(doc, { name: 'Biblioteket', tags: ['les'] }, meta());
  const position = { x: 1, y: 2, pinned: true };
  const school = addActor(library.doc, { name: 'Skolen', position }, meta());
  const ends = { sourceId: library.actor.id, targetId: school.actor.id };
  const link = addCollaboration(school.doc, ends, meta());
  if (!link) throw new Error('collaboration not added');
  const entry = { collaborationId: link.collaboration.id, date: '2026-01-02', note: '' };
  doc = addActivity(link.doc, { ...entry, title: 'Møte' }, meta());
  return addActivity(doc, { ...entry, title: 'Konsert' }, meta());
}

/** Another tab opens the same database with a newer Samspill: the next version, one more table. */
export async function upgradeElsewhere(name: string): Promise<void> {
  const newer = new Dexie(name, fakeIdb);
  newer.version(DB_VERSION + 1).stores({
    maps: 'id, updatedAt',
    actors: 'id, mapId',
    collaborations: 'id, mapId',
    activities: 'id, mapId, collaborationId',
    snapshots: 'id, mapId, createdAt, [mapId+kind+createdAt]',
    settings: 'key',
    views: 'id, mapId',
    future: 'id',
  });
  await newer.open();
  newer.close();
}
