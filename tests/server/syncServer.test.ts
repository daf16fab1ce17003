import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningSyncServer } from '../../server';
import {
  acknowledged,
  api,
  connect,
  createMap,
  startTestServer,
  type TestClient,
  tempDataDir,
  waitFor,
} from './harness';

let clients: TestClient[] = [];
let servers: RunningSyncServer[] = [];
let cleanups: (() => Promise<void>)[] = [];

async function server(extra: Parameters<typeof startTestServer>[1] = {}) {
  const data = await tempDataDir();
  cleanups.push(data.remove);
  const running = await startTestServer(data.dir, extra);
  servers.push(running);
  return { running, dir: data.dir };
}

async function restart(
  dir: string,
  port: number,
  extra: Parameters<typeof startTestServer>[1] = {},
) {
  const running = await startTestServer(dir, { port, ...extra });
  servers.push(running);
  return running;
}

async function stop(running: RunningSyncServer) {
  servers = servers.filter((s) => s !== running);
  await running.stop();
}

function client(...args: Parameters<typeof connect>): TestClient {
  const made = connect(...args);
  clients.push(made);
  return made;
}

function actors(c: TestClient) {
  return c.doc.getMap<string>('actors');
}

afterEach(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.stop();
  for (const cleanup of cleanups) await cleanup();
  clients = [];
  servers = [];
  cleanups = [];
});

describe('sync server: sharing and joining', () => {
  it('creates a map, and edit and view links join it with their roles', async () => {
    const { running } = await server();
    const links = await createMap(running);
    const editor = client(running.url, links.mapId, links.editSecret);
    const viewer = client(running.url, links.mapId, links.viewSecret);
    await Promise.all([editor.authenticated, viewer.authenticated]);
    expect(editor.provider.authorizedScope).toBe('read-write');
    expect(viewer.provider.authorizedScope).toBe('readonly');

    actors(editor).set('a1', 'Kulturhuset');
    await acknowledged(editor);
    await waitFor(() => actors(viewer).get('a1') === 'Kulturhuset', 'the viewer to see the edit');
  });

  it('answers the management API only with the access key', async () => {
    const { running } = await server();
    expect(await api(running, 'POST', '/maps', null)).toEqual({
      status: 401,
      body: { error: 'access-key-required' },
    });
    expect(await api(running, 'POST', '/maps', 'wrong-key-wrong-key')).toEqual({
      status: 403,
      body: { error: 'wrong-access-key' },
    });
    expect((await api(running, 'POST', '/maps/AAAAAAAAAAAAAAAAAAAAAA/revoke')).status).toBe(404);
    expect((await api(running, 'GET', '/maps')).status).toBe(405);
    // The browser's CORS preflight carries no key.
    const preflight = await fetch(`${running.httpUrl}/maps`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  });

  it('refuses a wrong secret and a malformed token with a reason', async () => {
    const { running } = await server();
    const links = await createMap(running);
    const other = await createMap(running);
    const wrong = client(running.url, links.mapId, 'A'.repeat(43));
    const otherMaps = client(running.url, links.mapId, other.editSecret);
    const malformed = client(running.url, links.mapId, 'x');
    await waitFor(
      () =>
        wrong.authFailures.length +
          otherMaps.authFailures.length +
          malformed.authFailures.length ===
        3,
      'three refusals',
    );
    expect(wrong.authFailures).toEqual(['unknown-link']);
    expect(otherMaps.authFailures).toEqual(['unknown-link']);
    expect(malformed.authFailures).toEqual(['bad-token']);
    expect(actors(wrong).size).toBe(0);
  });

  it('revokes links: connected holders are disconnected, old secrets refused, new ones work', async () => {
    const { running } = await server();
    const links = await createMap(running);
    const editor = client(running.url, links.mapId, links.editSecret);
    await editor.authenticated;
    actors(editor).set('a1', 'before revoke');
    await acknowledged(editor);

    const { status, body } = await api(running, 'POST', `/maps/${links.mapId}/revoke`);
    expect(status).toBe(200);
    const fresh = body as typeof links;
    expect(fresh.mapId).toBe(links.mapId);
    expect(fresh.editSecret).not.toBe(links.editSecret);
    await waitFor(() => editor.closeReasons.includes('link-revoked'), 'the holder to be told');

    const oldEdit = client(running.url, links.mapId, links.editSecret);
    const oldView = client(running.url, links.mapId, links.viewSecret);
    await waitFor(
      () => oldEdit.authFailures.length > 0 && oldView.authFailures.length > 0,
      'refusals',
    );
    expect(oldEdit.authFailures).toEqual(['link-revoked']);
    expect(oldView.authFailures).toEqual(['link-revoked']);

    const renewed = client(running.url, links.mapId, fresh.editSecret);
    await renewed.authenticated;
    await waitFor(() => actors(renewed).get('a1') === 'before revoke', 'the content to remain');
  });

  it('a revoke on one instance reaches a holder connected to another at its next message', async () => {
    const { running: a, dir } = await server();
    const b = await restart(dir, 0, { linkRecheckMs: 0 });
    const links = await createMap(a);
    const onB = client(b.url, links.mapId, links.editSecret);
    await onB.authenticated;
    actors(onB).set('a1', 'before');
    await acknowledged(onB);

    const fresh = (await api(a, 'POST', `/maps/${links.mapId}/revoke`)).body as typeof links;
    actors(onB).set('a1', 'after revoke');
    await waitFor(() => onB.closeReasons.includes('link-revoked'), 'the holder on B to be told');

    const check = client(b.url, links.mapId, fresh.editSecret);
    await check.authenticated;
    await waitFor(() => check.provider.isSynced, 'the check client to sync');
    expect(actors(check).get('a1')).toBe('before');
  });

  it('stops sharing: every link is refused from then on', async () => {
    const { running } = await server();
    const links = await createMap(running);
    const editor = client(running.url, links.mapId, links.editSecret);
    await editor.authenticated;
    actors(editor).set('a1', 'x');
    await acknowledged(editor);

    expect((await api(running, 'DELETE', `/maps/${links.mapId}`)).status).toBe(204);
    await waitFor(() => editor.closeReasons.includes('sharing-stopped'), 'the holder to be told');
    const again = client(running.url, links.mapId, links.editSecret);
    await waitFor(() => again.authFailures.length > 0, 'a refusal');
    expect(again.authFailures).toEqual(['sharing-stopped']);
    expect((await api(running, 'DELETE', `/maps/${links.mapId}`)).status).toBe(404);
  });
});

describe('sync server: enforcement', () => {
  it('refuses a write forged by a view connection and leaves the document unchanged', async () => {
    const { running, dir } = await server();
    const links = await createMap(running);
    const editor = client(running.url, links.mapId, links.editSecret);
    await editor.authenticated;
    actors(editor).set('a1', 'original');
    await acknowledged(editor);

    const viewer = client(running.url, links.mapId, links.viewSecret);
    await viewer.authenticated;
    await waitFor(() => actors(viewer).get('a1') === 'original', 'the viewer to sync');
    await acknowledged(viewer);
    // The provider sends whatever its document holds: a forged write, as a hostile client would.
    const before = viewer.syncStatuses.length;
    viewer.doc.transact(() => {
      actors(viewer).set('a1', 'forged');
      actors(viewer).set('a2', 'forged');
    });
    const answers = () => viewer.syncStatuses.slice(before);
    await waitFor(() => answers().length > 0, 'the server to answer the update');
    expect(answers()).toEqual([false]);
    expect(viewer.provider.hasUnsyncedChanges).toBe(true);

    const check = client(running.url, links.mapId, links.editSecret);
    await check.authenticated;
    await waitFor(() => check.provider.isSynced, 'the check client to sync');
    expect(actors(check).toJSON()).toEqual({ a1: 'original' });
    expect(actors(editor).toJSON()).toEqual({ a1: 'original' });

    // And the stored copy: after a restart the forged fields are still absent.
    const port = running.port;
    await stop(running);
    for (const c of clients) c.destroy();
    const again = await restart(dir, port);
    const reader = client(again.url, links.mapId, links.editSecret);
    await reader.authenticated;
    await waitFor(() => reader.provider.isSynced, 'the reader to sync');
    expect(actors(reader).toJSON()).toEqual({ a1: 'original' });
  });

  it('disconnects a client whose update is over the limit and keeps the stored document', async () => {
    const limits = { maxUpdateBytes: 64 * 1024, maxDocumentBytes: 1024 * 1024 };
    const { running, dir } = await server(limits);
    const links = await createMap(running);
    const editor = client(running.url, links.mapId, links.editSecret);
    await editor.authenticated;
    actors(editor).set('small', 'kept');
    await acknowledged(editor);

    actors(editor).set('big', 'x'.repeat(100 * 1024));
    await waitFor(() => editor.closeReasons.includes('update-too-large'), 'the reason');
    await waitFor(() => editor.socketCloseCodes.includes(4413), 'the socket to close');

    const check = client(running.url, links.mapId, links.editSecret);
    await check.authenticated;
    await waitFor(() => check.provider.isSynced, 'the check client to sync');
    expect(actors(check).toJSON()).toEqual({ small: 'kept' });

    const port = running.port;
    await stop(running);
    for (const c of clients) c.destroy();
    const again = await restart(dir, port, limits);
    const reader = client(again.url, links.mapId, links.editSecret);
    await reader.authenticated;
    await waitFor(() => reader.provider.isSynced, 'the reader to sync');
    expect(actors(reader).toJSON()).toEqual({ small: 'kept' });
  });

  it('closes the socket on a frame far over the limit before reading it whole', async () => {
    const { running } = await server({ maxUpdateBytes: 16 * 1024 });
    const links = await createMap(running);
    const editor = client(running.url, links.mapId, links.editSecret);
    await editor.authenticated;
    actors(editor).set('small', 'kept');
    await acknowledged(editor);
    // Over the update limit plus the 64 KiB slack: `ws` refuses the frame itself (1009).
    actors(editor).set('huge', 'x'.repeat(200 * 1024));
    await waitFor(() => editor.socketCloseCodes.includes(1009), 'the socket to close');

    const check = client(running.url, links.mapId, links.editSecret);
    await check.authenticated;
    await waitFor(() => check.provider.isSynced, 'the check client to sync');
    expect(actors(check).toJSON()).toEqual({ small: 'kept' });
  });

  it('disconnects a client whose update would grow the document over its limit', async () => {
    const { running } = await server({ maxUpdateBytes: 100 * 1024, maxDocumentBytes: 150 * 1024 });
    const links = await createMap(running);
    const editor = client(running.url, links.mapId, links.editSecret);
    await editor.authenticated;
    actors(editor).set('first', 'a'.repeat(80 * 1024));
    await acknowledged(editor);
    actors(editor).set('second', 'b'.repeat(80 * 1024));
    await waitFor(() => editor.closeReasons.includes('document-too-large'), 'the reason');

    const check = client(running.url, links.mapId, links.editSecret);
    await check.authenticated;
    await waitFor(() => check.provider.isSynced, 'the check client to sync');
    expect([...actors(check).keys()]).toEqual(['first']);
  });

  it('disconnects a connection that sends messages too fast, keeping what it sent in time', async () => {
    const { running } = await server({ maxMessagesPerSecond: 1, messageBurst: 20 });
    const links = await createMap(running);
    const editor = client(running.url, links.mapId, links.editSecret);
    await editor.authenticated;
    // One message per transaction: far more than the burst, at once.
    for (let i = 0; i < 60; i++) actors(editor).set(`a${i}`, `actor ${i}`);
    await waitFor(() => editor.closeReasons.includes('rate-limited'), 'the reason');
    await waitFor(() => editor.socketCloseCodes.includes(4429), 'the socket to close');
    // Before its reconnect (100 ms), which would rightly deliver the rest as one message.
    editor.destroy();

    const check = client(running.url, links.mapId, links.viewSecret);
    await check.authenticated;
    await waitFor(() => check.provider.isSynced, 'the check client to sync');
    const kept = actors(check).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(60);
  });

  it('caps connections per address, and a refused client gets in once a slot is free', async () => {
    const { running } = await server({ maxConnectionsPerAddress: 3 });
    const links = await createMap(running);
    const first = [0, 1, 2].map(() => client(running.url, links.mapId, links.viewSecret));
    await Promise.all(first.map((c) => c.authenticated));
    const fourth = client(running.url, links.mapId, links.viewSecret);
    await waitFor(() => fourth.socketCloseCodes.includes(4429), 'the fourth to be closed');
    expect(fourth.provider.isAuthenticated).toBe(false);

    // A closed connection frees its slot: the refused client's own retry then gets in.
    first[0]?.destroy();
    await fourth.authenticated;
    expect(fourth.provider.isAuthenticated).toBe(true);
  });
});

describe('sync server: persistence', () => {
  it('keeps every acknowledged edit across a stop and restart on the same data folder', async () => {
    const { running, dir } = await server();
    const links = await createMap(running);
    const editor = client(running.url, links.mapId, links.editSecret);
    await editor.authenticated;
    for (let i = 0; i < 50; i++) actors(editor).set(`a${i}`, `actor ${i}`);
    const ackMs = await acknowledged(editor);

    const port = running.port;
    const t0 = performance.now();
    await stop(running);
    const stopMs = performance.now() - t0;
    editor.destroy();
    const t1 = performance.now();
    const again = await restart(dir, port);
    const startMs = performance.now() - t1;
    const reader = client(again.url, links.mapId, links.viewSecret);
    await reader.authenticated;
    const readMs = await waitFor(() => actors(reader).size === 50, 'all 50 actors after restart');
    expect(actors(reader).get('a49')).toBe('actor 49');
    console.info(
      `[restart] ack ${ackMs.toFixed(0)} ms, stop ${stopMs.toFixed(0)} ms, start ${startMs.toFixed(0)} ms, read back ${readMs.toFixed(0)} ms`,
    );
  });

  it('stores link secrets only as hashes, and never the access key', async () => {
    const { running, dir } = await server();
    const links = await createMap(running);
    const fresh = (await api(running, 'POST', `/maps/${links.mapId}/revoke`)).body as typeof links;
    await stop(running);

    const files = await readdir(dir);
    expect(files.length).toBeGreaterThan(0);
    const disk = Buffer.concat(await Promise.all(files.map((f) => readFile(join(dir, f)))));
    const text = disk.toString('latin1');
    for (const secret of [links.editSecret, links.viewSecret, fresh.editSecret, fresh.viewSecret]) {
      expect(text.includes(secret)).toBe(false);
    }
    expect(text.includes(running.accessKey)).toBe(false);
    // The scan does see what is stored: the hash of the edit secret is there.
    const { hashSecret } = await import('../../server/secrets');
    expect(text.includes(hashSecret(fresh.editSecret))).toBe(true);
  });
});
