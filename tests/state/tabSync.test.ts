import { afterEach, describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/domain/changes';
import {
  addActor,
  addCollaboration,
  moveActors,
  removeItems,
  updateActor,
} from '../../src/domain/commands';
import type { MapDocument } from '../../src/domain/types';
import { DB_VERSION, SamspillDb } from '../../src/persistence/database';
import { createDexieRepository } from '../../src/persistence/dexieRepository';
import { appStatus } from '../../src/state/appStatus';
import { type Autosave, createAutosave } from '../../src/state/autosave';
import { createDocumentStore, type DocumentStore } from '../../src/state/documentStore';
import { type ChannelLike, createTabSync } from '../../src/state/tabSync';
import { testMeta } from '../fixtures/meta';
import { fakeIdb } from '../persistence/harness';
import { buildDoc } from '../ui/fixture';

/** A BroadcastChannel between fake tabs that delivers only when told to, to interleave. */
function fakeBus() {
  const channels: ChannelLike[] = [];
  const queue: Array<() => void> = [];
  return {
    open(): ChannelLike {
      const channel: ChannelLike = {
        onmessage: null,
        postMessage(message) {
          const data = structuredClone(message);
          for (const other of channels) {
            if (other !== channel) queue.push(() => other.onmessage?.({ data } as MessageEvent));
          }
        },
        close() {},
      };
      channels.push(channel);
      return channel;
    },
    deliver() {
      for (const run of queue.splice(0)) run();
    },
  };
}

interface Tab {
  store: DocumentStore;
  autosave: Autosave;
  db: SamspillDb;
  doc(): MapDocument;
  edit(fn: (doc: MapDocument) => MapDocument): void;
}

let dbCount = 0;
const tabs: Tab[] = [];
afterEach(() => {
  for (const t of tabs.splice(0)) {
    t.autosave.dispose();
    t.db.close();
  }
  appStatus.setState({ newerVersion: false });
});

/** A tab: its own document store, database connection, autosave and channel. */
async function openTab(
  name: string,
  bus: ReturnType<typeof fakeBus>,
  id: string,
  afterCommit: () => Promise<void> = async () => {},
): Promise<Tab> {
  const db = new SamspillDb(name, fakeIdb);
  const sync = createTabSync(bus.open(), DB_VERSION, id);
  const dexie = createDexieRepository(db);
  // `afterCommit` holds a write as if its transaction had committed but not yet reported back.
  const gated = {
    ...dexie,
    saveChanges: async (c: Parameters<typeof dexie.saveChanges>[0]) => {
      await dexie.saveChanges(c);
      await afterCommit();
    },
  };
  const repo = sync.announce(gated);
  const store = createDocumentStore();
  const autosave = createAutosave(repo, () => {}, null, store);
  sync.listen({
    change: (c, base) => autosave.applyRemote(c, base),
    maps: () => {},
    newer: () => {},
  });
  const first = (await repo.listMaps())[0];
  const loaded = first && (await repo.loadMap(first.id));
  if (!loaded?.ok) throw new Error('no map');
  autosave.markSaved(loaded.value);
  store.setState({ doc: loaded.value });
  store.temporal.getState().clear();
  const doc = () => {
    const d = store.getState().doc;
    if (!d) throw new Error('no doc');
    return d;
  };
  const edit = (fn: (d: MapDocument) => MapDocument) => store.setState({ doc: fn(doc()) });
  const tab = { store, autosave, db, doc, edit };
  tabs.push(tab);
  return tab;
}

const meta = testMeta('2026-02-01T00:00:00.000Z', 'sync');
const rename = (id: string, name: string) => (doc: MapDocument) =>
  updateActor(doc, id, { name }, meta);
const names = (doc: MapDocument) =>
  Object.fromEntries(Object.values(doc.actors).map((a) => [a.id, a.name]));

async function twoTabs(holdA?: () => Promise<void>) {
  const built = buildDoc();
  const name = `samspill-tabs-${++dbCount}`;
  const setup = createDexieRepository(new SamspillDb(name, fakeIdb));
  await setup.saveChanges(diffDocuments(null, built.doc));
  setup.close();
  const bus = fakeBus();
  const a = await openTab(name, bus, 'tab-a', holdA);
  const b = await openTab(name, bus, 'tab-b');
  const stored = async () => {
    const repo = createDexieRepository(new SamspillDb(name, fakeIdb));
    const loaded = await repo.loadMap(built.doc.map.id);
    repo.close();
    if (!loaded?.ok) throw new Error('stored map does not load');
    return loaded.value;
  };
  return { ...built, bus, a, b, stored };
}

describe('two tabs on one map', () => {
  it('keeps interleaved edits to different actors in both tabs and in storage', async () => {
    const { ids, bus, a, b, stored } = await twoTabs();
    a.edit(rename(ids.library, 'Nordby bibliotek'));
    b.edit(rename(ids.school, 'Nordby skole'));
    // Both write before either hears of the other: each diff holds only its own record.
    await Promise.all([a.autosave.flush(), b.autosave.flush()]);
    bus.deliver();
    await Promise.all([a.autosave.flush(), b.autosave.flush()]);
    bus.deliver();

    for (const doc of [a.doc(), b.doc(), await stored()]) {
      expect(names(doc)[ids.library]).toBe('Nordby bibliotek');
      expect(names(doc)[ids.school]).toBe('Nordby skole');
    }
  });

  it('applies a remote change without undo history and without writing it back', async () => {
    const { ids, bus, a, b } = await twoTabs();
    a.edit(rename(ids.band, 'Nordby musikkorps'));
    await a.autosave.flush();
    bus.deliver();
    expect(names(b.doc())[ids.band]).toBe('Nordby musikkorps');
    expect(b.store.temporal.getState().pastStates).toHaveLength(0);
    // B's next own edit writes only its own record, not A's again.
    const before = b.doc();
    b.edit(rename(ids.asylum, 'Mottaket'));
    expect(diffDocuments(before, b.doc()).putActors.map((x) => x.id)).toEqual([ids.asylum]);
    await b.autosave.flush();
    bus.deliver();
    expect(names(a.doc())[ids.asylum]).toBe('Mottaket');
  });

  it('lets undo in one tab keep what the other tab added meanwhile', async () => {
    const { ids, bus, a, b, stored } = await twoTabs();
    a.edit(rename(ids.library, 'Biblioteket sentrum'));
    await a.autosave.flush();
    bus.deliver();
    let added = '';
    b.edit((doc) => {
      const r = addActor(doc, { name: 'Nytt kor' }, meta);
      added = r.actor.id;
      return r.doc;
    });
    await b.autosave.flush();
    bus.deliver();
    a.store.temporal.getState().undo();
    await a.autosave.flush();
    bus.deliver();
    for (const doc of [a.doc(), b.doc(), await stored()]) {
      expect(names(doc)[ids.library]).toBe('Biblioteket');
      expect(names(doc)[added]).toBe('Nytt kor');
    }
  });

  it('lets the last writer win field by field when both tabs edit one actor at once', async () => {
    const { ids, bus, a, b, stored } = await twoTabs();
    a.edit(rename(ids.library, 'Navn fra A'));
    b.edit((doc) => updateActor(doc, ids.library, { description: 'Notat fra B' }, meta));
    b.edit(rename(ids.library, 'Navn fra B'));
    await a.autosave.flush();
    // A's change arrives while B has its own unsaved edit of the same actor.
    bus.deliver();
    await b.autosave.flush();
    bus.deliver();
    for (const doc of [a.doc(), b.doc(), await stored()]) {
      expect(doc.actors[ids.library]?.name).toBe('Navn fra B');
      expect(doc.actors[ids.library]?.description).toBe('Notat fra B');
    }
  });

  // A layout that settles in one tab before it hears of a rename in the other writes whole
  // records with the old name; only the positions it changed may be taken from it.
  for (const order of ['rename first', 'layout first'] as const) {
    it(`keeps a rename when the other tab's layout wrote from before it (${order})`, async () => {
      const { ids, bus, a, b, stored } = await twoTabs();
      const layout = async () => {
        b.store.temporal.getState().pause();
        b.edit((doc) => moveActors(doc, [{ id: ids.library, x: 500, y: -40 }], meta));
        b.store.temporal.getState().resume();
        await b.autosave.flush();
      };
      const renameInA = async () => {
        a.edit(rename(ids.library, 'Sentrumsbiblioteket'));
        await a.autosave.flush();
      };
      if (order === 'rename first') {
        await renameInA();
        await layout();
      } else {
        await layout();
        await renameInA();
      }
      for (let i = 0; i < 3; i++) {
        bus.deliver();
        await Promise.all([a.autosave.flush(), b.autosave.flush()]);
      }
      for (const doc of [a.doc(), b.doc(), await stored()]) {
        expect(doc.actors[ids.library]?.name).toBe('Sentrumsbiblioteket');
        expect(doc.actors[ids.library]?.position).toMatchObject({ x: 500, y: -40 });
      }
    });
  }

  it('settles: after the tabs agree, no more writes go back and forth', async () => {
    const { ids, bus, a, b } = await twoTabs();
    a.edit(rename(ids.library, 'A'));
    b.edit(rename(ids.school, 'B'));
    await Promise.all([a.autosave.flush(), b.autosave.flush()]);
    let messages = 0;
    for (let i = 0; i < 4; i++) {
      bus.deliver();
      await Promise.all([a.autosave.flush(), b.autosave.flush()]);
    }
    const spy = (tab: Tab) => tab.store.subscribe(() => messages++);
    const stop = [spy(a), spy(b)];
    bus.deliver();
    await Promise.all([a.autosave.flush(), b.autosave.flush()]);
    for (const s of stop) s();
    expect(messages).toBe(0);
  });

  it('writes a local edit again when the other tab deleted the actor during its write', async () => {
    let hold = false;
    let release = () => {};
    const { ids, bus, a, b, stored } = await twoTabs(() =>
      hold ? new Promise<void>((r) => (release = r)) : Promise.resolve(),
    );
    hold = true;
    a.edit(rename(ids.band, 'Korpset'));
    const writing = a.autosave.flush();
    await new Promise((r) => setTimeout(r, 20));
    // A's write has committed; B deletes the actor and its delete commits after it.
    b.edit((doc) => removeItems(doc, { actorIds: [ids.band] }, meta));
    await b.autosave.flush();
    bus.deliver();
    hold = false;
    release();
    await writing;
    await a.autosave.flush();
    bus.deliver();
    for (const doc of [a.doc(), b.doc(), await stored()]) {
      expect(doc.actors[ids.band]?.name).toBe('Korpset');
    }
  });

  it('drops a link made in one tab to an actor deleted in the other, so the map still loads', async () => {
    const { doc: start, ids, bus, a, b, stored } = await twoTabs();
    const focal = start.map.focalActorId ?? '';
    a.edit((doc) => removeItems(doc, { actorIds: [ids.asylum] }, meta));
    b.edit((doc) => {
      const linked = addCollaboration(doc, { sourceId: ids.asylum, targetId: focal }, meta);
      if (!linked) throw new Error('not linked');
      return linked.doc;
    });
    await Promise.all([a.autosave.flush(), b.autosave.flush()]);
    bus.deliver();
    await Promise.all([a.autosave.flush(), b.autosave.flush()]);
    bus.deliver();
    const saved = await stored();
    expect(saved.actors[ids.asylum]).toBeUndefined();
    expect(Object.values(saved.collaborations).some((c) => c.sourceId === ids.asylum)).toBe(false);
    expect(Object.keys(a.doc().collaborations).sort()).toEqual(
      Object.keys(b.doc().collaborations).sort(),
    );
  });

  it('stops an older tab from writing when a newer one says hello', async () => {
    const { bus } = await twoTabs();
    const newer = createTabSync(bus.open(), DB_VERSION + 1, 'tab-new');
    let told = false;
    const sync = createTabSync(bus.open(), DB_VERSION, 'tab-old');
    sync.listen({ change: () => {}, maps: () => {}, newer: () => (told = true) });
    newer.listen({ change: () => {}, maps: () => {}, newer: () => {} });
    bus.deliver();
    expect(told).toBe(true);
  });
});
