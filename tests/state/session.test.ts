import { describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { addActor } from '../../src/domain/commands';
import { SAVE_DELAY_MS } from '../../src/state/autosave';
import { documentStore, edit, replaceDocument } from '../../src/state/documentStore';
import { uiStore } from '../../src/state/uiStore';
import { sessionsOnDemo } from '../fixtures/sessionText';
import { openTestStore } from '../persistence/harness';

const start = sessionsOnDemo();

const doc = () => {
  const d = documentStore.getState().doc;
  if (!d) throw new Error('no document open');
  return d;
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Session', () => {
  it('creates the demo map on first run and reopens the last map used', async () => {
    const store = openTestStore();
    await start(store).start();
    expect(doc().map.name).toBe(demo.map.name);
    expect(Object.keys(doc().actors).length).toBeGreaterThanOrEqual(30);
    const demoId = doc().map.id;
    const second = start(store);
    await second.createMap('Andre kart');
    expect(
      uiStore
        .getState()
        .maps.map((m) => m.name)
        .sort(),
    ).toEqual(['Andre kart', demo.map.name].sort());
    await second.openMap(demoId);
    replaceDocument(null);
    await start(store).start();
    expect(doc().map.id).toBe(demoId);
  });

  it('saves an edit within the autosave delay', async () => {
    const store = openTestStore();
    await start(store).start();
    const id = doc().map.id;
    edit((d, meta) => addActor(d, { name: 'Nytt bibliotek' }, meta).doc);
    await wait(SAVE_DELAY_MS + 150);
    const stored = await store.load(id);
    expect(Object.values(stored.actors).some((a) => a.name === 'Nytt bibliotek')).toBe(true);
    expect(uiStore.getState().save.status).toBe('saved');
  });

  it('shows a lasting warning when a write fails, and writes everything once storage works', async () => {
    const store = openTestStore();
    const session = start(store);
    await session.start();
    const id = doc().map.id;
    store.failOn('actors');
    edit((d, meta) => addActor(d, { name: 'Første' }, meta).doc);
    expect(await session.flush()).toBe(false);
    expect(uiStore.getState().save).toMatchObject({ status: 'error' });
    expect(uiStore.getState().save.error).toContain('QuotaExceededError');
    expect(Object.values((await store.load(id)).actors).some((a) => a.name === 'Første')).toBe(
      false,
    );
    store.failOn(null);
    edit((d, meta) => addActor(d, { name: 'Andre' }, meta).doc);
    expect(await session.flush()).toBe(true);
    const names = Object.values((await store.load(id)).actors).map((a) => a.name);
    expect(names).toContain('Første');
    expect(names).toContain('Andre');
    expect(uiStore.getState().save.status).toBe('saved');
  });

  it('renames, duplicates, and deletes a map with undo', async () => {
    const store = openTestStore();
    const session = start(store);
    await session.start();
    const original = doc().map.id;
    session.renameCurrent('  Vårt kart  ');
    expect(doc().map.name).toBe('Vårt kart');
    await session.duplicateCurrent();
    expect(doc().map.name).toBe('Kopi av Vårt kart');
    expect(doc().map.id).not.toBe(original);
    const copy = doc().map.id;
    await session.deleteMap(copy);
    expect(doc().map.id).toBe(original);
    expect((await store.repo.listMaps()).map((m) => m.id)).toEqual([original]);
    const toast = uiStore.getState().toast;
    expect(toast?.message).toBe('Kopi av Vårt kart er slettet');
    toast?.undo?.();
    await wait(100);
    expect((await store.repo.listMaps()).map((m) => m.id).sort()).toEqual([original, copy].sort());
    expect(doc().map.id).toBe(copy);
  });

  it('makes the demo map again under fresh ids', async () => {
    const store = openTestStore();
    const session = start(store);
    await session.start();
    const first = doc().map.id;
    await session.createDemo();
    expect(doc().map.id).not.toBe(first);
    expect(await store.repo.listMaps()).toHaveLength(2);
  });
});
