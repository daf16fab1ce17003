import { afterEach, expect, it, vi } from 'vitest';
import { addActor, updateActor } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import { documentStore, edit, replaceDocument, undo } from '../../src/state/documentStore';
import { Snapshots } from '../../src/state/snapshots';
import { testMeta } from '../fixtures/meta';
import { openTestStore } from '../persistence/harness';

afterEach(() => {
  replaceDocument(null);
  vi.useRealTimers();
});

function openMap() {
  const meta = testMeta('2026-05-01T08:00:00.000Z', 'snap');
  const base = makeMap(
    {
      name: 'Kart',
      focalName: 'Kulturskolen',
      templateId: 'k',
      focalSectorId: 's',
      focalTypeId: 't',
    },
    meta,
  );
  replaceDocument(addActor(base, { name: 'Biblioteket' }, meta).doc);
  const doc = documentStore.getState().doc;
  if (!doc) throw new Error('no doc');
  return doc;
}

it('restores a version as one undoable edit, keeping the state before as a version', async () => {
  const store = openTestStore();
  const snapshots = new Snapshots(store.repo);
  const before = openMap();
  const saved = await snapshots.take(before, 'Før', 'manual');
  const library = Object.values(before.actors).find((a) => a.name === 'Biblioteket');
  edit((d, meta) => updateActor(d, library?.id ?? '', { name: 'Hovedbiblioteket' }, meta));
  edit((d, meta) => addActor(d, { name: 'NAV' }, meta).doc);
  const edited = documentStore.getState().doc;

  expect(await snapshots.restore(saved, 'Før gjenoppretting')).toBe(true);
  const names = () => Object.values(documentStore.getState().doc?.actors ?? {}).map((a) => a.name);
  expect(names().sort()).toEqual(['Biblioteket', 'Kulturskolen']);
  const list = await snapshots.list(before.map.id);
  expect(list.map((s) => [s.name, s.kind])).toContainEqual(['Før gjenoppretting', 'restore']);
  expect(list.find((s) => s.kind === 'restore')?.document).toEqual(edited);

  undo();
  expect(names().sort()).toEqual(['Hovedbiblioteket', 'Kulturskolen', 'NAV']);
});

it('refuses a damaged version and changes nothing', async () => {
  const store = openTestStore();
  const snapshots = new Snapshots(store.repo);
  const doc = openMap();
  const saved = await snapshots.take(doc, 'Før', 'manual');
  const broken = {
    ...saved,
    document: { ...saved.document, map: { ...saved.document.map, focalActorId: 'gone' } },
  };
  expect(await snapshots.restore(broken, 'x')).toBe(false);
  expect(documentStore.getState().doc).toBe(doc);
  expect(await snapshots.list(doc.map.id)).toHaveLength(1);
});

it('takes one automatic version a day and keeps the last 14', async () => {
  const store = openTestStore();
  const snapshots = new Snapshots(store.repo);
  const doc = openMap();
  vi.useFakeTimers({ toFake: ['Date'] });
  for (let day = 1; day <= 20; day++) {
    vi.setSystemTime(new Date(`2026-05-${String(day).padStart(2, '0')}T09:00:00`));
    expect(await snapshots.daily(doc, `Auto ${day}`)).not.toBeNull();
    vi.setSystemTime(new Date(`2026-05-${String(day).padStart(2, '0')}T15:00:00`));
    expect(await snapshots.daily(doc, `Igjen ${day}`)).toBeNull();
  }
  await snapshots.take(doc, 'For hånd', 'manual');
  const list = await snapshots.list(doc.map.id);
  const autos = list.filter((s) => s.kind === 'auto').map((s) => s.name);
  expect(autos).toHaveLength(14);
  expect(autos[0]).toBe('Auto 20');
  expect(autos.at(-1)).toBe('Auto 7');
  expect(list.some((s) => s.name === 'For hånd')).toBe(true);
});

it('reads back a version taken in this session without checking it again, and checks others', async () => {
  const store = openTestStore();
  const snapshots = new Snapshots(store.repo);
  const doc = openMap();
  const taken = await snapshots.take(doc, 'Nå', 'manual');
  const [listed] = await snapshots.list(doc.map.id);
  if (!listed) throw new Error('no version');
  // The stored copy is a fresh clone: the document it gives back is the one the app held.
  expect(listed.document).not.toBe(doc);
  expect(snapshots.documentOf(listed)).toBe(doc);
  // Another session knows nothing of it: the stored copy is checked as before.
  const later = new Snapshots(store.repo);
  const checked = later.documentOf(listed);
  expect(checked).not.toBe(doc);
  expect(checked).toEqual(doc);
  await snapshots.remove(taken.id);
  expect(await snapshots.list(doc.map.id)).toEqual([]);
});
