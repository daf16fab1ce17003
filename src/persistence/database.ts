import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Activity, Actor, Collaboration, PartnerMap, Snapshot, View } from '../domain/types';
import { NewerDatabaseError } from './repository';

/** The highest `version(n)` below; bump them together. */
export const DB_VERSION = 3;

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The IndexedDB schema. Rows are the domain records as they are; the saved-format version lives
 * in `src/schema`, and each load goes through `restore()`. Add a new `version(n)` for index changes,
 * never edit an old one: browsers holding old data upgrade through them in order.
 */
export class SamspillDb extends Dexie {
  maps!: EntityTable<PartnerMap, 'id'>;
  actors!: EntityTable<Actor, 'id'>;
  collaborations!: EntityTable<Collaboration, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  views!: EntityTable<View, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  /** `options` lets tests pass fake-indexeddb without touching globals. */
  constructor(name = 'samspill', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      maps: 'id, updatedAt',
      actors: 'id, mapId',
      collaborations: 'id, mapId',
      activities: 'id, mapId, collaborationId',
      snapshots: 'id, mapId, createdAt',
      settings: 'key',
    });
    this.version(2).stores({ views: 'id, mapId' });
    // The daily version and its pruning read kind and date from this index alone: a version
    // holds a whole map, and reading them back took 0.5 s at 20,000 actors (docs/big-maps.md).
    this.version(3).stores({ snapshots: 'id, mapId, createdAt, [mapId+kind+createdAt]' });
    // Dexie 4 opens a database of a newer app version instead of failing. Refuse it on every
    // (re)open, e.g. after another tab's upgrade. Dexie stores version n natively as n × 10.
    this.on(
      'ready',
      () => {
        const stored = Math.floor(this.backendDB().version / 10);
        if (stored > DB_VERSION) throw new NewerDatabaseError(stored);
      },
      true,
    );
  }
}
