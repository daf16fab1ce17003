import WebSocket from 'ws';
import * as Y from 'yjs';
import templateJson from '../../data/templates/kulturskole.json';
import type { RunningSyncServer } from '../../server';
import { startSyncServer } from '../../server';
import { openConnection } from '../../src/participant/connection';
import { viewOf } from '../../src/participant/docView';
import { buildEntry } from '../../src/participant/entries';
import { newParticipantId, ownerOf, randomId } from '../../src/participant/owner';
import { writeRecords } from '../../src/participant/writeY';
import { templateSchema } from '../../src/schema';
import { fieldsOf, tableOf } from '../../src/sync/model';
import { acknowledged, api, connect, createMap, tempDataDir, waitFor } from '../server/harness';

/**
 * The phone's connection against a real server in Node: entries reach the leader, and entries
 * made while the server is away are held and sent after the reconnect, without a refusal.
 */
const template = templateSchema.parse(templateJson);
const ACCESS_KEY = 'participant-connection-key-0123';

/** `ws` reports an error when a connecting socket is closed; browsers do not. */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function workshop() {
  const data = await tempDataDir();
  cleanup.push(data.remove);
  let server: RunningSyncServer = await startSyncServer({
    dataDir: data.dir,
    accessKey: ACCESS_KEY,
    port: 0,
  });
  cleanup.push(() => server.stop());
  const links = await createMap(server);
  const invited = await api(server, 'POST', `/maps/${links.mapId}/participants`);
  const { participantSecret } = invited.body as { participantSecret: string };
  const leader = connect(server.url, links.mapId, links.editSecret);
  cleanup.push(() => leader.destroy());
  await leader.authenticated;
  const now = new Date().toISOString();
  leader.doc.transact(() => {
    tableOf(leader.doc, 'map').set(
      links.mapId,
      new Y.Map(
        Object.entries({
          id: links.mapId,
          name: 'Verksted',
          focalActorId: null,
          templateId: 'kulturskole',
          createdAt: now,
          updatedAt: now,
        }),
      ),
    );
  });
  await acknowledged(leader);
  return {
    links,
    leader,
    participantSecret,
    server: () => server,
    async restart() {
      server = await startSyncServer({
        dataDir: data.dir,
        accessKey: ACCESS_KEY,
        port: server.port,
      });
    },
  };
}

async function phone(w: Awaited<ReturnType<typeof workshop>>) {
  const id = newParticipantId();
  const owner = await ownerOf(id);
  const ydoc = new Y.Doc();
  const seen = { allSent: 0, refused: [] as string[], status: '' };
  const connection = openConnection(
    w.server().url,
    w.links.mapId,
    JSON.stringify({ v: 1, secret: w.participantSecret, participant: id }),
    ydoc,
    {
      onStatus: (s) => {
        seen.status = s;
      },
      onAllSent: () => {
        seen.allSent++;
      },
      onUnsent: () => {},
      onRefused: (reason) => {
        seen.refused.push(reason);
      },
    },
    QuietWebSocket,
  );
  cleanup.push(() => connection.destroy());
  const add = (text: string) => {
    const view = viewOf(ydoc);
    if (!view) throw new Error('the map has not arrived');
    const entry = buildEntry(
      view,
      text,
      template,
      { owner, nickname: 'Kari' },
      {
        now: new Date().toISOString(),
        newId: () => randomId(),
      },
    );
    if (!entry.ok) throw new Error(entry.problem);
    writeRecords(ydoc, w.links.mapId, entry.actors, entry.collaborations);
    return entry;
  };
  return { ydoc, seen, connection, add, owner };
}

const names = (doc: Y.Doc) =>
  [...tableOf(doc, 'actors').keys()].map((id) => fieldsOf(doc, 'actors', id)?.get('name')).sort();

describe('the phone’s connection', () => {
  it('sends entries once synced, and the leader gets them stamped', async () => {
    const w = await workshop();
    const p = await phone(w);
    await waitFor(() => p.connection.provider.open && viewOf(p.ydoc) !== null, 'the first sync');
    p.add('Biblioteket -- Ungdomsklubben');
    await waitFor(() => names(w.leader.doc).length === 2, 'the leader to get both actors');
    expect(names(w.leader.doc)).toEqual(['Biblioteket', 'Ungdomsklubben']);
    expect(tableOf(w.leader.doc, 'collaborations').size).toBe(1);
    for (const id of tableOf(w.leader.doc, 'actors').keys())
      expect(fieldsOf(w.leader.doc, 'actors', id)?.get('addedBy')).toBe(p.owner);
    await waitFor(() => p.seen.allSent > 0 && p.connection.provider.unsyncedChanges === 0, 'ack');
    expect(p.seen.refused).toEqual([]);
  });

  it('holds entries made while the server is away and sends them after it is back', async () => {
    const w = await workshop();
    const p = await phone(w);
    await waitFor(() => p.connection.provider.open && viewOf(p.ydoc) !== null, 'the first sync');
    p.add('Biblioteket');
    await waitFor(() => names(w.leader.doc).length === 1, 'the first entry');
    await w.server().stop();
    await waitFor(() => p.seen.status === 'disconnected', 'the phone to notice');
    expect(p.connection.provider.open).toBe(false);
    const queue = () =>
      (
        p.connection.provider.configuration.websocketProvider as unknown as {
          messageQueue: unknown[];
        }
      ).messageQueue.length;
    const queued = queue();
    // Three updates in a row, each building on the one before. None is queued on the socket: a
    // queued update could reach the server before the sync that brings what it builds on.
    p.add('Frivilligsentralen');
    p.add('Frivilligsentralen -- Biblioteket');
    p.add('Korpset -- Frivilligsentralen');
    expect(queue()).toBe(queued);
    await w.restart();
    await waitFor(() => names(w.leader.doc).length === 3, 'the held entries', 15_000);
    await waitFor(() => tableOf(w.leader.doc, 'collaborations').size === 2, 'both links', 5000);
    expect(names(w.leader.doc)).toEqual(['Biblioteket', 'Frivilligsentralen', 'Korpset']);
    await waitFor(() => p.connection.provider.open, 'the gate to open again');
    expect(p.seen.refused).toEqual([]);
  });
});
