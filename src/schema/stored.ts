/**
 * Loading a map from IndexedDB: strict `restore()` first (almost every load), and only when that
 * fails, or an actor's sector or type is unknown to the template, the rows are repaired
 * (repair.ts) and restored again. Files and the clipboard never come here: they stay strict.
 */
import type { Result } from '../domain/result';
import type { MapDocument } from '../domain/types';
import { damagedRecords, type Repair, repair, type StoredRows, type Vocabulary } from './repair';
import { type RestoreError, restore } from './restore';
import { restoreInSteps } from './restoreInSteps';
import { MAP_FORMAT, SCHEMA_VERSION } from './schemas';
import type { Pause, StepOptions } from './steps';

export interface LoadedMap {
  doc: MapDocument;
  /** Empty when the rows were sound; then nothing needs saving. */
  repairs: Repair[];
  /** Rows repaired or left out; a row with several mended fields counts once. */
  damaged: number;
}

const knows = (doc: MapDocument, vocabulary: Vocabulary) =>
  Object.values(doc.actors).every(
    (a) => vocabulary.sectors.has(a.sectorId) && vocabulary.types.has(a.typeId),
  );

/**
 * The map the rows hold, repaired when they need it; an error only when the map row itself
 * cannot be read, or the repaired rows still fail (a limit exceeded, a newer version).
 */
export function restoreStored(
  rows: StoredRows,
  vocabulary?: Vocabulary,
): Result<LoadedMap, RestoreError> {
  return repairIfNeeded(restore(asSaved(rows)), rows, vocabulary);
}

/**
 * `restoreStored`, its strict pass in steps (restoreInSteps.ts) so a big map does not hold the
 * page for one long task; the repair, for damaged rows only, stays in one.
 */
export async function restoreStoredInSteps(
  rows: StoredRows,
  vocabulary: Vocabulary | undefined,
  pause: Pause,
  options?: StepOptions,
): Promise<Result<LoadedMap, RestoreError>> {
  return repairIfNeeded(await restoreInSteps(asSaved(rows), pause, options), rows, vocabulary);
}

const asSaved = (rows: StoredRows) => ({ format: MAP_FORMAT, version: SCHEMA_VERSION, ...rows });

function repairIfNeeded(
  strict: Result<MapDocument, RestoreError>,
  rows: StoredRows,
  vocabulary: Vocabulary | undefined,
): Result<LoadedMap, RestoreError> {
  if (strict.ok && (!vocabulary || knows(strict.value, vocabulary))) {
    return { ok: true, value: { doc: strict.value, repairs: [], damaged: 0 } };
  }
  const mended = repair(rows, vocabulary);
  if (!mended.ok) {
    return { ok: false, error: { code: 'invalid-field', path: mended.path, detail: 'unreadable' } };
  }
  const again = restore(mended.saved);
  if (!again.ok) return again;
  const { repairs } = mended;
  return { ok: true, value: { doc: again.value, repairs, damaged: damagedRecords(repairs) } };
}

/** A map's rows as they were stored, for a backup: one that cannot be read, or not yet repaired. */
export interface RawMap {
  mapId: string;
  name: string;
  /** Why the map cannot be read; `null` when it can be, once repaired. */
  problem: { code: string; path: string } | null;
  rows: StoredRows;
  /** The versions of a map that cannot be read; a readable map's go with it in the backup. */
  snapshots: unknown[];
}
