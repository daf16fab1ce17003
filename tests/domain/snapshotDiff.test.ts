import {
  addActivity,
  addActor,
  addCollaboration,
  moveActors,
  removeItems,
  updateActor,
  updateCollaboration,
} from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import { changeCount, diffSnapshots } from '../../src/domain/snapshotDiff';
import {
  autoSnapshotsToPrune,
  localDay,
  needsDailySnapshot,
} from '../../src/domain/snapshotRetention';
import type { MapDocument, Snapshot } from '../../src/domain/types';
import { testMeta } from '../fixtures/meta';

const meta = testMeta('2026-03-01T10:00:00.000Z');

/** School, library and NAV; the school works with the library. */
function base() {
  let doc = makeMap(
    {
      name: 'Kart',
      focalName: 'Kulturskolen',
      templateId: 'k',
      focalSectorId: 's',
      focalTypeId: 't',
    },
    meta,
  );
  const school = doc.map.focalActorId ?? '';
  const library = addActor(
    doc,
    { name: 'Biblioteket', position: { x: 0, y: 0, pinned: false } },
    meta,
  );
  const nav = addActor(library.doc, { name: 'NAV' }, meta);
  doc = nav.doc;
  const link = addCollaboration(doc, { sourceId: school, targetId: library.actor.id }, meta);
  if (!link) throw new Error('no link');
  return {
    doc: link.doc,
    school,
    library: library.actor.id,
    nav: nav.actor.id,
    link: link.collaboration.id,
  };
}

test('an unchanged map has no changes, and moving a node alone is not one', () => {
  const b = base();
  expect(changeCount(diffSnapshots(b.doc, b.doc))).toBe(0);
  const moved = moveActors(b.doc, [{ id: b.library, x: 300, y: -40, pinned: true }], meta);
  expect(moved).not.toBe(b.doc);
  expect(changeCount(diffSnapshots(b.doc, moved))).toBe(0);
});

test('added, removed and changed actors and collaborations, with the fields that changed', () => {
  const b = base();
  let now: MapDocument = addActor(b.doc, { name: 'Frivilligsentralen' }, meta).doc;
  now = removeItems(now, { actorIds: [b.nav] }, meta);
  now = updateActor(now, b.library, { name: 'Hovedbiblioteket', tags: ['les'] }, meta);
  now = updateCollaboration(now, b.link, { strength: 3 }, meta);
  const volunteer = Object.values(now.actors).find((a) => a.name === 'Frivilligsentralen');
  const added = addCollaboration(now, { sourceId: b.school, targetId: volunteer?.id ?? '' }, meta);
  now = addActivity(
    added?.doc ?? now,
    { collaborationId: b.link, date: '2026-03-02', title: 'Møte', note: '' },
    meta,
  );

  const d = diffSnapshots(b.doc, now);
  expect(d.actors.added.map((a) => a.name)).toEqual(['Frivilligsentralen']);
  expect(d.actors.removed.map((a) => a.name)).toEqual(['NAV']);
  expect(d.actors.changed).toHaveLength(1);
  expect(d.actors.changed[0]?.fields).toEqual(['name', 'tags']);
  expect(d.actors.changed[0]?.before.name).toBe('Biblioteket');
  expect(d.collaborations.added).toHaveLength(1);
  expect(d.collaborations.changed[0]?.fields).toEqual(['strength']);
  expect(d.collaborations.removed).toHaveLength(0);
  expect(d.activitiesAdded).toBe(1);
  expect(changeCount(d)).toBe(5);
});

test('a change and a move together list only the change', () => {
  const b = base();
  const moved = moveActors(b.doc, [{ id: b.library, x: 10, y: 10 }], meta);
  const renamed = updateActor(moved, b.library, { description: 'Sentrum' }, meta);
  expect(diffSnapshots(b.doc, renamed).actors.changed[0]?.fields).toEqual(['description']);
});

describe('daily snapshot retention', () => {
  const snap = (id: string, createdAt: string, kind: Snapshot['kind']): Snapshot => ({
    id,
    mapId: 'm',
    name: id,
    createdAt,
    kind,
    document: base().doc,
  });

  it('takes one automatic snapshot per local day', () => {
    const noon = '2026-03-05T12:00:00.000Z';
    expect(needsDailySnapshot([], noon)).toBe(true);
    expect(needsDailySnapshot([snap('m', noon, 'manual')], noon)).toBe(true);
    expect(needsDailySnapshot([snap('a', noon, 'auto')], '2026-03-05T13:30:00.000Z')).toBe(false);
    expect(needsDailySnapshot([snap('a', noon, 'auto')], '2026-03-06T12:00:00.000Z')).toBe(true);
    expect(localDay(noon)).toMatch(/^2026-03-0[56]$/);
  });

  it('keeps the newest 14 automatic snapshots and never prunes the others', () => {
    const autos = Array.from({ length: 20 }, (_, i) =>
      snap(`auto-${i}`, `2026-03-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`, 'auto'),
    );
    const others = [
      snap('manual', '2026-01-01T08:00:00.000Z', 'manual'),
      snap('ws', '2026-01-02T08:00:00.000Z', 'workshop'),
    ];
    const pruned = autoSnapshotsToPrune([...others, ...autos]).map((s) => s.id);
    expect(pruned).toEqual(['auto-5', 'auto-4', 'auto-3', 'auto-2', 'auto-1', 'auto-0']);
    expect(autoSnapshotsToPrune(autos.slice(0, 14))).toEqual([]);
  });
});
