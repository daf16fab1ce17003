import { resolve } from 'node:path';

/** Everything the sync server can be told; `readConfig` fills it from the environment. */
export interface SyncServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  /** Undefined: a fresh key is generated at start (and printed by `npm run server`). */
  accessKey: string | undefined;
  maxUpdateBytes: number;
  maxDocumentBytes: number;
  maxConnectionsPerAddress: number;
  /** Messages per second per connection on average, and the burst allowed above it. */
  maxMessagesPerSecond: number;
  messageBurst: number;
  /** Use the first X-Forwarded-For address (only behind a reverse proxy you run). */
  trustProxy: boolean;
  redisUrl: string | undefined;
  /** Debounce of writes to SQLite; a graceful stop always writes everything first. */
  storeDebounceMs: number;
  storeMaxDebounceMs: number;
  /**
   * How stale a connection's link check may be before its next message re-checks it: revoking
   * on one instance reaches holders connected to another within this time.
   */
  linkRecheckMs: number;
  /** Entries (records added, changed or removed) a participant may write per minute. */
  participantEntriesPerMinute: number;
}

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 1234,
  dataDir: './.samspill-server',
  maxUpdateBytes: 20 * 1024 * 1024,
  maxDocumentBytes: 20 * 1024 * 1024,
  // A school network shows a whole workshop room behind one address.
  maxConnectionsPerAddress: 100,
  maxMessagesPerSecond: 200,
  messageBurst: 2000,
  storeDebounceMs: 500,
  storeMaxDebounceMs: 3000,
  linkRecheckMs: 5000,
  participantEntriesPerMinute: 30,
} as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  }
  return value;
}

/** Reads `SAMSPILL_*` variables (DESIGN.md §11); throws ConfigError naming the bad variable. */
export function readConfig(env: NodeJS.ProcessEnv): SyncServerOptions {
  const accessKey = env.SAMSPILL_ACCESS_KEY;
  if (accessKey !== undefined && accessKey !== '' && accessKey.length < 16) {
    throw new ConfigError('SAMSPILL_ACCESS_KEY must be at least 16 characters');
  }
  return {
    host: env.SAMSPILL_SYNC_HOST || DEFAULTS.host,
    port: positiveInt(env, 'SAMSPILL_SYNC_PORT', DEFAULTS.port, 0),
    dataDir: resolve(env.SAMSPILL_DATA_DIR || DEFAULTS.dataDir),
    accessKey: accessKey || undefined,
    maxUpdateBytes: positiveInt(env, 'SAMSPILL_MAX_UPDATE_BYTES', DEFAULTS.maxUpdateBytes),
    maxDocumentBytes: positiveInt(env, 'SAMSPILL_MAX_DOCUMENT_BYTES', DEFAULTS.maxDocumentBytes),
    maxConnectionsPerAddress: positiveInt(
      env,
      'SAMSPILL_MAX_CONNECTIONS_PER_ADDRESS',
      DEFAULTS.maxConnectionsPerAddress,
    ),
    maxMessagesPerSecond: positiveInt(
      env,
      'SAMSPILL_MAX_MESSAGES_PER_SECOND',
      DEFAULTS.maxMessagesPerSecond,
    ),
    messageBurst: positiveInt(env, 'SAMSPILL_MESSAGE_BURST', DEFAULTS.messageBurst),
    trustProxy: env.SAMSPILL_TRUST_PROXY === '1',
    redisUrl: env.SAMSPILL_REDIS_URL || undefined,
    storeDebounceMs: DEFAULTS.storeDebounceMs,
    storeMaxDebounceMs: DEFAULTS.storeMaxDebounceMs,
    linkRecheckMs: DEFAULTS.linkRecheckMs,
    participantEntriesPerMinute: positiveInt(
      env,
      'SAMSPILL_PARTICIPANT_ENTRIES_PER_MINUTE',
      DEFAULTS.participantEntriesPerMinute,
    ),
  };
}
