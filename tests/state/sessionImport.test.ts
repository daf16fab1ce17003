/** Session: importing whole maps, reading them all for a backup, and noting real edits. */
import { describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { addActor, moveActors } from '../../src/domain/commands';
import type { MapDocument } from '../../src/domain/types';
import { documentStore, edit, editUntracked } from '../../src/state/documentStore';
import { LAST_BACKUP_KEY, LAST_EDIT_KEY } from '../../src/state/session';
import { uiStore } from '../../src/state/uiStore';
import { sessionsOnDemo } from '../fixtures/sessionText';
import { meta, openTestStore, sampleMap } from '../persistence/harness';

const start = sessionsOnDemo();

const open = (): MapDocument => {
  const d = documentStore.getState().doc;
  if (!d) throw new Error('no document open');
  return d;
};
const snapshot = (doc: MapDocument) => ({
  id: `snap-${doc.map.id}`,
  mapId: doc.map.id,
  name: 'Før workshop',
  createdAt: doc.map.createdAt,
  document: doc,
});

describe('Session.importMaps', () => {
  it('adds new maps with their snapshots and opens the first', async () => {
    const store = openTestStore();
    const session = start(store);
    await session.start();
    const a = sampleMap('Importert A');
    const copies = await session.importMaps([{ doc: a, snapshots: [snapshot(a)] }]);
    expect(copies).toEqual([]);
    expect(open().map.id).toBe(a.map.id);
    expect(await store.load(a.map.id)).toEqual(a);
    expect(await store.repo.listSnapshots(a.map.id)).toHaveLength(1);
    expect(uiStore.getState().maps.map((m) => m.name)).toContain('Importert A');
  });

  it('adds a map whose id is already stored as a copy, and leaves the stored one alone', async () => {
    const store = openTestStore();
    const session = start(store);
    await session.start();
    const stored = sampleMap('Vårt kart');
    await store.create(stored);
    const edited = addActor(stored, { name: 'Ny i fila' }, meta()).doc;

    const copies = await session.importMaps([{ doc: edited, snapshots: [snapshot(edited)] }]);
    expect(copies).toEqual(['Kopi av Vårt kart']);
    expect(await store.load(stored.map.id)).toEqual(stored);
    const copy = open();
    expect(copy.map.id).not.toBe(stored.map.id);
    expect(copy.map.name).toBe('Kopi av Vårt kart');
    expect(Object.values(copy.actors).map((a) => a.name)).toContain('Ny i fila');
    expect(Object.keys(copy.actors).some((id) => id in stored.actors)).toBe(false);
    const [snap] = await store.repo.listSnapshots(copy.map.id);
    expect(snap?.document.map.id).toBe(copy.map.id);
    expect(await store.repo.listSnapshots(stored.map.id)).toEqual([]);
  });

  it('reads every map and its snapshots for a backup', async () => {
    const store = openTestStore();
    const session = start(store);
    await session.start();
    const a = sampleMap('Kart A');
    await session.importMaps([{ doc: a, snapshots: [snapshot(a)] }]);
    const { maps, unreadable } = await session.readAllMaps();
    expect(unreadable).toEqual([]);
    expect(maps.map((m) => m.doc.map.name).sort()).toEqual(['Kart A', demo.map.name].sort());
    expect(maps.find((m) => m.doc.map.id === a.map.id)?.snapshots).toHaveLength(1);
  });
});

describe('edits noted for the backup reminder', () => {
  it('notes a user edit, but not a layout, and records a backup', async () => {
    const store = openTestStore();
    const session = start(store);
    await session.start();
    const first = open().actors[Object.keys(open().actors)[0] ?? ''];
    editUntracked((d, m) => moveActors(d, [{ id: first?.id ?? '', x: 1, y: 2 }], m));
    await new Promise((r) => setTimeout(r, 20));
    expect(await session.setting(LAST_EDIT_KEY)).toBeUndefined();

    edit((d, m) => addActor(d, { name: 'Nytt kor' }, m).doc);
    await expect.poll(() => session.setting<string>(LAST_EDIT_KEY)).toMatch(/^\d{4}-/);
    await session.markBackedUp('2026-05-01T10:00:00.000Z');
    expect(await session.setting(LAST_BACKUP_KEY)).toBe('2026-05-01T10:00:00.000Z');
  });
});
