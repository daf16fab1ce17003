import { describe, expect, it } from 'vitest';
import { diffDocuments, isEmptyChange } from '../../src/domain/changes';
import {
  addActivity,
  addActor,
  addCollaboration,
  duplicateDocument,
  moveActors,
  removeActivity,
  removeItems,
  setPinned,
  updateActivity,
  updateActor,
  updateCollaboration,
  updateMap,
} from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { MapDocument } from '../../src/domain/types';
import { testMeta } from '../fixtures/meta';

function base(): { doc: MapDocument; focal: string } {
  const meta = testMeta();
  const doc = makeMap(
    {
      name: 'Kulturskolen i Testby',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  return { doc, focal: doc.map.focalActorId ?? '' };
}

const later = testMeta('2026-02-01T00:00:00.000Z', 'n');

describe('domain commands', () => {
  it('makeMap creates a map whose only actor is the focal culture school', () => {
    const { doc, focal } = base();
    expect(Object.keys(doc.actors)).toEqual([focal]);
    expect(doc.actors[focal]?.typeId).toBe('culture-school');
    expect(doc.actors[focal]?.mapId).toBe(doc.map.id);
  });

  it('addActor trims the name, stamps mapId and times, and leaves other records untouched', () => {
    const { doc, focal } = base();
    const { doc: next, actor } = addActor(doc, { name: '  Biblioteket ' }, later);
    expect(actor.name).toBe('Biblioteket');
    expect(actor.mapId).toBe(doc.map.id);
    expect(actor.createdAt).toBe('2026-02-01T00:00:00.000Z');
    expect(next.actors[focal]).toBe(doc.actors[focal]);
    expect(next.map.updatedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(doc.actors[actor.id]).toBeUndefined();
  });

  it('updateActor keeps the old name when the new one is blank', () => {
    const { doc, focal } = base();
    const next = updateActor(doc, focal, { name: '   ', description: 'Hjertet' }, later);
    expect(next.actors[focal]?.name).toBe('Kulturskolen');
    expect(next.actors[focal]?.description).toBe('Hjertet');
    expect(updateActor(doc, 'nope', { name: 'x' }, later)).toBe(doc);
  });

  it('addCollaboration refuses self links and unknown actors', () => {
    const { doc, focal } = base();
    const { doc: d1, actor } = addActor(doc, { name: 'Biblioteket' }, later);
    expect(addCollaboration(d1, { sourceId: focal, targetId: focal }, later)).toBeNull();
    expect(addCollaboration(d1, { sourceId: focal, targetId: 'ghost' }, later)).toBeNull();
    const added = addCollaboration(d1, { sourceId: focal, targetId: actor.id, strength: 3 }, later);
    expect(added?.collaboration.status).toBe('active');
    expect(added?.collaboration.strength).toBe(3);
  });

  it('updateCollaboration cannot turn a link into a self link', () => {
    const { doc, focal } = base();
    const { doc: d1, actor } = addActor(doc, { name: 'Biblioteket' }, later);
    const added = addCollaboration(d1, { sourceId: focal, targetId: actor.id }, later);
    if (!added) throw new Error('expected a collaboration');
    const id = added.collaboration.id;
    expect(updateCollaboration(added.doc, id, { targetId: focal }, later)).toBe(added.doc);
    const paused = updateCollaboration(added.doc, id, { status: 'paused' }, later);
    expect(paused.collaborations[id]?.status).toBe('paused');
  });

  it('removing an actor removes its collaborations and their engagement log', () => {
    const { doc, focal } = base();
    const { doc: d1, actor } = addActor(doc, { name: 'Biblioteket' }, later);
    const added = addCollaboration(d1, { sourceId: focal, targetId: actor.id }, later);
    if (!added) throw new Error('expected a collaboration');
    const logged = addActivity(
      added.doc,
      { collaborationId: added.collaboration.id, date: '2026-01-10', title: 'Møte', note: '' },
      later,
    );
    expect(Object.keys(logged.activities)).toHaveLength(1);
    const removed = removeItems(logged, { actorIds: [actor.id] }, later);
    expect(removed.actors[actor.id]).toBeUndefined();
    expect(Object.keys(removed.collaborations)).toHaveLength(0);
    expect(Object.keys(removed.activities)).toHaveLength(0);
    expect(removed.map.focalActorId).toBe(focal);
  });

  it('removing the focal actor clears focalActorId', () => {
    const { doc, focal } = base();
    expect(removeItems(doc, { actorIds: [focal] }, later).map.focalActorId).toBeNull();
    expect(removeItems(doc, { actorIds: ['unknown'] }, later)).toBe(doc);
  });

  it('moveActors records one position change per actor and is a no-op when nothing moves', () => {
    const { doc, focal } = base();
    const moved = moveActors(doc, [{ id: focal, x: 10, y: 20, pinned: true }], later);
    expect(moved.actors[focal]?.position).toEqual({ x: 10, y: 20, pinned: true });
    expect(moveActors(moved, [{ id: focal, x: 10, y: 20 }], later)).toBe(moved);
    const unpinned = setPinned(moved, [focal], false, later);
    expect(unpinned.actors[focal]?.position).toEqual({ x: 10, y: 20, pinned: false });
  });

  it('activities can be edited and removed', () => {
    const { doc, focal } = base();
    const { doc: d1, actor } = addActor(doc, { name: 'NAV' }, later);
    const added = addCollaboration(d1, { sourceId: focal, targetId: actor.id }, later);
    if (!added) throw new Error('expected a collaboration');
    const logged = addActivity(
      added.doc,
      { collaborationId: added.collaboration.id, date: '2026-01-10', title: ' Møte ', note: '' },
      later,
    );
    const [id] = Object.keys(logged.activities);
    if (!id) throw new Error('expected an activity');
    expect(logged.activities[id]?.title).toBe('Møte');
    const edited = updateActivity(logged, id, { note: 'Referat' }, later);
    expect(edited.activities[id]?.note).toBe('Referat');
    expect(Object.keys(removeActivity(edited, id, later).activities)).toHaveLength(0);
  });

  it('duplicateDocument gives every record a new id and keeps references consistent', () => {
    const { doc, focal } = base();
    const { doc: d1, actor } = addActor(doc, { name: 'Biblioteket' }, later);
    const added = addCollaboration(d1, { sourceId: focal, targetId: actor.id }, later);
    if (!added) throw new Error('expected a collaboration');
    const copy = duplicateDocument(added.doc, 'Kopi', testMeta('2026-03-01T00:00:00.000Z', 'c'));
    expect(copy.map.id).not.toBe(doc.map.id);
    expect(copy.map.name).toBe('Kopi');
    const [link] = Object.values(copy.collaborations);
    expect(link && link.sourceId in copy.actors && link.targetId in copy.actors).toBe(true);
    expect(copy.map.focalActorId && copy.map.focalActorId in copy.actors).toBe(true);
    for (const a of Object.values(copy.actors)) expect(a.mapId).toBe(copy.map.id);
  });

  it('diffDocuments lists only the records a command replaced', () => {
    const { doc, focal } = base();
    expect(diffDocuments(null, doc).putActors).toHaveLength(1);
    const { doc: d1, actor } = addActor(doc, { name: 'Biblioteket' }, later);
    const change = diffDocuments(doc, d1);
    expect(change.putActors.map((a) => a.id)).toEqual([actor.id]);
    expect(change.map).not.toBeNull();
    const removed = removeItems(d1, { actorIds: [focal] }, later);
    expect(diffDocuments(d1, removed).deleteActors).toEqual([focal]);
    expect(isEmptyChange(diffDocuments(d1, d1))).toBe(true);
    const renamed = updateMap(d1, { name: 'Nytt navn' }, later);
    expect(diffDocuments(d1, renamed).map?.name).toBe('Nytt navn');
  });
});
