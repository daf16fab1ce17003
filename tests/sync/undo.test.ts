import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffDocuments } from '../../src/domain/changes';
import { addActor, removeItems, updateActor } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { MapDocument } from '../../src/domain/types';
import { createDocumentStore } from '../../src/state/documentStore';
import { applySharedChange } from '../../src/state/remoteApply';
import { createBridge, docFromY } from '../../src/sync';
import { testMeta } from '../fixtures/meta';
import { clock, Replica } from './replica';

/** Device a as a bare replica; device b as the app has it: a document store with undo. */
function setup() {
  const now = clock();
  const meta = testMeta('2026-01-01T00:00:00.000Z', 'seed');
  const start = makeMap(
    {
      name: 'Kart',
      focalName: 'Kulturskolen',
      templateId: 't',
      focalSectorId: 's',
      focalTypeId: 'y',
    },
    meta,
  );
  const added = addActor(start, { name: 'Biblioteket' }, meta);
  const x = added.actor.id;
  const a = new Replica('a', now).share(added.doc);
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(a.ydoc));
  const loaded = docFromY(ydoc, added.doc.map.id)?.doc as MapDocument;
  const store = createDocumentStore();
  store.setState({ doc: loaded });
  store.temporal.getState().clear();
  const bridge = createBridge(ydoc, loaded, (u) =>
    applySharedChange(u.saved, u.change, u.base, store),
  );
  let saved = loaded;
  const b = {
    store,
    /** For `Replica.syncFrom`, which reads only the Y.Doc. */
    replica: { ydoc } as Replica,
    doc: () => store.getState().doc as MapDocument,
    /** A tracked edit, committed as autosave does. */
    edit(fn: (doc: MapDocument) => MapDocument) {
      store.setState({ doc: fn(b.doc()) });
      b.commit();
    },
    commit() {
      bridge.commit(diffDocuments(saved, b.doc()), saved);
      saved = b.doc();
    },
    hear() {
      Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(ydoc)), 'remote');
    },
    undo: () => store.temporal.getState().undo(),
    redo: () => store.temporal.getState().redo(),
    pastStates: () => store.temporal.getState().pastStates.length,
  };
  return { a, b, x, meta: () => a.meta() };
}

describe('remote changes and undo (src/state/remoteApply.ts)', () => {
  it('undo after a remote rename undoes only my edit, and keeps the rename', () => {
    const { a, b, x, meta } = setup();
    b.edit((d) => updateActor(d, x, { description: 'Mitt notat' }, meta()));
    a.run((d, m) => updateActor(d, x, { name: 'Hovedbiblioteket' }, m));
    b.hear();
    expect(b.doc().actors[x]?.name).toBe('Hovedbiblioteket');
    expect(b.pastStates()).toBe(1);
    b.undo();
    expect(b.doc().actors[x]?.description).toBe('');
    expect(b.doc().actors[x]?.name).toBe('Hovedbiblioteket');
    b.redo();
    expect(b.doc().actors[x]?.description).toBe('Mitt notat');
    expect(b.doc().actors[x]?.name).toBe('Hovedbiblioteket');
  });

  it('undo never removes an actor someone else added, nor brings back one they deleted', () => {
    const { a, b, x, meta } = setup();
    let added = '';
    b.edit((d) => updateActor(d, x, { description: 'Mitt notat' }, meta()));
    a.run((d, m) => {
      const r = addActor(d, { name: 'Museet' }, m);
      added = r.actor.id;
      return r.doc;
    });
    b.hear();
    a.run((d, m) => removeItems(d, { actorIds: [x] }, m));
    b.hear();
    expect(b.doc().actors[x]).toBeUndefined();
    b.undo();
    expect(b.doc().actors[added]?.name).toBe('Museet');
    expect(b.doc().actors[x]).toBeUndefined();
  });

  it('an edit not yet committed keeps its field when a remote change of another field arrives', () => {
    const { a, b, x, meta } = setup();
    b.store.setState({ doc: updateActor(b.doc(), x, { description: 'Skriver nå' }, meta()) });
    a.run((d, m) => updateActor(d, x, { name: 'Hovedbiblioteket' }, m));
    b.hear();
    expect(b.doc().actors[x]?.description).toBe('Skriver nå');
    expect(b.doc().actors[x]?.name).toBe('Hovedbiblioteket');
    b.commit();
    a.syncFrom(b.replica);
    expect(a.doc.actors[x]?.description).toBe('Skriver nå');
    expect(a.doc.actors[x]?.name).toBe('Hovedbiblioteket');
  });

  it('a record deleted elsewhere goes at once, even with an edit here not yet committed, and stays gone', () => {
    const { a, b, x, meta } = setup();
    b.edit((d) => updateActor(d, x, { name: 'Mitt navn' }, meta()));
    b.store.setState({ doc: updateActor(b.doc(), x, { description: 'Skriver nå' }, meta()) });
    a.run((d, m) => removeItems(d, { actorIds: [x] }, m));
    b.hear();
    expect(b.doc().actors[x]).toBeUndefined();
    b.commit();
    b.undo();
    b.undo();
    expect(b.doc().actors[x]).toBeUndefined();
    b.commit();
    a.syncFrom(b.replica);
    expect(a.doc.actors[x]).toBeUndefined();
  });
});
