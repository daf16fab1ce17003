import { schema as documentsSchema, type SQLite } from '@hocuspocus/extension-sqlite';
import { type LinkRecord, type LinkStore, LinkTaken, type NewLink, ROLES, type Role } from './auth';

/** The sqlite3 handle the Hocuspocus SQLite extension opens: documents and links share a file. */
export type SqliteDb = NonNullable<SQLite['db']>;

const SCHEMA = [
  documentsSchema,
  `CREATE TABLE IF NOT EXISTS shared_maps (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    stopped_at INTEGER
  )`,
  `CREATE TABLE IF NOT EXISTS link_secrets (
    hash TEXT PRIMARY KEY,
    map_id TEXT NOT NULL REFERENCES shared_maps(id),
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
  )`,
  'CREATE INDEX IF NOT EXISTS link_secrets_map ON link_secrets(map_id)',
];

type Params = unknown[] | Record<string, unknown>;

export function run(db: SqliteDb, sql: string, params: Params = []): Promise<number> {
  return new Promise((resolve, reject) => {
    db.run(sql, params, function onDone(error) {
      if (error) reject(error);
      else resolve(this.changes);
    });
  });
}

export function get<T>(db: SqliteDb, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    db.get(sql, params, (error, row) => {
      if (error) reject(error);
      else resolve(row as T | undefined);
    });
  });
}

/** Runs `body` in one IMMEDIATE transaction: a revoke never leaves a map without its links. */
async function transaction(db: SqliteDb, body: () => Promise<void>): Promise<void> {
  await run(db, 'BEGIN IMMEDIATE');
  try {
    await body();
    await run(db, 'COMMIT');
  } catch (error) {
    await run(db, 'ROLLBACK');
    throw error;
  }
}

export class SqliteLinkStore implements LinkStore {
  // One connection runs one transaction at a time: queue writers behind each other.
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: SqliteDb) {}

  static async open(db: SqliteDb): Promise<SqliteLinkStore> {
    for (const statement of SCHEMA) await run(db, statement);
    return new SqliteLinkStore(db);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writes.then(work, work);
    this.writes = next.catch(() => undefined);
    return next;
  }

  private insertLinks(mapId: string, links: readonly NewLink[], now: number): Promise<unknown> {
    return Promise.all(
      links.map((link) =>
        run(
          this.db,
          'INSERT INTO link_secrets (hash, map_id, role, created_at) VALUES (?, ?, ?, ?)',
          [link.hash, mapId, link.role, now],
        ),
      ),
    );
  }

  createMap(mapId: string, links: readonly NewLink[]): Promise<void> {
    return this.serial(() =>
      transaction(this.db, async () => {
        const now = Date.now();
        await run(this.db, 'INSERT INTO shared_maps (id, created_at) VALUES (?, ?)', [mapId, now]);
        await this.insertLinks(mapId, links, now);
      }),
    );
  }

  replaceLinks(mapId: string, links: readonly NewLink[]): Promise<void> {
    return this.serial(() =>
      transaction(this.db, async () => {
        const now = Date.now();
        await run(
          this.db,
          'UPDATE link_secrets SET revoked_at = ? WHERE map_id = ? AND revoked_at IS NULL',
          [now, mapId],
        );
        await this.insertLinks(mapId, links, now);
      }),
    );
  }

  stopMap(mapId: string): Promise<boolean> {
    return this.serial(async () => {
      let stopped = false;
      await transaction(this.db, async () => {
        const now = Date.now();
        stopped =
          (await run(
            this.db,
            'UPDATE shared_maps SET stopped_at = ? WHERE id = ? AND stopped_at IS NULL',
            [now, mapId],
          )) > 0;
        await run(
          this.db,
          'UPDATE link_secrets SET revoked_at = ? WHERE map_id = ? AND revoked_at IS NULL',
          [now, mapId],
        );
        // The map's content goes with it (the documents table is the SQLite extension's).
        await run(this.db, 'DELETE FROM documents WHERE name = ?', [mapId]);
      });
      return stopped;
    });
  }

  addLinks(mapId: string, links: readonly NewLink[]): Promise<void> {
    return this.serial(async () => {
      try {
        // One after another: a refused insert must not leave another running past the rollback.
        await transaction(this.db, async () => {
          for (const link of links) await this.insertLinks(mapId, [link], Date.now());
        });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        throw code === 'SQLITE_CONSTRAINT' ? new LinkTaken('link hash already stored') : error;
      }
    });
  }

  revokeRole(mapId: string, role: Role): Promise<void> {
    return this.serial(async () => {
      await run(
        this.db,
        'UPDATE link_secrets SET revoked_at = ? WHERE map_id = ? AND role = ? AND revoked_at IS NULL',
        [Date.now(), mapId, role],
      );
    });
  }

  async hasLiveMap(mapId: string): Promise<boolean> {
    const row = await get<{ id: string }>(
      this.db,
      'SELECT id FROM shared_maps WHERE id = ? AND stopped_at IS NULL',
      [mapId],
    );
    return row !== undefined;
  }

  async findLink(hash: string): Promise<LinkRecord | undefined> {
    const row = await get<{
      hash: string;
      map_id: string;
      role: string;
      revoked_at: number | null;
      stopped_at: number | null;
    }>(
      this.db,
      `SELECT l.hash, l.map_id, l.role, l.revoked_at, m.stopped_at
         FROM link_secrets l JOIN shared_maps m ON m.id = l.map_id
        WHERE l.hash = ?`,
      [hash],
    );
    if (!row || !(ROLES as readonly string[]).includes(row.role)) return undefined;
    return {
      hash: row.hash,
      mapId: row.map_id,
      role: row.role as Role,
      revoked: row.revoked_at !== null,
      mapStopped: row.stopped_at !== null,
    };
  }
}
