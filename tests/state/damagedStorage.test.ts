/**
 * Issue 12, defect 2: damaged rows in IndexedDB. Opening repairs them once (the rows as they were
 * kept as a version first), a map that cannot be read stays closed while the others open, a
 * backup still holds everything, and a map that stopped the app is not opened by itself again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { kulturskoleTemplate } from '../../src/app/template';
import type { MapDocument, Snapshot } from '../../src/domain/types';
import { backupToJson, parseImport } from '../../src/io/import';
import { restore, type StoredRows } from '../../src/schema';
import { appStatus } from '../../src/state/appStatus';
import { documentStore, replaceDocument } from '../../src/state/documentStore';
import { LAST_MAP_KEY, OPENING_KEY, Session } from '../../src/state/session';
import { uiStore } from '../../src/state/uiStore';
import { memoryStorage } from '../fixtures/memoryStorage';
import { sessionText } from '../fixtures/sessionText';
import { openTestStore, sampleMap, type TestStore } from '../persistence/harness';

let sessions: Session[] = [];
/** Each store's localStorage stand-in, where the opening marks live across its sessions. */
const marks = new WeakMap<TestStore, ReturnType<typeof memoryStorage>>();
const marksOf = (store: TestStore) => {
  const found = marks.get(store) ?? memoryStorage();
  marks.set(store, found);
  return found;
};
const mark = (store: TestStore) => marksOf(store).getItem(OPENING_KEY);
const session = (store: TestStore, guardOpening = false) => {
  const openingMarks = guardOpening ? marksOf(store) : null;
  const s = new Session(store.repo, async () => demo, sessionText, null, { openingMarks });
  sessions.push(s);
  return s;
};
afterEach(() => {
  for (const s of sessions) s.dispose();
  sessions = [];
  replaceDocument(null);
  appStatus.setState({ notices: [] });
  uiStore.setState({ save: { status: 'idle', error: null } });
});

const open = () => documentStore.getState().doc;
const notices = () => appStatus.getState().notices;
const named = (doc: MapDocument, name: string) => {
  const actor = Object.values(doc.actors).find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name}`);
  return actor;
};

/** A map with one damaged row of each kind the issue names, written straight into storage. */
async function damagedMap(store: TestStore, name = 'Skadet kart') {
  const doc = sampleMap(name);
  await store.create(doc);
  const library = named(doc, 'Biblioteket');
  const school = named(doc, 'Skolen');
  const focal = doc.map.focalActorId as string;
  await store.db.actors.put({ ...library, power: '3', sectorId: 'no-such-sector' } as never);
  await store.db.actors.put({
    ...school,
    name: 1814,
    position: { x: Number.NaN, y: 1, pinned: true },
  } as never);
  await store.db.actors.put({ ...named(doc, 'Kulturskolen'), typeId: 'no-such-type' });
  await store.db.collaborations.put({
    ...Object.values(doc.collaborations)[0],
    id: 'dangling',
    sourceId: focal,
    targetId: 'gone',
  } as never);
  return doc;
}

async function storedRows(store: TestStore, mapId: string): Promise<StoredRows> {
  const found = await store.repo.readMap(mapId);
  if (!found) throw new Error('no map');
  return found.rows;
}

describe('opening a map with damaged rows', () => {
  it('repairs each kind, keeps the rows as they were as a version, and saves the repair', async () => {
    const store = openTestStore();
    const doc = await damagedMap(store);
    const before = structuredClone(await storedRows(store, doc.map.id));
    await session(store).start();

    const shown = open();
    if (!shown) throw new Error('no map open');
    expect(shown.map.id).toBe(doc.map.id);
    expect(named(shown, 'Biblioteket')).toMatchObject({ power: 3, sectorId: 'custom' });
    expect(named(shown, '1814').position).toBeNull();
    expect(named(shown, 'Kulturskolen').typeId).toBe('custom');
    expect(Object.keys(shown.collaborations)).toEqual(Object.keys(doc.collaborations));
    expect(Object.keys(shown.activities)).toHaveLength(2);
    // Four rows: three actors and the dangling collaboration.
    expect(notices()).toEqual([
      { kind: 'repaired', mapId: doc.map.id, name: 'Skadet kart', count: 4 },
    ]);
    expect(uiStore.getState().save.status).not.toBe('error');

    const [version] = await store.repo.listSnapshots(doc.map.id);
    expect(version).toMatchObject({ kind: 'repair', name: 'Skadet kart', document: shown });
    expect(version?.raw).toEqual(before);
    // The stored rows are now sound: strict restore takes them as they are.
    const after = await storedRows(store, doc.map.id);
    expect(restore({ format: 'samspill-map', version: 2, ...after })).toEqual({
      ok: true,
      value: shown,
    });
  });

  it('reports the repair once: the next start finds nothing to repair', async () => {
    const store = openTestStore();
    const doc = await damagedMap(store);
    await session(store).start();
    expect(notices()).toHaveLength(1);
    appStatus.setState({ notices: [] });
    replaceDocument(null);

    await session(store).start();
    expect(open()?.map.id).toBe(doc.map.id);
    expect(notices()).toEqual([]);
    expect(await store.repo.listSnapshots(doc.map.id)).toHaveLength(1);
  });

  it('restoring the kept version repairs its rows again, never refusing them', async () => {
    const store = openTestStore();
    const doc = await damagedMap(store);
    const s = session(store);
    await s.start();
    const repaired = open();
    const [version] = await store.repo.listSnapshots(doc.map.id);
    if (!version || !repaired) throw new Error('no version');
    // The version's rows as they are fail strict restore, and so would a plain version of them.
    const rows = version.raw as StoredRows;
    expect(restore({ format: 'samspill-map', version: 2, ...rows }).ok).toBe(false);
    const asPlain: Snapshot = { ...version, kind: 'manual', document: rows as never };
    expect(await s.snapshots.restore(asPlain, 'x')).toBe(false);

    expect(await s.snapshots.restore(version, 'Før gjenoppretting')).toBe(true);
    expect(open()).toMatchObject({
      actors: repaired.actors,
      collaborations: repaired.collaborations,
    });
  });

  it('shows the repaired map but keeps the rows when the repair cannot be saved', async () => {
    const store = openTestStore();
    const doc = await damagedMap(store);
    const before = await storedRows(store, doc.map.id);
    store.failOn('snapshots');
    await session(store).start();
    expect(named(open() as MapDocument, 'Biblioteket').power).toBe(3);
    expect(uiStore.getState().save.status).toBe('error');
    expect(notices()).toEqual([]);
    store.failOn(null);
    expect(await storedRows(store, doc.map.id)).toEqual(before);
    expect(await store.repo.listSnapshots(doc.map.id)).toEqual([]);
  });
});

describe('a map that cannot be read', () => {
  async function twoMaps(store: TestStore) {
    const broken = sampleMap('Ødelagt');
    const good = sampleMap('Godt kart');
    await store.create(broken);
    await store.create(good);
    await store.db.maps.put({ ...broken.map, name: { nb: 'x' } } as never);
    await store.repo.setSetting(LAST_MAP_KEY, broken.map.id);
    return { broken, good };
  }

  it('stays closed while another opens, with a notice that names it and no "Not saved"', async () => {
    const store = openTestStore();
    const { broken, good } = await twoMaps(store);
    await session(store).start();
    expect(open()?.map.id).toBe(good.map.id);
    expect(notices()).toEqual([
      {
        kind: 'unreadable',
        mapId: broken.map.id,
        name: broken.map.id,
        error: expect.objectContaining({ code: 'invalid-field', path: 'map.name' }),
      },
    ]);
    expect(uiStore.getState().save).toEqual({ status: 'idle', error: null });
    // The maps list still has both, the unreadable one under its id.
    expect(
      uiStore
        .getState()
        .maps.map((m) => m.name)
        .sort(),
    ).toEqual(['Godt kart', broken.map.id].sort());
    // Nothing was written over it.
    expect((await store.db.maps.get(broken.map.id))?.name).toEqual({ nb: 'x' });
  });

  it('leaves no map open when it is the only one, without throwing', async () => {
    const store = openTestStore();
    const only = sampleMap('Eneste');
    await store.create(only);
    await store.db.maps.put({ ...only.map, templateId: 7 } as never);
    await expect(session(store).start()).resolves.toBeUndefined();
    expect(open()).toBeNull();
    expect(notices()).toMatchObject([{ kind: 'unreadable', name: 'Eneste' }]);
  });

  it('goes into a backup as its stored rows, which the import leaves out with a warning', async () => {
    const store = openTestStore();
    const { broken, good } = await twoMaps(store);
    const s = session(store);
    await s.start();
    const snapshot = {
      id: 'v1',
      mapId: broken.map.id,
      name: 'V',
      createdAt: broken.map.createdAt,
      document: broken,
    };
    await store.repo.putSnapshot(snapshot);

    const { maps, unreadable, raw } = await s.readAllMaps();
    expect(maps.map((m) => m.doc.map.id)).toEqual([good.map.id]);
    expect(unreadable).toEqual([broken.map.id]);
    expect(raw).toHaveLength(1);
    expect(raw[0]).toMatchObject({
      mapId: broken.map.id,
      problem: { code: 'invalid-field', path: 'map.name' },
      snapshots: [snapshot],
    });
    expect(raw[0]?.rows.actors).toHaveLength(3);

    const json = backupToJson(maps, kulturskoleTemplate, '2026-05-01T10:00:00Z', raw);
    const data = JSON.parse(json);
    expect(data.damagedMaps[0].rows.map.name).toEqual({ nb: 'x' });
    expect(data.damagedMaps[0].rows.collaborations).toHaveLength(1);
    const file = { name: 'backup.samspill.json', bytes: new TextEncoder().encode(json) };
    const parsed = await parseImport([file], kulturskoleTemplate);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.value.kind !== 'native') return;
    expect(parsed.value.maps.map((m) => m.doc.map.id)).toEqual([good.map.id]);
    expect(parsed.value.warnings).toEqual([
      expect.objectContaining({ code: 'damaged-maps-skipped', value: '1' }),
    ]);
  });

  it('a backup also keeps the stored rows of a damaged map not yet opened, beside its repair', async () => {
    const store = openTestStore();
    const doc = await damagedMap(store);
    const s = session(store);
    const { maps, raw } = await s.readAllMaps();
    expect(maps).toHaveLength(1);
    expect(named(maps[0]?.doc as MapDocument, 'Biblioteket').power).toBe(3);
    expect(raw).toMatchObject([{ mapId: doc.map.id, problem: null }]);
    const json = JSON.parse(backupToJson(maps, kulturskoleTemplate, 'now', raw));
    const library = json.damagedMaps[0].rows.actors.find(
      (a: { name: unknown }) => a.name === 'Biblioteket',
    );
    expect(library.power).toBe('3');
  });
});

describe('a map that stopped the app while opening', () => {
  async function twoMaps(store: TestStore) {
    const first = sampleMap('Først');
    const second = sampleMap('Andre');
    await store.create(first);
    await store.create(second);
    await store.repo.setSetting(LAST_MAP_KEY, first.map.id);
    return { first, second };
  }

  it('is marked before it is shown, and the mark goes once it has drawn', async () => {
    const store = openTestStore();
    const { first } = await twoMaps(store);
    const s = session(store, true);
    await s.start();
    expect(open()?.map.id).toBe(first.map.id);
    expect(mark(store)).toBe(first.map.id);
    s.mapDrawn('another');
    expect(mark(store)).toBe(first.map.id);
    s.mapDrawn(first.map.id);
    expect(mark(store)).toBeNull();
    // Drawn, so the next start opens it again.
    replaceDocument(null);
    await session(store, true).start();
    expect(open()?.map.id).toBe(first.map.id);
    expect(notices()).toEqual([]);
  });

  it('is not opened at the next start: another one is, with a notice naming it', async () => {
    const store = openTestStore();
    const { first, second } = await twoMaps(store);
    await session(store, true).start();
    // It never drew: the app stopped.
    replaceDocument(null);
    await session(store, true).start();
    expect(open()?.map.id).toBe(second.map.id);
    expect(notices()).toEqual([{ kind: 'skipped', mapId: first.map.id, name: 'Først' }]);
    expect(await store.repo.getSetting(LAST_MAP_KEY)).toBe(second.map.id);
  });

  it('as the only map, is left closed until the user opens it', async () => {
    const store = openTestStore();
    const only = sampleMap('Eneste');
    await store.create(only);
    await session(store, true).start();
    replaceDocument(null);
    const s = session(store, true);
    await s.start();
    expect(open()).toBeNull();
    expect(notices()).toMatchObject([{ kind: 'skipped', name: 'Eneste' }]);
    await s.openMap(only.map.id);
    expect(open()?.map.id).toBe(only.map.id);
    expect(notices()).toEqual([]);
  });

  it('a render error marks the open map, so the next start skips it', async () => {
    const store = openTestStore();
    const { first, second } = await twoMaps(store);
    const s = session(store, true);
    await s.start();
    s.mapDrawn(first.map.id);
    s.noteCrash();
    expect(mark(store)).toBe(first.map.id);
    replaceDocument(null);
    await session(store, true).start();
    expect(open()?.map.id).toBe(second.map.id);
  });

  it('without the guard (no map view to report drawing) nothing is marked', async () => {
    const store = openTestStore();
    await twoMaps(store);
    await session(store).start();
    expect(mark(store)).toBeNull();
    expect(marksOf(store).data.size).toBe(0);
  });
});

describe('a damaged version', () => {
  it('lists with a name and a date that can be shown, and is not handed to the map', async () => {
    const store = openTestStore();
    const doc = sampleMap('Kart');
    await store.create(doc);
    const s = session(store);
    await s.start();
    const broken = {
      ...doc,
      collaborations: {
        x: { ...Object.values(doc.collaborations)[0], targetId: 'hasOwnProperty' },
      },
    };
    await store.db.snapshots.put({
      id: 'bad',
      mapId: doc.map.id,
      name: 42,
      createdAt: 'yesterday',
      kind: 'weird',
      document: broken,
    } as never);
    await store.db.snapshots.put({
      id: 'good',
      mapId: doc.map.id,
      name: 'God',
      createdAt: doc.map.createdAt,
      document: doc,
    });
    const list = await s.snapshots.list(doc.map.id);
    const bad = list.find((v) => v.id === 'bad');
    expect(bad).toMatchObject({
      name: '42',
      createdAt: '1970-01-01T00:00:00.000Z',
      kind: 'manual',
    });
    expect(s.snapshots.documentOf(bad as Snapshot)).toBeNull();
    expect(s.snapshots.documentOf({ ...(bad as Snapshot), document: null as never })).toBeNull();
    const good = list.find((v) => v.id === 'good');
    expect(s.snapshots.documentOf(good as Snapshot)).toEqual(doc);
  });
});

describe('stored rows in a backup', () => {
  it('are written even when they hold what JSON cannot: a bigint, a cycle, a Map, a date', () => {
    const map: Record<string, unknown> = {
      id: 'x',
      name: 5n,
      at: new Date('2026-01-02T00:00:00Z'),
    };
    map.self = map;
    const rows = {
      map,
      actors: [new Map([['k', 1]])],
      collaborations: [],
      activities: [],
      views: [],
    };
    const json = backupToJson([], kulturskoleTemplate, 'now', [
      {
        mapId: 'x',
        name: 'x',
        problem: { code: 'invalid-field', path: 'map.name' },
        rows,
        snapshots: [],
      },
    ]);
    expect(JSON.parse(json).damagedMaps[0].rows).toEqual({
      map: { id: 'x', name: '5', at: '2026-01-02T00:00:00.000Z', self: '[cycle]' },
      actors: [[['k', 1]]],
      collaborations: [],
      activities: [],
      views: [],
    });
  });
});
