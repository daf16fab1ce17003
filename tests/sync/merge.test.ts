import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffDocuments } from '../../src/domain/changes';
import {
  addActor,
  addCollaboration,
  removeItems,
  updateActor,
  updateMap,
} from '../../src/domain/commands';
import { makeCollaboration, makeMap } from '../../src/domain/factory';
import type { MapDocument } from '../../src/domain/types';
import { restore, toSaved } from '../../src/schema';
import { docFromY } from '../../src/sync';
import { fieldsOf, tableOf, tombstonesOf } from '../../src/sync/model';
import { testMeta } from '../fixtures/meta';
import { clock, Replica, syncAll } from './replica';

function startMap(): { doc: MapDocument; x: string } {
  const meta = testMeta('2026-01-01T00:00:00.000Z', 'seed');
  const doc = makeMap(
    {
      name: 'Kart',
      focalName: 'Kulturskolen',
      templateId: 't',
      focalSectorId: 's',
      focalTypeId: 'y',
    },
    meta,
  );
  const added = addActor(doc, { name: 'Biblioteket', tags: ['les'] }, meta);
  return { doc: added.doc, x: added.actor.id };
}

/** `n` replicas of one shared map, all in step. */
function replicas(n: number) {
  const now = clock();
  const { doc, x } = startMap();
  const all = [new Replica('a', now).share(doc)];
  for (const name of ['b', 'c', 'd'].slice(0, n - 1)) {
    const r = new Replica(name, now);
    r.syncFrom(all[0] as Replica);
    all.push(r.open(doc.map.id));
  }
  return { all: all as [Replica, Replica, Replica, Replica], x, mapId: doc.map.id };
}

function expectConverged(all: readonly Replica[]) {
  const [first] = all;
  for (const r of all) {
    expect(r.doc).toEqual(first?.doc);
    expect(docFromY(r.ydoc, r.doc.map.id)?.doc).toEqual(r.doc);
    expect(restore(toSaved(r.doc)).ok).toBe(true);
  }
}

const pending = (r: Replica) => r.outbox.splice(0);

describe('shared map merge rules (src/sync)', () => {
  it('a first load of the shared map gives the map as shared, and it passes restore()', () => {
    const { all } = replicas(2);
    const [a, b] = all;
    expect(b.doc).toEqual(a.doc);
    expect(restore(toSaved(b.doc)).ok).toBe(true);
  });

  it('different fields of one actor both survive', () => {
    const { all, x } = replicas(2);
    const [a, b] = all;
    a.run((d, m) => updateActor(d, x, { description: 'Åpent hver dag' }, m));
    b.run((d, m) => updateActor(d, x, { name: 'Hovedbiblioteket', power: 4 }, m));
    syncAll(all.slice(0, 2));
    const actor = a.doc.actors[x];
    expect(actor?.description).toBe('Åpent hver dag');
    expect(actor?.name).toBe('Hovedbiblioteket');
    expect(actor?.power).toBe(4);
    expectConverged([a, b]);
  });

  it('the same field goes to one winner, the same on every replica whatever the order', () => {
    const { all, x } = replicas(4);
    const [a, b, c, d] = all;
    a.run((doc, m) => updateActor(doc, x, { name: 'Fra A' }, m));
    b.run((doc, m) => updateActor(doc, x, { name: 'Fra B' }, m));
    const [fromA, fromB] = [pending(a), pending(b)];
    for (const u of [...fromA, ...fromB]) c.receive(u);
    for (const u of [...fromB, ...fromA]) d.receive(u);
    const winner = c.doc.actors[x]?.name;
    expect(['Fra A', 'Fra B']).toContain(winner);
    expect(d.doc.actors[x]?.name).toBe(winner);
    syncAll(all);
    expect(a.doc.actors[x]?.name).toBe(winner);
    expectConverged(all);
  });

  it('a record deleted on one side and edited on the other stays deleted, in either order', () => {
    const { all, x } = replicas(4);
    const [a, b, c, d] = all;
    a.run((doc, m) => removeItems(doc, { actorIds: [x] }, m));
    b.run((doc, m) => updateActor(doc, x, { description: 'Ny tekst', interest: 5 }, m));
    const [del, edit] = [pending(a), pending(b)];
    for (const u of [...edit, ...del]) c.receive(u);
    expect(c.doc.actors[x]).toBeUndefined();
    // The edit after the delete must not bring back a record of only the edited fields.
    for (const u of [...del, ...edit]) d.receive(u);
    expect(d.doc.actors[x]).toBeUndefined();
    expect(tableOf(d.ydoc, 'actors').has(x)).toBe(false);
    expect(tombstonesOf(d.ydoc, 'actors').get(x)).toBe(true);
    syncAll(all);
    expect(b.doc.actors[x]).toBeUndefined();
    expectConverged(all);
  });

  it('no half record: a new record arrives whole, and a deleted one never comes back in part', () => {
    const { all, x } = replicas(3);
    const [a, b, c] = all;
    let added = '';
    a.run((doc, m) => {
      const r = addActor(doc, { name: 'Fritidsklubben', tags: ['ungdom'], power: 3 }, m);
      added = r.actor.id;
      return r.doc;
    });
    for (const u of pending(a)) c.receive(u);
    expect(c.doc.actors[added]).toEqual(a.doc.actors[added]);
    // b edits every field it can while a deletes; c hears the delete first.
    a.run((doc, m) => removeItems(doc, { actorIds: [x] }, m));
    b.run((doc, m) =>
      updateActor(
        doc,
        x,
        { name: 'Nytt', description: 'd', tags: ['t'], power: 2, interest: 2 },
        m,
      ),
    );
    for (const u of pending(a)) c.receive(u);
    for (const u of pending(b)) c.receive(u);
    expect(c.doc.actors[x]).toBeUndefined();
    expect(docFromY(c.ydoc, c.doc.map.id)?.doc.actors[x]).toBeUndefined();
    syncAll(all);
    expectConverged(all);
  });

  it('an edit this device committed after the record was deleted elsewhere is refused and undone here', () => {
    const { all, x } = replicas(2);
    const [a, b] = all;
    const before = b.doc;
    const edited = updateActor(before, x, { description: 'ulagret' }, b.meta());
    a.run((doc, m) => removeItems(doc, { actorIds: [x] }, m));
    // The delete arrives while b's edit is not yet committed (autosave runs a task later).
    for (const u of pending(a)) b.receive(u);
    const shown = b.bridge.commit(diffDocuments(before, edited), before);
    expect(shown.change.deleteActors).toEqual([x]);
    expect(fieldsOf(b.ydoc, 'actors', x)).toBeUndefined();
    expect(b.bridge.synced().actors[x]).toBeUndefined();
  });

  it('a link that arrives before its actor shows as soon as the actor does', () => {
    const { all, x } = replicas(3);
    const [a, b, c] = all;
    let z = '';
    a.run((doc, m) => {
      const r = addActor(doc, { name: 'Museet' }, m);
      z = r.actor.id;
      return r.doc;
    });
    const actorUpdate = pending(a);
    for (const u of actorUpdate) b.receive(u);
    // A change that writes only the link (the map record untouched), so that Yjs does not hold
    // it back until the actor's update has come.
    const link = makeCollaboration(b.doc.map.id, { sourceId: x, targetId: z }, b.meta());
    b.run((doc) => ({ ...doc, collaborations: { ...doc.collaborations, [link.id]: link } }));
    for (const u of pending(b)) c.receive(u);
    expect(tableOf(c.ydoc, 'collaborations').has(link.id)).toBe(true);
    expect(c.doc.collaborations[link.id]).toBeUndefined();
    for (const u of actorUpdate) c.receive(u);
    expect(c.doc.collaborations[link.id]).toEqual(link);
    syncAll(all);
    expectConverged(all);
  });

  it('a field this device did not change never overwrites a newer value it has not shown yet', () => {
    const { all, x } = replicas(2);
    const [a, b] = all;
    const before = b.doc;
    a.run((doc, m) => updateActor(doc, x, { name: 'Nytt navn' }, m));
    const edited = updateActor(before, x, { description: 'Ny tekst' }, b.meta());
    // The rename reaches b's Y.Doc, and b commits an edit made on the document from before it.
    for (const u of pending(a)) b.receive(u);
    b.bridge.commit(diffDocuments(before, edited), before);
    syncAll(all.slice(0, 2));
    expect(a.doc.actors[x]?.name).toBe('Nytt navn');
    expect(a.doc.actors[x]?.description).toBe('Ny tekst');
  });

  it('a focal actor deleted while someone chooses it leaves the map without one, valid', () => {
    const { all, x } = replicas(2);
    const [a, b] = all;
    a.run((doc, m) => removeItems(doc, { actorIds: [x] }, m));
    b.run((doc, m) => updateMap(doc, { focalActorId: x }, m));
    syncAll(all.slice(0, 2));
    expect(a.doc.map.focalActorId).toBeNull();
    expectConverged([a, b]);
  });

  it('a link to an actor deleted at the same time is left out everywhere, and restore() passes', () => {
    const { all, x } = replicas(2);
    const [a, b] = all;
    const focal = a.doc.map.focalActorId as string;
    a.run((doc, m) => removeItems(doc, { actorIds: [x] }, m));
    b.run((doc, m) => addCollaboration(doc, { sourceId: focal, targetId: x }, m)?.doc ?? doc);
    syncAll(all.slice(0, 2));
    expect(Object.keys(a.doc.collaborations)).toEqual([]);
    expectConverged([a, b]);
  });

  it('this device can bring back a record it deleted (undo), whole', () => {
    const { all, x } = replicas(2);
    const [a, b] = all;
    const kept = a.doc.actors[x];
    a.run((doc, m) => removeItems(doc, { actorIds: [x] }, m));
    syncAll(all.slice(0, 2));
    a.run((doc) => ({ ...doc, actors: { ...doc.actors, [x]: kept as NonNullable<typeof kept> } }));
    syncAll(all.slice(0, 2));
    expect(b.doc.actors[x]).toEqual(kept);
    expectConverged([a, b]);
  });

  it('invalid remote records are dropped and counted, never thrown, and the map stays as it was', () => {
    const { all, x, mapId } = replicas(2);
    const [a, b] = all;
    const rogue = new Y.Doc();
    Y.applyUpdate(rogue, Y.encodeStateAsUpdate(a.ydoc));
    const before = b.doc;
    rogue.transact(() => {
      const actors = tableOf(rogue, 'actors');
      actors.set(
        'bad',
        new Y.Map<unknown>([
          ['id', 'bad'],
          ['mapId', mapId],
          ['name', 42],
        ]),
      );
      actors.set('text', 'not a record');
      fieldsOf(rogue, 'actors', x)?.set('power', 99);
      tableOf(rogue, 'views').set('__proto__', new Y.Map<unknown>([['id', '__proto__']]));
    });
    const deliver = () => b.receive(Y.encodeStateAsUpdate(rogue, Y.encodeStateVector(b.ydoc)));
    expect(deliver).not.toThrow();
    expect(b.dropped).toBe(4);
    expect(b.bridge.dropped()).toBe(4);
    expect(b.doc).toBe(before);
    expect(Object.getPrototypeOf(b.doc.views)).toBe(Object.prototype);
    // A first load has no earlier version of the damaged actor to keep: it is left out.
    const fresh = docFromY(b.ydoc, mapId);
    expect(fresh?.dropped).toBe(4);
    expect(fresh?.doc.actors[x]).toBeUndefined();
    expect(restore(toSaved(fresh?.doc as MapDocument)).ok).toBe(true);
    // A damaged map record: kept as it was here; a first load cannot show the map.
    fieldsOf(rogue, 'map', mapId)?.set('name', '');
    expect(deliver).not.toThrow();
    expect(b.dropped).toBe(5);
    expect(b.doc.map).toBe(before.map);
    expect(docFromY(b.ydoc, mapId)).toBeNull();
  });

  it('a later valid edit of a dropped record lets it in', () => {
    const { all, x } = replicas(2);
    const [a, b] = all;
    fieldsOf(a.ydoc, 'actors', x)?.set('power', 99);
    b.syncFrom(a);
    expect(b.dropped).toBe(1);
    expect(b.doc.actors[x]?.power).toBeNull();
    a.run((doc, m) => updateMap(doc, { description: 'ny' }, m));
    fieldsOf(a.ydoc, 'actors', x)?.set('power', 3);
    b.syncFrom(a);
    expect(b.doc.actors[x]?.power).toBe(3);
    expect(b.doc.map.description).toBe('ny');
  });

  it('echoing a remote change back (autosave writes it here too) makes no Yjs update', () => {
    const { all, x } = replicas(2);
    const [a, b] = all;
    const stored = b.doc;
    a.run((doc, m) => updateActor(doc, x, { name: 'Nytt navn' }, m));
    a.run((doc, m) => removeItems(doc, { actorIds: [x] }, m));
    b.syncFrom(a);
    let updates = 0;
    b.ydoc.on('update', () => updates++);
    b.bridge.commit(diffDocuments(stored, b.doc), stored);
    expect(updates).toBe(0);
  });
});
