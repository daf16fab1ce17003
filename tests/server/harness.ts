import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IncomingMessage, MessageType } from '@hocuspocus/server';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { type RunningSyncServer, startSyncServer } from '../../server';
import type { IssuedLinks } from '../../server/auth';
import type { SyncServerOptions } from '../../server/config';
import { encodeJoinToken } from '../../server/token';

export async function tempDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'samspill-server-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export function startTestServer(
  dataDir: string,
  extra: Partial<SyncServerOptions> = {},
): Promise<RunningSyncServer> {
  return startSyncServer({ dataDir, accessKey: 'test-access-key-0123456789', ...extra });
}

export async function api(
  server: RunningSyncServer,
  method: string,
  path: string,
  /** null: no Authorization header. */
  key: string | null = server.accessKey,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.httpUrl}${path}`, {
    method,
    headers: key === null ? {} : { Authorization: `Bearer ${key}` },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function createMap(server: RunningSyncServer): Promise<IssuedLinks> {
  const { status, body } = await api(server, 'POST', '/maps');
  if (status !== 201) throw new Error(`POST /maps answered ${status}`);
  return body as IssuedLinks;
}

/**
 * `ws` emits an error event when a socket still connecting is closed, which the provider does
 * while it retries; a browser WebSocket does not. Without a listener Node would throw it.
 */
class BrowserLikeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

/** A Node client as the app will be one: a provider over `ws`, with what it heard recorded. */
export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  authFailures: string[];
  closeReasons: string[];
  socketCloseCodes: number[];
  /** The server's answers to this client's updates: true applied, false refused. */
  syncStatuses: boolean[];
  authenticated: Promise<void>;
  destroy(): void;
}

export function connect(
  url: string,
  mapId: string,
  secret: string,
  doc: Y.Doc = new Y.Doc(),
  /** A participant link's phone id (server/README.md, token format). */
  participant?: string,
): TestClient {
  const authFailures: string[] = [];
  const closeReasons: string[] = [];
  const socketCloseCodes: number[] = [];
  const syncStatuses: boolean[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: BrowserLikeWebSocket,
    // Quick retries, as the app's would be after a server restart (unbounded: a bounded retry
    // rejects a promise nobody awaits once a stopped server stays away).
    delay: 100,
    minDelay: 100,
    onClose: ({ event }) => {
      socketCloseCodes.push(event.code);
    },
  });
  let resolveAuth: () => void = () => {};
  const authenticated = new Promise<void>((resolve) => {
    resolveAuth = resolve;
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: mapId,
    document: doc,
    token: encodeJoinToken(secret, participant),
    onAuthenticated: () => resolveAuth(),
    onAuthenticationFailed: ({ reason }) => {
      authFailures.push(reason);
    },
    onClose: ({ event }) => {
      if (event.reason) closeReasons.push(event.reason);
    },
  });
  provider.on('message', ({ event }: { event: MessageEvent }) => {
    const bytes = new Uint8Array(event.data as ArrayBuffer);
    const message = new IncomingMessage(bytes);
    message.readVarString();
    // SyncStatus ends with a varint 1 (applied) or 0 (refused).
    if (message.readVarUint() === MessageType.SyncStatus) syncStatuses.push(bytes.at(-1) === 1);
  });
  provider.attach();
  let destroyed = false;
  return {
    doc,
    provider,
    socket,
    authFailures,
    closeReasons,
    socketCloseCodes,
    syncStatuses,
    authenticated,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = 5000,
): Promise<number> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - start;
}

/** Resolves once the server has acknowledged every local change (SyncStatus messages). */
export function acknowledged(client: TestClient): Promise<number> {
  return waitFor(
    () => client.provider.isSynced && !client.provider.hasUnsyncedChanges,
    'the server to acknowledge every change',
  );
}
