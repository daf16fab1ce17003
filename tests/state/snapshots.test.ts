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
  // Not read back at all: the version it took, holding the document the app held.
  expect(listed).toBe(taken);
  expect(snapshots.documentOf(listed)).toBe(doc);
  // Another session knows nothing of it: it reads the stored copy, a fresh clone, and checks it.
  const later = new Snapshots(store.repo);
  const [stored] = await later.list(doc.map.id);
  if (!stored) throw new Error('no stored version');
  expect(stored.document).not.toBe(doc);
  expect(snapshots.documentOf(stored)).toBe(doc);
  const checked = later.documentOf(stored);
  expect(checked).not.toBe(doc);
  expect(checked).toEqual(doc);
  await snapshots.remove(taken.id);
  expect(await snapshots.list(doc.map.id)).toEqual([]);
});

it('reads each stored version once, and the daily version from the index alone', async () => {
  const store = openTestStore();
  const reads = vi.spyOn(store.repo, 'getSnapshot');
  const wholeList = vi.spyOn(store.repo, 'listSnapshots');
  const doc = openMap();
  // Versions stored by another tab, or an earlier session: this one has read none of them.
  const elsewhere = new Snapshots(store.repo);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-05-01T09:00:00'));
  await elsewhere.daily(doc, 'Auto 1');
  vi.setSystemTime(new Date('2026-05-01T10:00:00'));
  await elsewhere.take(doc, 'For hånd', 'manual');
  vi.setSystemTime(new Date('2026-05-02T09:00:00'));

  const snapshots = new Snapshots(store.repo);
  const taken = await snapshots.daily(doc, 'Auto 2');
  expect(taken?.name).toBe('Auto 2');
  expect(await snapshots.daily(doc, 'Igjen')).toBeNull();
  expect(reads).not.toHaveBeenCalled();

  const first = await snapshots.list(doc.map.id);
  expect(first.map((s) => s.name)).toEqual(['Auto 2', 'For hånd', 'Auto 1']);
  // Only the two it had not seen; its own is known.
  expect(reads).toHaveBeenCalledTimes(2);
  expect(await snapshots.list(doc.map.id)).toEqual(first);
  expect(reads).toHaveBeenCalledTimes(2);

  // Another tab removes one and adds one: the list follows, reading only the new one.
  const manual = first.find((s) => s.kind === 'manual');
  await elsewhere.remove(manual?.id ?? '');
  vi.setSystemTime(new Date('2026-05-02T10:00:00'));
  await elsewhere.take(doc, 'Ny', 'manual');
  expect((await snapshots.list(doc.map.id)).map((s) => s.name)).toEqual(['Ny', 'Auto 2', 'Auto 1']);
  expect(reads).toHaveBeenCalledTimes(3);
  expect(wholeList).not.toHaveBeenCalled();
});
