import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyChangeSet, isEmptyChange } from '../../src/domain/changes';
import { addActor, removeItems, updateActor } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { MapDocument } from '../../src/domain/types';
import { docFromY, reconcile, seedY } from '../../src/sync';
import { tableOf } from '../../src/sync/model';
import { testMeta } from '../fixtures/meta';
import { clock, Replica } from './replica';

function stored(): { doc: MapDocument; x: string } {
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
  const added = addActor(doc, { name: 'Biblioteket' }, meta);
  return { doc: added.doc, x: added.actor.id };
}

describe('reconcile: the stored map and its Y.Doc when a shared map opens', () => {
  it('an empty Y.Doc gets the whole map, and nothing changes here', () => {
    const { doc } = stored();
    const ydoc = new Y.Doc();
    const result = reconcile(ydoc, doc);
    expect(isEmptyChange(result.change)).toBe(true);
    expect(result.doc).toBe(doc);
    expect(docFromY(ydoc, doc.map.id)?.doc).toEqual(doc);
  });

  it('takes the later remote state, and keeps the records that did not change as they are', () => {
    const { doc, x } = stored();
    const a = new Replica('a', clock()).share(doc);
    a.run((d, m) => updateActor(d, x, { name: 'Hovedbiblioteket' }, m));
    a.run((d, m) => addActor(d, { name: 'Museet' }, m).doc);
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(a.ydoc));
    const result = reconcile(ydoc, doc);
    expect(result.change.putActors.map((r) => r.name).sort()).toEqual([
      'Hovedbiblioteket',
      'Museet',
    ]);
    const focal = doc.map.focalActorId as string;
    expect(result.doc.actors[focal]).toBe(doc.actors[focal]);
    expect(applyChangeSet(doc, result.change)).toEqual(a.doc);
  });

  it('writes a record stored here that never reached the Y.Doc, and drops one deleted there', () => {
    const { doc, x } = stored();
    const ydoc = new Y.Doc();
    seedY(ydoc, doc);
    const a = new Replica('a', clock());
    Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(ydoc));
    a.open(doc.map.id).run((d, m) => removeItems(d, { actorIds: [x] }, m));
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(a.ydoc));
    // Stored here: an actor added while the Y.Doc's write was lost, and x, deleted elsewhere.
    const meta = testMeta('2026-01-02T00:00:00.000Z', 'late');
    const added = addActor(doc, { name: 'Korpset' }, meta);
    const result = reconcile(ydoc, added.doc);
    expect(tableOf(ydoc, 'actors').has(added.actor.id)).toBe(true);
    expect(result.change.deleteActors).toEqual([x]);
    expect(result.doc.actors[added.actor.id]).toBe(added.actor);
    expect(docFromY(ydoc, doc.map.id)?.doc).toEqual(result.doc);
  });
});
