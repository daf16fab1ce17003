import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import WebSocket from 'ws';
import * as Y from 'yjs';
import templateJson from '../../data/templates/kulturskole.json';
import type { RunningSyncServer } from '../../server';
import { startSyncServer } from '../../server';
import { createSession, type Session } from '../../src/participant/session';
import { templateSchema } from '../../src/schema';
import { fieldsOf, tableOf } from '../../src/sync/model';
import { memoryStorage } from '../fixtures/memoryStorage';
import { acknowledged, api, connect, createMap, tempDataDir, waitFor } from '../server/harness';

/**
 * The participant page's session against a real server in Node (y-indexeddb over
 * fake-indexeddb): what it does when the server refuses a change, ends the workshop, or a
 * phone goes too fast.
 */
const template = templateSchema.parse(templateJson);
const ACCESS_KEY = 'participant-session-key-012345';

class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

const cleanup: Array<() => unknown> = [];
const g = globalThis as unknown as Record<string, unknown>;
beforeEach(() => {
  const saved = {
    indexedDB: g.indexedDB,
    IDBKeyRange: g.IDBKeyRange,
    localStorage: g.localStorage,
  };
  Object.assign(g, { indexedDB, IDBKeyRange, localStorage: memoryStorage() });
  cleanup.push(() => Object.assign(g, saved));
});
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

let server: RunningSyncServer;

async function workshop(entriesPerMinute = 30) {
  const data = await tempDataDir();
  cleanup.push(data.remove);
  server = await startSyncServer({
    dataDir: data.dir,
    accessKey: ACCESS_KEY,
    port: 0,
    participantEntriesPerMinute: entriesPerMinute,
  });
  cleanup.push(() => server.stop());
  const links = await createMap(server);
  const leader = connect(server.url, links.mapId, links.editSecret);
  cleanup.push(() => leader.destroy());
  await leader.authenticated;
  const now = new Date().toISOString();
  const record = (o: Record<string, unknown>) => new Y.Map(Object.entries(o));
  leader.doc.transact(() => {
    tableOf(leader.doc, 'map').set(
      links.mapId,
      record({ id: links.mapId, name: 'Verksted', focalActorId: null, templateId: 'kulturskole' }),
    );
    tableOf(leader.doc, 'actors').set(
      'leader-1',
      record({
        id: 'leader-1',
        mapId: links.mapId,
        name: 'Kulturskolen',
        kind: 'organisation',
        sectorId: 'culture-school',
        typeId: 'culture-school',
        createdAt: now,
        updatedAt: now,
      }),
    );
  });
  await acknowledged(leader);
  const invited = await api(server, 'POST', `/maps/${links.mapId}/participants`, ACCESS_KEY);
  const { code } = invited.body as { code: string };
  return { leader, code, mapId: links.mapId };
}

function session(slowDownMs?: number): Session {
  const s = createSession({
    server: server.url,
    ...(slowDownMs ? { slowDownMs } : {}),
    template: async () => template,
    WebSocketPolyfill: QuietWebSocket,
  });
  cleanup.push(() => s.leave());
  return s;
}

const online = (s: Session) => waitFor(() => s.store.get().phase === 'online', 'online', 10_000);
const names = (doc: Y.Doc) =>
  [...tableOf(doc, 'actors').keys()].map((id) => String(fieldsOf(doc, 'actors', id)?.get('name')));

describe('the participant session', () => {
  it('joins by code, adds, and lists the entry as sent', async () => {
    const w = await workshop();
    const s = session();
    await s.join(w.code, server.url);
    await online(s);
    s.setNickname('Kari');
    expect(await s.add('Biblioteket -- Kulturskolen')).toBe(true);
    await waitFor(() => names(w.leader.doc).includes('Biblioteket'), 'the entry on the server');
    await waitFor(
      () => s.store.get().entries.length === 2 && s.store.get().entries.every((e) => !e.waiting),
      'both entries sent',
    );
    expect(
      s.store
        .get()
        .entries.map((e) => e.label)
        .sort(),
    ).toEqual(['Biblioteket', 'Biblioteket – Kulturskolen']);
  });

  it('a refused change is not sent again: the phone starts over from the server’s copy', async () => {
    const w = await workshop();
    const s = session();
    await s.join(w.code, server.url);
    await online(s);
    await s.add('Biblioteket');
    await waitFor(() => names(w.leader.doc).includes('Biblioteket'), 'the entry on the server');
    // A change no phone may make: renaming the leader's actor.
    fieldsOf(s.ydoc() as Y.Doc, 'actors', 'leader-1')?.set('name', 'Kapret');
    await waitFor(() => s.store.get().refused, 'the refusal', 10_000);
    await online(s);
    const doc = s.ydoc() as Y.Doc;
    expect(fieldsOf(doc, 'actors', 'leader-1')?.get('name')).toBe('Kulturskolen');
    expect(fieldsOf(w.leader.doc, 'actors', 'leader-1')?.get('name')).toBe('Kulturskolen');
    // What was sent before is still this phone's, and can still be added to.
    expect(s.store.get().entries.map((e) => e.label)).toEqual(['Biblioteket']);
    expect(await s.add('Korpset')).toBe(true);
    await waitFor(() => names(w.leader.doc).includes('Korpset'), 'a new entry after the restart');
  });

  it('an actor others linked to stays, and the phone says why', async () => {
    const w = await workshop();
    const s = session();
    await s.join(w.code, server.url);
    await online(s);
    await s.add('Biblioteket');
    await waitFor(() => names(w.leader.doc).includes('Biblioteket'), 'the entry on the server');
    const bib = [...tableOf(w.leader.doc, 'actors').keys()].find(
      (id) => fieldsOf(w.leader.doc, 'actors', id)?.get('name') === 'Biblioteket',
    ) as string;
    const now = new Date().toISOString();
    tableOf(w.leader.doc, 'collaborations').set(
      'leader-link',
      new Y.Map(
        Object.entries({
          id: 'leader-link',
          mapId: w.mapId,
          sourceId: 'leader-1',
          targetId: bib,
          strength: 2,
          status: 'active',
          createdAt: now,
          updatedAt: now,
        }),
      ),
    );
    await waitFor(
      () => tableOf(s.ydoc() as Y.Doc, 'collaborations').has('leader-link'),
      'the leader’s link on the phone',
    );
    const entry = s.store.get().entries.find((e) => e.label === 'Biblioteket');
    await s.takeBack(entry as NonNullable<typeof entry>);
    expect(s.store.get().notice?.key).toBe('participant.notice.othersLinks');
    expect(names(w.leader.doc)).toContain('Biblioteket');
  });

  it('the workshop ends: the phone says so and adds nothing more', async () => {
    const w = await workshop();
    const s = session();
    await s.join(w.code, server.url);
    await online(s);
    await api(server, 'DELETE', `/maps/${w.mapId}/participants`, ACCESS_KEY);
    await waitFor(() => s.store.get().phase === 'ended', 'the end', 10_000);
    expect(await s.add('Etter slutt')).toBe(false);
    expect(names(w.leader.doc)).not.toContain('Etter slutt');
  });

  it('a phone that goes too fast is asked to slow down before the server refuses', async () => {
    const w = await workshop();
    const s = session();
    await s.join(w.code, server.url);
    await online(s);
    for (let i = 0; i < 10; i++) expect(await s.add(`Aktør ${i} -- Ny ${i}`)).toBe(true);
    expect(await s.add('En for mye')).toBe(false);
    expect(s.store.get().notice?.key).toBe('participant.notice.tooFast');
    await waitFor(() => names(w.leader.doc).length === 21, 'the 30 entries on the server');
    expect(s.store.get().phase).not.toBe('slow');
  });

  it('the server’s entry limit: the phone rests, keeps the entry waiting, and tries again', async () => {
    const w = await workshop(2);
    const s = session(400);
    await s.join(w.code, server.url);
    await online(s);
    await s.add('Biblioteket');
    await s.add('Korpset');
    await waitFor(() => names(w.leader.doc).length === 3, 'two entries on the server');
    await s.add('Frivilligsentralen');
    await waitFor(() => s.store.get().phase === 'slow', 'the phone to slow down', 10_000);
    const entry = s.store.get().entries.find((e) => e.label === 'Frivilligsentralen');
    expect(entry?.waiting).toBe(true);
    expect(names(w.leader.doc)).not.toContain('Frivilligsentralen');
    // It tries again after the rest, not at once.
    await waitFor(() => s.store.get().phase !== 'slow', 'the next try', 5000);
  });
});
