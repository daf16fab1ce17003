import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Server } from '@hocuspocus/server';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { diffDocuments } from '../../src/domain/changes';
import { addActor, updateActor } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { EditMeta } from '../../src/domain/ids';
import { mergeRemote } from '../../src/domain/remoteChanges';
import type { MapDocument } from '../../src/domain/types';
import { restore, toSaved } from '../../src/schema';
import { createBridge, docFromY, type SharedBridge, seedY } from '../../src/sync';
import { testMeta } from '../fixtures/meta';

/**
 * The bridge with the real providers the app will use: a Hocuspocus server in-process (no
 * authentication: that is the sync server's own test) and y-indexeddb over fake-indexeddb. Their
 * transactions have their own origins, so the bridge takes them as remote.
 */
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** `ws` reports closing a socket still connecting as an error; a browser's WebSocket does not. */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

async function waitFor(condition: () => boolean, what: string, ms = 5000): Promise<number> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - start;
}

function startDoc(): { doc: MapDocument; x: string } {
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

/** A device as the app wires one: its shown document follows the bridge. */
class Device {
  doc!: MapDocument;
  bridge!: SharedBridge;
  private n = 0;
  constructor(
    readonly name: string,
    readonly ydoc = new Y.Doc(),
  ) {}
  attach(doc: MapDocument): this {
    this.doc = doc;
    this.bridge = createBridge(this.ydoc, doc, (u) => {
      this.doc = mergeRemote(this.doc, u.saved, u.change, u.base);
    });
    cleanup.push(() => this.bridge.dispose());
    return this;
  }
  run(fn: (doc: MapDocument, meta: EditMeta) => MapDocument): void {
    const meta = { now: new Date().toISOString(), newId: () => `${this.name}-${++this.n}` };
    const next = fn(this.doc, meta);
    const shown = this.bridge.commit(diffDocuments(this.doc, next), this.doc);
    this.doc = mergeRemote(next, shown.saved, shown.change, shown.base);
  }
}

describe('the bridge with Hocuspocus and y-indexeddb', () => {
  it('edits go both ways through a Hocuspocus server, and offline edits merge on reconnect', async () => {
    const server = new Server({ port: 0, address: '127.0.0.1', quiet: true });
    await server.listen();
    cleanup.push(() => server.destroy());
    const url = `ws://127.0.0.1:${server.address.port}`;
    const connect = (ydoc: Y.Doc) => {
      const socket = new HocuspocusProviderWebsocket({
        url,
        WebSocketPolyfill: QuietWebSocket,
        delay: 50,
        minDelay: 50,
      });
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: 'map-1',
        document: ydoc,
      });
      provider.attach();
      cleanup.push(() => {
        provider.destroy();
        socket.destroy();
      });
      return { provider, socket };
    };
    const { doc, x } = startDoc();
    const a = new Device('a');
    seedY(a.ydoc, doc);
    a.attach(doc);
    const pa = connect(a.ydoc);
    await waitFor(() => pa.provider.isSynced, 'a to sync');
    const b = new Device('b');
    const pb = connect(b.ydoc);
    await waitFor(() => pb.provider.isSynced && docFromY(b.ydoc, doc.map.id) !== null, 'b to load');
    b.attach(docFromY(b.ydoc, doc.map.id)?.doc as MapDocument);
    expect(b.doc).toEqual(a.doc);

    a.run((d, m) => updateActor(d, x, { name: 'Hovedbiblioteket' }, m));
    const there = await waitFor(() => b.doc.actors[x]?.name === 'Hovedbiblioteket', 'a → b');
    b.run((d, m) => addActor(d, { name: 'Museet' }, m).doc);
    const back = await waitFor(() => Object.keys(a.doc.actors).length === 3, 'b → a');
    expect(there + back).toBeLessThan(2000);

    // Both offline: different fields of one actor, and an actor each.
    pa.socket.disconnect();
    pb.socket.disconnect();
    const offline = () =>
      pa.socket.status === 'disconnected' && pb.socket.status === 'disconnected';
    await waitFor(offline, 'both to go offline');
    a.run((d, m) => updateActor(d, x, { description: 'Åpent hver dag' }, m));
    b.run((d, m) => updateActor(d, x, { power: 5 }, m));
    a.run((d, m) => addActor(d, { name: 'Korpset' }, m).doc);
    b.run((d, m) => addActor(d, { name: 'Fritidsklubben' }, m).doc);
    expect(offline()).toBe(true);
    await pa.socket.connect();
    await pb.socket.connect();
    await waitFor(
      () => Object.keys(a.doc.actors).length === 5 && Object.keys(b.doc.actors).length === 5,
      'offline edits to meet',
    );
    await waitFor(() => b.doc.actors[x]?.description === 'Åpent hver dag', 'the description');
    await waitFor(() => a.doc.actors[x]?.power === 5, 'the power');
    expect(a.doc).toEqual(b.doc);
    expect(restore(toSaved(a.doc)).ok).toBe(true);
  });

  it('y-indexeddb keeps the Yjs state: edits made offline are there after a reload', async () => {
    const idb = globalThis as unknown as { indexedDB?: unknown; IDBKeyRange?: unknown };
    const saved = { indexedDB: idb.indexedDB, IDBKeyRange: idb.IDBKeyRange };
    Object.assign(idb, { indexedDB, IDBKeyRange });
    cleanup.push(() => Object.assign(idb, saved));
    const { doc, x } = startDoc();
    const a = new Device('a');
    const first = new IndexeddbPersistence('samspill-map-1', a.ydoc);
    await first.whenSynced;
    seedY(a.ydoc, doc);
    a.attach(doc);
    a.run((d, m) => updateActor(d, x, { description: 'Skrevet uten nett' }, m));
    a.run((d, m) => addActor(d, { name: 'Museet' }, m).doc);
    // y-indexeddb writes each update as it comes; give those writes a moment to commit.
    await new Promise((r) => setTimeout(r, 50));
    await first.destroy();

    const reloaded = new Y.Doc();
    const second = new IndexeddbPersistence('samspill-map-1', reloaded);
    cleanup.push(() => second.destroy());
    await second.whenSynced;
    expect(docFromY(reloaded, doc.map.id)?.doc).toEqual(a.doc);
  });
});
