import type { ChangeSet } from '../domain/changes';
import type { Result } from '../domain/result';
import type { MapDocument, PartnerMap, Snapshot } from '../domain/types';
import type { StoredRows, Vocabulary } from '../schema/repair';
import type { RestoreError } from '../schema/restore';
import type { Pause } from '../schema/steps';
import type { LoadedMap } from '../schema/stored';

/** Everything a map deletion removed, so that "Undo" can put it back exactly. */
export interface DeletedMap {
  document: MapDocument;
  snapshots: Snapshot[];
}

/** Thrown by writes; `cause` is the original error (e.g. QuotaExceededError). Nothing was written. */
export class SaveError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'SaveError';
  }
}

/** An import would overwrite stored records: the map (or one of its records) has an id in use. */
export class IdConflictError extends Error {
  constructor(readonly mapId: string) {
    super(`Map ${mapId} has ids that are already stored`);
    this.name = 'IdConflictError';
  }
}

/**
 * The stored database was upgraded by a newer Samspill (another tab, a later deploy). This tab
 * must not read or write it: it would drop the fields it does not know. Reload to get the new app.
 */
export class NewerDatabaseError extends Error {
  constructor(readonly storedVersion: number) {
    super(`The database was saved by a newer version of Samspill (${storedVersion})`);
    this.name = 'NewerDatabaseError';
  }
}

/** One map as stored: its rows untouched, and what they hold once repaired where needed. */
/** What the daily version needs to know of an automatic version. */
export interface SnapshotStamp {
  id: string;
  createdAt: string;
}

export interface StoredMap {
  rows: StoredRows;
  loaded: Result<LoadedMap, RestoreError>;
}

/** For long imports: progress (0…1) as rows are written, and a way to stop before the commit. */
export interface ImportOptions {
  onProgress?: (fraction: number) => void;
  /** Aborting rolls the transaction back and rejects with the signal's reason, not a SaveError. */
  signal?: AbortSignal;
}

/** Storage as the app sees it. Only `src/persistence` knows it is Dexie. */
export interface Repository {
  /** Where the data lives (the database name), so the import worker can open the same store. */
  readonly location: string;
  /** Every map row with a usable id, named even when its name cannot be read. */
  listMaps(): Promise<PartnerMap[]>;
  /**
   * Loads through `restore()`, repairing damaged rows in the result (never in storage); an error
   * only when the map row itself cannot be read. `null` when there is no such map.
   */
  loadMap(id: string): Promise<Result<MapDocument, RestoreError> | null>;
  /**
   * The rows as stored and their repaired reading, so the caller can keep the rows and save the
   * repair (`saveRepaired`). `vocabulary` also turns unknown sectors and types into "other".
   * With `pause`, the rows are checked in steps with a pause between (`restoreStoredInSteps`).
   */
  readMap(id: string, vocabulary?: Vocabulary, pause?: Pause): Promise<StoredMap | null>;
  /**
   * In one transaction: stores `original` (the version of the rows as they were), then replaces
   * every row of the map with the repaired document.
   */
  saveRepaired(doc: MapDocument, original: Snapshot): Promise<void>;
  /** Writes a change set in one transaction: all of it or none of it. */
  saveChanges(changes: ChangeSet): Promise<void>;
  /** Removes the map, its records and its snapshots in one transaction; `null` when there is no such map. */
  deleteMap(id: string): Promise<DeletedMap | null>;
  restoreDeleted(deleted: DeletedMap): Promise<void>;
  /**
   * Adds whole new maps and their snapshots in one transaction: all of them or none. It never
   * overwrites: if any map, record or snapshot id is already stored, nothing is written and it
   * rejects with `IdConflictError` naming the first such map.
   */
  importMaps(
    docs: readonly MapDocument[],
    snapshots: readonly Snapshot[],
    options?: ImportOptions,
  ): Promise<void>;
  listSnapshots(mapId: string): Promise<Snapshot[]>;
  /** The ids of the map's versions, read without the maps they hold. */
  snapshotIds(mapId: string): Promise<string[]>;
  /** One version; `undefined` when it is gone. */
  getSnapshot(id: string): Promise<Snapshot | undefined>;
  /**
   * The map's automatic versions, oldest first, read from an index without the maps they
   * hold. A `createdAt` that is not a date string reads as the epoch.
   */
  autoSnapshots(mapId: string): Promise<SnapshotStamp[]>;
  putSnapshot(snapshot: Snapshot): Promise<void>;
  deleteSnapshot(id: string): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  close(): void;
}
