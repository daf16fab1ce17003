import { diffDocuments } from '../../src/domain/changes';
import { addActor, addCollaboration, moveActors } from '../../src/domain/commands';
import { DB_VERSION, SamspillDb } from '../../src/persistence/database';
import { createDexieRepository } from '../../src/persistence/dexieRepository';
import { NewerDatabaseError, SaveError } from '../../src/persistence/repository';
import {
  fakeIdb,
  meta,
  openTestStore,
  sampleMap,
  type TestStore,
  upgradeElsewhere,
} from './harness';

let s: TestStore;
beforeEach(() => {
  s = openTestStore();
});
afterEach(() => {
  vi.restoreAllMocks();
  s.repo.close();
});

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

test('a write failing mid-transaction stores nothing of the change set', async () => {
  const doc = sampleMap();
  await s.create(doc);
  const added = addActor(doc, { name: 'Nytt kor' }, meta());
  const ends = { sourceId: added.actor.id, targetId: doc.map.focalActorId as string };
  const linked = addCollaboration(added.doc, ends, meta());
  if (!linked) throw new Error('collaboration not added');
  const changes = diffDocuments(doc, linked.doc);
  expect(changes.putActors).toHaveLength(1);
  expect(changes.putCollaborations).toHaveLength(1);

  // Actors are written before collaborations, so the actor write succeeds and is then undone.
  s.failOn('collaborations');
  const error = await rejection(s.repo.saveChanges(changes));
  expect(error).toBeInstanceOf(SaveError);
  expect(((error as SaveError).cause as Error).name).toBe('QuotaExceededError');

  s.failOn(null);
  expect(await s.load(doc.map.id)).toEqual(doc);
  expect(await s.db.actors.get(added.actor.id)).toBeUndefined();
});

test('a failing deletion keeps the map whole', async () => {
  const doc = sampleMap();
  await s.create(doc);
  s.failOn('activities');
  await expect(s.repo.deleteMap(doc.map.id)).rejects.toBeInstanceOf(SaveError);
  s.failOn(null);
  expect(await s.load(doc.map.id)).toEqual(doc);
});

test('other failing writes reject with SaveError too', async () => {
  s.failOn('settings');
  await expect(s.repo.setSetting('locale', 'nb')).rejects.toBeInstanceOf(SaveError);
  s.failOn('snapshots');
  const doc = sampleMap();
  const snapshot = {
    id: 's',
    mapId: doc.map.id,
    name: 's',
    createdAt: doc.map.createdAt,
    document: doc,
  };
  await expect(s.repo.putSnapshot(snapshot)).rejects.toBeInstanceOf(SaveError);
});

test('a damaged row is repaired in what loads, named, and left as it was in storage', async () => {
  const doc = sampleMap();
  await s.create(doc);
  const actor = Object.values(doc.actors).find((a) => a.name === 'Biblioteket');
  if (!actor) throw new Error('no actor');
  await s.db.actors.put({ ...actor, name: '' });
  // Without a name the actor cannot be kept; its collaboration and log go with it.
  const result = await s.repo.loadMap(doc.map.id);
  expect(result?.ok).toBe(true);
  if (!result?.ok) return;
  expect(Object.keys(result.value.actors)).toHaveLength(2);
  expect(result.value.collaborations).toEqual({});
  expect(result.value.activities).toEqual({});
  const stored = await s.repo.readMap(doc.map.id);
  expect(stored?.loaded.ok && stored.loaded.value.repairs[0]?.path).toMatch(
    /^actors\[\d+\]\.name$/,
  );
  // Loading never writes: the repair is saved only by the session, with the original kept.
  expect((await s.db.actors.get(actor.id))?.name).toBe('');
  expect(await s.db.activities.count()).toBe(2);
});

test('log rows whose collaboration is gone are left out of what loads', async () => {
  const doc = sampleMap();
  await s.create(doc);
  await s.db.collaborations.clear();
  const stored = await s.repo.readMap(doc.map.id);
  expect(stored?.loaded.ok).toBe(true);
  if (!stored?.loaded.ok) return;
  expect(stored.loaded.value.doc.activities).toEqual({});
  expect(stored.loaded.value.repairs.map((r) => r.kind)).toEqual(['missing-end', 'missing-end']);
  expect(stored.rows.activities).toHaveLength(2);
});

test('a map row that cannot be read is reported with the field', async () => {
  const doc = sampleMap();
  await s.create(doc);
  await s.db.maps.put({ ...doc.map, name: { nb: 'Kart' } } as never);
  const result = await s.repo.loadMap(doc.map.id);
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-field', path: 'map.name' } });
  // The maps list still shows it, under its id.
  expect(await s.repo.listMaps()).toEqual([
    expect.objectContaining({ id: doc.map.id, name: doc.map.id }),
  ]);
});

test('saveRepaired keeps the original version and replaces every row, in one transaction', async () => {
  const doc = sampleMap();
  await s.create(doc);
  const library = Object.values(doc.actors).find((a) => a.name === 'Biblioteket');
  if (!library) throw new Error('no actor');
  // A row under a number key: only a delete by map id can reach it.
  await s.db.actors.put({ ...library, id: 7 as never, power: '3' as never });
  const stored = await s.repo.readMap(doc.map.id);
  if (!stored?.loaded.ok) throw new Error('expected a repaired load');
  const repaired = stored.loaded.value.doc;
  const original = {
    id: 'orig',
    mapId: doc.map.id,
    name: 'Før reparasjon',
    createdAt: doc.map.createdAt,
    kind: 'repair' as const,
    document: repaired,
    raw: stored.rows,
  };
  s.failOn('views');
  await expect(s.repo.saveRepaired(repaired, original)).rejects.toBeInstanceOf(SaveError);
  s.failOn(null);
  expect(await s.db.snapshots.count()).toBe(0);
  expect(await s.db.actors.count()).toBe(4);

  await s.repo.saveRepaired(repaired, original);
  expect(await s.db.actors.count()).toBe(3);
  expect(await s.load(doc.map.id)).toEqual(repaired);
  const [kept] = await s.repo.listSnapshots(doc.map.id);
  expect(kept?.kind).toBe('repair');
  const raw = kept?.raw as { actors: { id: unknown }[] } | undefined;
  expect(raw?.actors.map((a) => a.id)).toContain(7);
});

test('a tab older than the stored database refuses to read or write', async () => {
  await upgradeElsewhere('samspill-newer');
  const repo = createDexieRepository(new SamspillDb('samspill-newer', fakeIdb));
  const error = await rejection(repo.saveChanges(diffDocuments(null, sampleMap())));
  expect(error).toBeInstanceOf(SaveError);
  expect((error as SaveError).cause).toEqual(new NewerDatabaseError(DB_VERSION + 1));
  await expect(repo.listMaps()).rejects.toBeInstanceOf(NewerDatabaseError);
  repo.close();
});

test('an open tab stops writing once another tab upgrades the database', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await s.create(sampleMap());
  await upgradeElsewhere(s.db.name);
  const error = await rejection(s.repo.setSetting('locale', 'nb'));
  expect(error).toBeInstanceOf(SaveError);
  expect((error as SaveError).cause).toBeInstanceOf(NewerDatabaseError);
  await expect(s.repo.loadMap('any')).rejects.toBeInstanceOf(NewerDatabaseError);
});

test('a large save goes in steps, and a step failing stores nothing of it', async () => {
  let doc = sampleMap();
  for (let i = 0; i < 2500; i++) doc = addActor(doc, { name: `Aktør ${i}` }, meta()).doc;
  await s.create(doc);
  const moved = moveActors(
    doc,
    Object.keys(doc.actors).map((id, i) => ({ id, x: i, y: 2 * i })),
    meta('2026-02-01T00:00:00.000Z'),
  );
  const changes = diffDocuments(doc, moved);
  expect(changes.putActors.length).toBeGreaterThan(2500);

  // Two steps of actors go in, the third fails: the transaction takes the first two back.
  s.failOn('actors', 2);
  const before = s.writes('actors');
  expect(await rejection(s.repo.saveChanges(changes))).toBeInstanceOf(SaveError);
  expect(s.writes('actors') - before).toBe(3);
  s.failOn(null);
  expect(await s.load(doc.map.id)).toEqual(doc);

  const healthy = s.writes('actors');
  await s.repo.saveChanges(changes);
  expect(s.writes('actors') - healthy).toBe(3);
  expect(await s.load(doc.map.id)).toEqual(moved);
});
