import { afterEach, describe, expect, it } from 'vitest';
import { type ChangeSet, diffDocuments } from '../../src/domain/changes';
import {
  addActor,
  addCollaboration,
  moveActors,
  removeItems,
  updateActor,
} from '../../src/domain/commands';
import { baseOf } from '../../src/domain/remoteChanges';
import type { MapDocument } from '../../src/domain/types';
import { DB_VERSION, SamspillDb } from '../../src/persistence/database';
import { createDexieRepository } from '../../src/persistence/dexieRepository';
import { LIMITS, SCHEMA_VERSION } from '../../src/schema';
import { appStatus } from '../../src/state/appStatus';
import { type Autosave, createAutosave } from '../../src/state/autosave';
import { createDocumentStore, type DocumentStore } from '../../src/state/documentStore';
import { type ChannelLike, createTabSync, type TabSync } from '../../src/state/tabSync';
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
  sync: TabSync;
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
  const tab = { store, autosave, db, sync, doc, edit };
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

/** One listening tab, and a way to hand it any message as if another tab had sent it. */
function listener() {
  const channel: ChannelLike = { onmessage: null, postMessage() {}, close() {} };
  const sync: TabSync = createTabSync(channel, DB_VERSION, 'tab-me');
  const applied: Array<{ change: ChangeSet; base: unknown }> = [];
  const calls = { maps: 0, newer: 0 };
  sync.listen({
    change: (change, base) => applied.push({ change, base }),
    maps: () => calls.maps++,
    newer: () => calls.newer++,
  });
  /** As BroadcastChannel delivers: a structured clone. */
  const deliver = (data: unknown) => channel.onmessage?.({ data } as MessageEvent);
  const receive = (data: unknown) => deliver(structuredClone(data));
  return { sync, applied, calls, receive, deliver };
}

const envelope = { tab: 'tab-other', db: DB_VERSION, schema: SCHEMA_VERSION };

/** A real change from the fixture: a renamed actor, a new link and a deleted activity. */
function realChange() {
  const { doc, ids } = buildDoc();
  let next = rename(ids.library, 'Nordby bibliotek')(doc);
  const linked = addCollaboration(next, { sourceId: ids.band, targetId: ids.school }, meta);
  if (!linked) throw new Error('not linked');
  next = linked.doc;
  next = removeItems(next, { collaborationIds: [ids.language] }, meta);
  const change = diffDocuments(doc, next);
  return { doc, ids, change, base: baseOf(doc, change) };
}

/** `realChange` with one part replaced: `edit` gets a deep copy to change. */
function changed(edit: (c: Record<string, unknown> & ChangeSet) => void) {
  const { change, base } = realChange();
  const copy = structuredClone(change) as Record<string, unknown> & ChangeSet;
  edit(copy);
  return { ...envelope, kind: 'changes', change: copy, base };
}

describe('messages from other tabs are validated', () => {
  it('applies a valid change with its base, as sent', () => {
    const { applied, receive, sync } = listener();
    const { change, base } = realChange();
    expect(change.putActors.length + change.putCollaborations.length).toBeGreaterThan(1);
    receive({ ...envelope, kind: 'changes', change, base });
    receive({ ...envelope, kind: 'changes', change, base: null });
    expect(applied).toHaveLength(2);
    expect(applied[0]?.change).toEqual(change);
    expect(applied[0]?.base).toEqual(base);
    expect(applied[1]?.base).toBeNull();
    expect(sync.dropped()).toEqual({ count: 0, last: null });
  });

  it('still follows maps, hello and version messages', () => {
    const { calls, receive, sync } = listener();
    receive({ ...envelope, kind: 'maps' });
    receive({ ...envelope, kind: 'hello' });
    receive({ ...envelope, kind: 'hello', db: DB_VERSION + 1 });
    expect(calls).toEqual({ maps: 1, newer: 1 });
    expect(sync.dropped().count).toBe(0);
  });

  it('ignores its own messages without counting them', () => {
    const { applied, receive, sync } = listener();
    receive({ ...envelope, tab: 'tab-me', kind: 'changes', change: 'nonsense' });
    expect(applied).toHaveLength(0);
    expect(sync.dropped().count).toBe(0);
  });

  const cases: Array<[string, () => unknown, RegExp]> = [
    // Wrong shape.
    ['no message', () => null, /^envelope/],
    ['a string', () => 'changes', /^envelope/],
    ['an array', () => [envelope], /^envelope/],
    ['no tab', () => ({ ...envelope, tab: undefined, kind: 'maps' }), /^envelope/],
    [
      'a db version as text',
      () => ({ ...envelope, db: String(DB_VERSION), kind: 'maps' }),
      /^envelope/,
    ],
    ['an unknown kind', () => ({ ...envelope, kind: 'delete-everything' }), /^kind/],
    ['no change', () => ({ ...envelope, kind: 'changes' }), /^change/],
    ['a change that is an array', () => ({ ...envelope, kind: 'changes', change: [] }), /^change/],
    [
      'a change without its lists',
      () => ({ ...envelope, kind: 'changes', change: { mapId: 'm' } }),
      /^change\.map/,
    ],
    [
      'a list that is an object',
      () => changed((c) => (c.putActors = { 0: c.putActors[0] } as never)),
      /^change\.putActors/,
    ],
    ['a base that is text', () => ({ ...changed(() => {}), base: 'base' }), /^base/],
    // Bad record fields.
    [
      'power as text',
      () => changed((c) => Object.assign(c.putActors[0] as object, { power: '3' })),
      /^change\.putActors\[0\]\.power/,
    ],
    [
      'an empty name',
      () => changed((c) => Object.assign(c.putActors[0] as object, { name: ' ' })),
      /putActors\[0\]\.name/,
    ],
    [
      'a NaN position',
      () =>
        changed((c) =>
          Object.assign(c.putActors[0] as object, {
            position: { x: Number.NaN, y: 0, pinned: false },
          }),
        ),
      /position\.x/,
    ],
    [
      'an unknown status',
      () => changed((c) => Object.assign(c.putCollaborations[0] as object, { status: 'secret' })),
      /putCollaborations\[0\]\.status/,
    ],
    [
      'a strength of 7',
      () => changed((c) => Object.assign(c.putCollaborations[0] as object, { strength: 7 })),
      /strength/,
    ],
    [
      'a record of another map',
      () => changed((c) => Object.assign(c.putActors[0] as object, { mapId: 'other-map' })),
      /putActors\[0\]\.mapId/,
    ],
    [
      'a map record of another map',
      () => changed((c) => (c.map = { ...realChange().doc.map, id: 'other-map' })),
      /^change\.map\.id/,
    ],
    [
      'a base record under another key',
      () => {
        const m = changed(() => {});
        const actors = m.base.actors;
        const [key, actor] = Object.entries(actors)[0] ?? [];
        if (!key || !actor) throw new Error('no base actor');
        return { ...m, base: { ...m.base, actors: { 'someone-else': actor } } };
      },
      /^base\.actors/,
    ],
    [
      'an id written twice',
      () => changed((c) => c.deleteCollaborations.push(c.deleteCollaborations[0] ?? '')),
      /deleteCollaborations/,
    ],
    // Reserved and odd ids.
    [
      'an actor id __proto__',
      () => changed((c) => Object.assign(c.putActors[0] as object, { id: '__proto__' })),
      /putActors\[0\]\.id/,
    ],
    [
      'a delete of constructor',
      () => changed((c) => c.deleteActors.push('constructor')),
      /deleteActors\[0\]/,
    ],
    [
      'a link to prototype',
      () =>
        changed((c) => Object.assign(c.putCollaborations[0] as object, { targetId: 'prototype' })),
      /targetId/,
    ],
    [
      'a base keyed __proto__',
      () => {
        const m = changed(() => {});
        const actors = JSON.parse(
          `{"__proto__": ${JSON.stringify(Object.values(m.base.actors)[0])}}`,
        );
        return { ...m, base: { ...m.base, actors } };
      },
      /^base\.actors/,
    ],
    [
      'a custom field named constructor',
      () =>
        changed((c) => Object.assign(c.putActors[0] as object, { custom: { constructor: 'x' } })),
      /custom\.constructor/,
    ],
    [
      'an id that is a number',
      () => changed((c) => c.deleteViews.push(7 as never)),
      /deleteViews\[0\]/,
    ],
    ['an empty id', () => changed((c) => c.deleteViews.push('')), /deleteViews\[0\]/],
    // Huge and odd values.
    [
      'a name of a million characters',
      () =>
        changed((c) => Object.assign(c.putActors[0] as object, { name: 'x'.repeat(1_000_000) })),
      /putActors\[0\]\.name/,
    ],
    [
      'an id of 101 characters',
      () => changed((c) => (c.mapId = 'm'.repeat(101))),
      /^change\.mapId/,
    ],
    [
      'more deletions than a map can hold',
      () =>
        changed(
          (c) =>
            (c.deleteActivities = Array.from({ length: LIMITS.activities + 1 }, (_, i) => `a${i}`)),
        ),
      /deleteActivities/,
    ],
    [
      'an infinite db version',
      () => ({ ...envelope, db: Number.POSITIVE_INFINITY, kind: 'maps' }),
      /^envelope/,
    ],
    [
      'a fractional schema version',
      () => ({ ...envelope, schema: SCHEMA_VERSION + 0.5, kind: 'maps' }),
      /^envelope/,
    ],
    [
      'a tab id of 10,000 characters',
      () => ({ ...envelope, tab: 't'.repeat(10_000), kind: 'maps' }),
      /^envelope/,
    ],
    [
      'a date that is no date',
      () =>
        changed((c) => Object.assign(c.putActors[0] as object, { updatedAt: '2026-13-45T99:99' })),
      /updatedAt/,
    ],
    [
      'an infinite camera',
      () => {
        const { doc } = realChange();
        const view = {
          id: 'v1',
          mapId: doc.map.id,
          name: 'Alt',
          order: 0,
          filters: { sectors: [], statuses: [], purposes: [] },
          layout: 'force',
          ringsBy: 'distance',
          sizeBy: 'degree',
          showGaps: false,
          camera: { x: 0, y: 0, w: Number.POSITIVE_INFINITY, h: 1 },
          createdAt: doc.map.createdAt,
          updatedAt: doc.map.createdAt,
        };
        return changed((c) => c.putViews.push(view as never));
      },
      /putViews\[0\]\.camera\.w/,
    ],
  ];

  for (const [name, message, why] of cases) {
    it(`drops and counts ${name}, never applying it`, () => {
      const { applied, calls, receive, sync } = listener();
      const before = Object.getOwnPropertyNames(Object.prototype).length;
      receive(message());
      expect(applied).toHaveLength(0);
      expect(calls).toEqual({ maps: 0, newer: 0 });
      expect(sync.dropped().count).toBe(1);
      expect(sync.dropped().last).toMatch(why);
      expect(sync.dropped().last?.length).toBeLessThanOrEqual(200);
      expect(Object.getOwnPropertyNames(Object.prototype)).toHaveLength(before);
    });
  }

  it('applies a record whose custom field is named __proto__ without that field', () => {
    const { applied, receive, sync } = listener();
    const message = changed((c) =>
      Object.assign(c.putActors[0] as object, { custom: JSON.parse('{"__proto__": {"x": 1}}') }),
    );
    receive(message);
    const custom = applied[0]?.change.putActors[0]?.custom;
    expect(custom).toEqual({});
    expect(Object.getPrototypeOf(custom)).toBe(Object.prototype);
    expect(Object.hasOwn(Object.prototype, 'x')).toBe(false);
    expect(sync.dropped().count).toBe(0);
  });

  it('refuses an oversized list before reading its items', () => {
    const { deliver, sync } = listener();
    const message = structuredClone(
      changed((c) => {
        c.deleteActors = Array.from({ length: LIMITS.actors + 1 }, () => 'x'.repeat(1000));
      }),
    );
    const started = performance.now();
    deliver(message);
    const ms = performance.now() - started;
    expect(sync.dropped().count).toBe(1);
    expect(sync.dropped().last).toMatch(/^change\.deleteActors: expected at most 50000/);
    // Checking each of 50,001 ids of 1,000 characters would take far longer.
    expect(ms).toBeLessThan(20);
  });

  it('checks a large valid change quickly: a layout of 2,000 actors with its base', () => {
    const { applied, deliver } = listener();
    let { doc } = buildDoc();
    for (let i = 0; i < 2000; i++) doc = addActor(doc, { name: `Aktør ${i}` }, meta).doc;
    const moved = moveActors(
      doc,
      Object.keys(doc.actors).map((id, i) => ({ id, x: i, y: -i })),
      meta,
    );
    const change = diffDocuments(doc, moved);
    expect(change.putActors.length).toBeGreaterThan(2000);
    const message = structuredClone({
      ...envelope,
      kind: 'changes',
      change,
      base: baseOf(doc, change),
    });
    const started = performance.now();
    deliver(message);
    const ms = performance.now() - started;
    expect(applied).toHaveLength(1);
    expect(ms).toBeLessThan(1000);
  });

  it('leaves the open map and storage untouched by an invalid change', async () => {
    const { ids, bus, a, b, stored } = await twoTabs();
    const before = b.doc();
    const channel = bus.open();
    const bad = {
      ...envelope,
      kind: 'changes',
      change: {
        ...diffDocuments(null, before),
        map: null,
        putActors: [{ ...before.actors[ids.library], power: '3' }],
        putCollaborations: [],
        putActivities: [],
        putViews: [],
        deleteActors: [ids.school],
      },
      base: null,
    };
    channel.postMessage(bad);
    bus.deliver();
    await Promise.all([a.autosave.flush(), b.autosave.flush()]);
    expect(b.doc()).toBe(before);
    expect([a.sync.dropped().count, b.sync.dropped().count]).toEqual([1, 1]);
    expect(a.doc().actors[ids.school]).toBeDefined();
    expect((await stored()).actors[ids.school]).toBeDefined();
  });
});
