import { diffDocuments } from '../../src/domain/changes';
import { addActor, addCollaboration } from '../../src/domain/commands';
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

test('corrupted stored data is reported with the field, not loaded', async () => {
  const doc = sampleMap();
  await s.create(doc);
  const actor = Object.values(doc.actors)[1];
  if (!actor) throw new Error('no actor');
  await s.db.actors.put({ ...actor, name: '' });
  const result = await s.repo.loadMap(doc.map.id);
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-field' } });
  if (result && !result.ok) expect(result.error.path).toMatch(/^actors\[\d+\]\.name$/);
});

test('a log row whose collaboration is gone is reported as a missing reference', async () => {
  const doc = sampleMap();
  await s.create(doc);
  await s.db.collaborations.clear();
  const result = await s.repo.loadMap(doc.map.id);
  expect(result).toMatchObject({ ok: false, error: { code: 'missing-reference' } });
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
