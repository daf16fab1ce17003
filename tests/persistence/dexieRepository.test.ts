import { Dexie } from 'dexie';
import { diffDocuments } from '../../src/domain/changes';
import { removeItems, updateActor } from '../../src/domain/commands';
import type { Snapshot } from '../../src/domain/types';
import { addView, removeView } from '../../src/domain/viewCommands';
import { SamspillDb } from '../../src/persistence/database';
import { createDexieRepository } from '../../src/persistence/dexieRepository';
import { savedMap } from '../schema/savedMaps';
import { fakeIdb, meta, openTestStore, sampleMap, type TestStore } from './harness';

let s: TestStore;
beforeEach(() => {
  s = openTestStore();
});
afterEach(() => s.repo.close());

test('a created map loads back equal', async () => {
  const doc = sampleMap();
  await s.create(doc);
  expect(await s.load(doc.map.id)).toEqual(doc);
});

test('loadMap of an unknown id is null', async () => {
  expect(await s.repo.loadMap('nope')).toBeNull();
});

test('incremental save updates an actor and removes a collaboration with its log', async () => {
  const doc = sampleMap();
  await s.create(doc);
  const [actorId] = Object.keys(doc.actors);
  const [collabId] = Object.keys(doc.collaborations);
  const later = meta('2026-02-01T00:00:00.000Z');
  const edited = updateActor(doc, actorId as string, { name: 'Ny kulturskole', power: 4 }, later);
  const next = removeItems(edited, { collaborationIds: [collabId as string] }, later);

  const changes = diffDocuments(doc, next);
  expect(changes.putActors).toHaveLength(1);
  expect(changes.deleteActivities).toHaveLength(2);
  await s.repo.saveChanges(changes);

  expect(await s.load(doc.map.id)).toEqual(next);
  expect(await s.db.activities.count()).toBe(0);
  expect(await s.db.collaborations.count()).toBe(0);
});

test('deleting a collaboration also deletes log rows the change set forgot', async () => {
  const doc = sampleMap();
  await s.create(doc);
  const next = removeItems(doc, { collaborationIds: Object.keys(doc.collaborations) }, meta());
  await s.repo.saveChanges({ ...diffDocuments(doc, next), deleteActivities: [] });
  expect(await s.load(doc.map.id)).toEqual(next);
});

test('listMaps sorts by Norwegian name', async () => {
  await s.create(sampleMap('Østre kulturskole'));
  await s.create(sampleMap('Agdenes kulturskole'));
  await s.create(sampleMap('Ålesund kulturskole'));
  const names = (await s.repo.listMaps()).map((m) => m.name);
  expect(names).toEqual(['Agdenes kulturskole', 'Østre kulturskole', 'Ålesund kulturskole']);
});

test('deleteMap removes everything and restoreDeleted puts it back identical', async () => {
  const doc = sampleMap();
  const other = sampleMap('Annet kart');
  await s.create(doc);
  await s.create(other);
  const snapshot: Snapshot = {
    id: 'snap-1',
    mapId: doc.map.id,
    name: 'Før verksted',
    createdAt: '2026-01-03T00:00:00.000Z',
    document: doc,
  };
  await s.repo.putSnapshot(snapshot);

  const deleted = await s.repo.deleteMap(doc.map.id);
  expect(deleted?.document).toEqual(doc);
  expect(deleted?.snapshots).toEqual([snapshot]);
  expect(await s.repo.loadMap(doc.map.id)).toBeNull();
  expect(await s.repo.listSnapshots(doc.map.id)).toEqual([]);
  for (const table of [s.db.actors, s.db.collaborations, s.db.activities]) {
    expect(await table.where('mapId').equals(doc.map.id).count()).toBe(0);
  }
  expect(await s.load(other.map.id)).toEqual(other);
  expect(await s.repo.deleteMap(doc.map.id)).toBeNull();

  if (!deleted) throw new Error('nothing deleted');
  await s.repo.restoreDeleted(deleted);
  expect(await s.load(doc.map.id)).toEqual(doc);
  expect(await s.repo.listSnapshots(doc.map.id)).toEqual([snapshot]);
  expect((await s.repo.listMaps()).map((m) => m.id)).toEqual([other.map.id, doc.map.id]);
});

test('settings round trip', async () => {
  expect(await s.repo.getSetting('locale')).toBeUndefined();
  await s.repo.setSetting('locale', 'nb');
  await s.repo.setSetting('lastBackup', { at: '2026-01-01', maps: 2 });
  expect(await s.repo.getSetting<string>('locale')).toBe('nb');
  expect(await s.repo.getSetting('lastBackup')).toEqual({ at: '2026-01-01', maps: 2 });
  await s.repo.setSetting('locale', 'en');
  expect(await s.repo.getSetting('locale')).toBe('en');
});

test('snapshots are listed newest first, per map, and can be deleted', async () => {
  const doc = sampleMap();
  const snap = (id: string, createdAt: string, mapId = doc.map.id): Snapshot => ({
    id,
    mapId,
    name: id,
    createdAt,
    document: doc,
  });
  await s.repo.putSnapshot(snap('a', '2026-01-01T10:00:00.000Z'));
  await s.repo.putSnapshot(snap('b', '2026-01-03T10:00:00.000Z'));
  await s.repo.putSnapshot(snap('c', '2026-01-02T10:00:00.000Z'));
  await s.repo.putSnapshot(snap('x', '2026-01-05T10:00:00.000Z', 'other-map'));
  expect((await s.repo.listSnapshots(doc.map.id)).map((x) => x.id)).toEqual(['b', 'c', 'a']);
  await s.repo.deleteSnapshot('c');
  expect((await s.repo.listSnapshots(doc.map.id)).map((x) => x.id)).toEqual(['b', 'a']);
  expect(await s.repo.listSnapshots('other-map')).toHaveLength(1);
});

/** The tables of database version 1, as a browser may still hold them. */
const V1_STORES = {
  maps: 'id, updatedAt',
  actors: 'id, mapId',
  collaborations: 'id, mapId',
  activities: 'id, mapId, collaborationId',
  snapshots: 'id, mapId, createdAt',
  settings: 'key',
};

test('a database from version 1 upgrades in place: its maps load, with no views', async () => {
  const name = `samspill-v1-${Date.now()}`;
  const v1 = new Dexie(name, fakeIdb);
  v1.version(1).stores(V1_STORES);
  const doc = sampleMap();
  await v1.table('maps').put(doc.map);
  await v1.table('actors').bulkPut(Object.values(doc.actors));
  await v1.table('collaborations').bulkPut(Object.values(doc.collaborations));
  await v1.table('activities').bulkPut(Object.values(doc.activities));
  v1.close();
  const repo = createDexieRepository(new SamspillDb(name, fakeIdb));
  expect(await repo.loadMap(doc.map.id)).toEqual({ ok: true, value: doc });
  repo.close();
});

test('a database from version 2 upgrades in place: its automatic versions are found by the index', async () => {
  const name = `samspill-v2-${Date.now()}`;
  const v2 = new Dexie(name, fakeIdb);
  v2.version(1).stores(V1_STORES);
  v2.version(2).stores({ views: 'id, mapId' });
  const doc = sampleMap();
  const version = (
    id: string,
    kind: string | undefined,
    createdAt: unknown,
    mapId = doc.map.id,
  ) => ({
    id,
    mapId,
    name: id,
    createdAt,
    ...(kind === undefined ? {} : { kind }),
    document: doc,
  });
  await v2
    .table('snapshots')
    .bulkPut([
      version('late', 'auto', '2026-01-03T08:00:00.000Z'),
      version('early', 'auto', '2026-01-01T08:00:00.000Z'),
      version('hand', 'manual', '2026-01-02T08:00:00.000Z'),
      version('old', undefined, '2025-12-01T08:00:00.000Z'),
      version('elsewhere', 'auto', '2026-01-02T08:00:00.000Z', 'other-map'),
      version('garbled', 'auto', 'not a date'),
    ]);
  v2.close();
  const repo = createDexieRepository(new SamspillDb(name, fakeIdb));
  expect(await repo.autoSnapshots(doc.map.id)).toEqual([
    { id: 'early', createdAt: '2026-01-01T08:00:00.000Z' },
    { id: 'late', createdAt: '2026-01-03T08:00:00.000Z' },
    // Stored rows are untrusted: a date that is no date reads as the epoch.
    { id: 'garbled', createdAt: '1970-01-01T00:00:00.000Z' },
  ]);
  expect((await repo.snapshotIds(doc.map.id)).sort()).toEqual(
    ['early', 'garbled', 'hand', 'late', 'old'].sort(),
  );
  expect((await repo.getSnapshot('hand'))?.kind).toBe('manual');
  expect(await repo.getSnapshot('nothing')).toBeUndefined();
  repo.close();
});

test('views are saved, changed and deleted with the map', async () => {
  const doc = sampleMap();
  await s.create(doc);
  const view = {
    name: 'Alle',
    filters: { sectors: [], statuses: [], purposes: [] },
    layout: 'force' as const,
    ringsBy: 'distance' as const,
    sizeBy: 'degree' as const,
    showGaps: false,
    camera: null,
  };
  const a = addView(doc, view, meta());
  const b = addView(a.doc, { ...view, name: 'Ringer', layout: 'rings' }, meta());
  await s.repo.saveChanges(diffDocuments(doc, b.doc));
  expect(await s.load(doc.map.id)).toEqual(b.doc);
  const less = removeView(b.doc, a.view.id, meta());
  await s.repo.saveChanges(diffDocuments(b.doc, less));
  expect(Object.keys((await s.load(doc.map.id)).views)).toEqual([b.view.id]);
  const deleted = await s.repo.deleteMap(doc.map.id);
  expect(deleted?.document.views).toEqual(less.views);
  expect(await s.db.views.count()).toBe(0);
});

test('a map read with a pause is checked in steps, and reads as it does in one', async () => {
  const rows = savedMap({ actors: 8000, collaborations: 20000 });
  await s.db.maps.put(rows.map as never);
  await s.db.actors.bulkPut(rows.actors as never[]);
  await s.db.collaborations.bulkPut(rows.collaborations as never[]);
  const whole = await s.repo.readMap('map-1');
  let pauses = 0;
  const stepped = await s.repo.readMap('map-1', undefined, async () => {
    pauses++;
  });
  expect(whole?.loaded.ok).toBe(true);
  expect(stepped).toEqual(whole);
  // 28,000 records take far more than one 25 ms step to check, on any machine.
  expect(pauses).toBeGreaterThan(0);
});
