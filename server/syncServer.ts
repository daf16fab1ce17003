import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from '@hocuspocus/extension-redis';
import { SQLite, upsertQuery } from '@hocuspocus/extension-sqlite';
import { type Extension, Server } from '@hocuspocus/server';
import { authorizeJoin, type Role } from './auth';
import { handleCodeLookup, LookupBudget } from './codeLookup';
import { DEFAULTS, type SyncServerOptions } from './config';
import { handleManagementRequest } from './http';
import { ConnectionCounter, clientAddress, DocumentBudget } from './limits';
import { disconnect, MessageGuard, type SyncContext } from './messageGuard';
import {
  ACCESS_CLOSE_CODE,
  Refusal,
  type RefusalReason,
  SyncRefusal,
  TOO_MANY_CODE,
} from './refusals';
import { generateSecret } from './secrets';
import { run, type SqliteDb, SqliteLinkStore } from './sqliteStore';
import { ownerOf } from './token';

export interface RunningSyncServer {
  /** ws:// URL for providers. */
  url: string;
  /** http:// URL of the management API (same port). */
  httpUrl: string;
  port: number;
  accessKey: string;
  /** Disconnects everyone, writes every document to SQLite and closes the database. */
  stop(): Promise<void>;
}

/** Frames a little over the update limit still reach the hook, which names the reason. */
const FRAME_SLACK_BYTES = 64 * 1024;

function redisExtension(redisUrl: string): Redis {
  const url = new URL(redisUrl);
  const db = Number(url.pathname.slice(1));
  return new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    prefix: 'samspill',
    options: {
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(Number.isInteger(db) && db > 0 ? { db } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  });
}

/** Starts Hocuspocus with Samspill's auth, limits and SQLite persistence (DESIGN.md §11). */
export async function startSyncServer(
  partial: Partial<SyncServerOptions> & Pick<SyncServerOptions, 'dataDir'>,
): Promise<RunningSyncServer> {
  const options: SyncServerOptions = {
    host: DEFAULTS.host,
    port: 0,
    accessKey: undefined,
    maxUpdateBytes: DEFAULTS.maxUpdateBytes,
    maxDocumentBytes: DEFAULTS.maxDocumentBytes,
    maxConnectionsPerAddress: DEFAULTS.maxConnectionsPerAddress,
    maxMessagesPerSecond: DEFAULTS.maxMessagesPerSecond,
    messageBurst: DEFAULTS.messageBurst,
    trustProxy: false,
    redisUrl: undefined,
    storeDebounceMs: DEFAULTS.storeDebounceMs,
    storeMaxDebounceMs: DEFAULTS.storeMaxDebounceMs,
    linkRecheckMs: DEFAULTS.linkRecheckMs,
    participantEntriesPerMinute: DEFAULTS.participantEntriesPerMinute,
    ...partial,
  };
  const accessKey = options.accessKey ?? generateSecret(24);
  await mkdir(options.dataDir, { recursive: true });

  const budget = new DocumentBudget(options.maxDocumentBytes);
  const counter = new ConnectionCounter(options.maxConnectionsPerAddress);
  // Maps whose sharing this instance stopped: their last debounced write must not revive them.
  const stopped = new Set<string>();
  let store: SqliteLinkStore | undefined;
  const guard = new MessageGuard(options, budget, () => store);
  const lookups = new LookupBudget();
  let resolveDb: (db: SqliteDb) => void = () => {};
  const dbReady = new Promise<SqliteDb>((resolve) => {
    resolveDb = resolve;
  });

  const sqlite: SQLite = new SQLite({
    database: join(options.dataDir, 'samspill.sqlite'),
    // The extension's own store does not wait for SQLite; this one does, so a stop is durable.
    store: async ({ documentName, state }) => {
      const db = sqlite.db;
      if (!db || stopped.has(documentName) || !(await store?.hasLiveMap(documentName))) return;
      await run(db, upsertQuery, { $name: documentName, $data: state });
    },
  });

  const samspill: Extension = {
    extensionName: 'Samspill',
    // After SQLite (100) in every chain: its database is open when onConfigure runs here.
    priority: 50,
    async onConfigure() {
      const db = sqlite.db;
      if (!db) throw new Error('SQLite extension did not open its database');
      db.configure('busyTimeout', 5000);
      await run(db, 'PRAGMA journal_mode = WAL');
      resolveDb(db);
    },
    async onRequest({ request, response }) {
      if (!store) return;
      const handled =
        (await handleCodeLookup(request, response, {
          store,
          budget: lookups,
          trustProxy: options.trustProxy,
        })) ||
        (await handleManagementRequest(request, response, { store, accessKey, disconnectMap }));
      // An empty rejection tells Hocuspocus the response is written.
      if (handled) return Promise.reject();
    },
    async onAuthenticate({ token, documentName, connectionConfig }): Promise<SyncContext> {
      if (!store) throw new SyncRefusal(Refusal.unknownLink);
      const decision = await authorizeJoin(token, documentName, store);
      if (!decision.ok) throw new SyncRefusal(decision.reason);
      // A participant writes; MessageGuard checks each of its updates against its rights.
      connectionConfig.readOnly = decision.role === 'view';
      return {
        role: decision.role,
        linkHash: decision.linkHash,
        ...(decision.participant === undefined
          ? {}
          : { participant: decision.participant, owner: ownerOf(decision.participant) }),
      };
    },
    async afterLoadDocument({ documentName, document }) {
      budget.track(documentName, document);
    },
    async afterUnloadDocument({ documentName }) {
      budget.forget(documentName);
    },
    beforeHandleMessage({ update, document, documentName, connection, context }) {
      return guard.check({ connection, documentName, document, update, context });
    },
  };

  const server = new Server(
    {
      name: 'samspill',
      address: options.host,
      port: options.port,
      quiet: true,
      stopOnSignals: false,
      debounce: options.storeDebounceMs,
      maxDebounce: options.storeMaxDebounceMs,
      extensions: [
        ...(options.redisUrl ? [redisExtension(options.redisUrl)] : []),
        sqlite,
        samspill,
      ],
    },
    { maxPayload: options.maxUpdateBytes + FRAME_SLACK_BYTES },
  );

  function disconnectMap(mapId: string, reason: RefusalReason, role?: Role): void {
    if (reason === Refusal.sharingStopped) stopped.add(mapId);
    const document = server.hocuspocus.documents.get(mapId);
    for (const connection of document?.getConnections() ?? []) {
      if (role && (connection.context as SyncContext | undefined)?.role !== role) continue;
      disconnect(connection, ACCESS_CLOSE_CODE, reason);
    }
  }

  server.webSocketServer.prependListener('connection', (socket, request) => {
    const address = clientAddress(request, options.trustProxy);
    if (!counter.tryAcquire(address)) {
      socket.close(TOO_MANY_CODE, Refusal.tooManyConnections);
      return;
    }
    socket.once('close', () => counter.release(address));
  });

  store = await SqliteLinkStore.open(await dbReady);
  await server.listen();
  const port = server.address.port;

  return {
    url: `ws://${options.host}:${port}`,
    httpUrl: `http://${options.host}:${port}`,
    port,
    accessKey,
    async stop() {
      guard.close();
      await server.destroy();
      for (const socket of server.webSocketServer.clients) socket.terminate();
      server.httpServer.closeAllConnections();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      await new Promise<void>((resolve, reject) =>
        sqlite.db?.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
