/**
 * What changed between two states of a map (a snapshot and now): records added, removed and
 * changed. Moving a node is not a change worth listing: layouts move nodes all the time.
 */
import { getRecord, hasRecord } from './records';
import type { Actor, Collaboration, MapDocument } from './types';

export interface RecordChange<T> {
  before: T;
  after: T;
  /** Field names that differ, in a stable order. */
  fields: string[];
}

export interface RecordDiff<T> {
  added: T[];
  removed: T[];
  changed: RecordChange<T>[];
}

export interface SnapshotDiff {
  actors: RecordDiff<Actor>;
  collaborations: RecordDiff<Collaboration>;
  /** Engagement-log entries added since. */
  activitiesAdded: number;
}

/** Bookkeeping that changes without the user changing the record. */
const IGNORED = new Set(['position', 'createdAt', 'updatedAt', 'mapId', 'id']);

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function changedFields<T extends object>(before: T, after: T): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => !IGNORED.has(k))
    .filter((k) => !same(before[k as keyof T], after[k as keyof T]))
    .sort();
}

function diffRecords<T extends { id: string }>(
  before: Record<string, T>,
  after: Record<string, T>,
): RecordDiff<T> {
  const added = Object.values(after).filter((r) => !hasRecord(before, r.id));
  const removed = Object.values(before).filter((r) => !hasRecord(after, r.id));
  const changed: RecordChange<T>[] = [];
  for (const a of Object.values(after)) {
    const b = getRecord(before, a.id);
    if (!b || b === a) continue;
    const fields = changedFields(b, a);
    if (fields.length) changed.push({ before: b, after: a, fields });
  }
  return { added, removed, changed };
}

export function diffSnapshots(before: MapDocument, after: MapDocument): SnapshotDiff {
  return {
    actors: diffRecords(before.actors, after.actors),
    collaborations: diffRecords(before.collaborations, after.collaborations),
    activitiesAdded: Object.keys(after.activities).filter((id) => !hasRecord(before.activities, id))
      .length,
  };
}

export const changeCount = (d: SnapshotDiff): number =>
  d.actors.added.length +
  d.actors.removed.length +
  d.actors.changed.length +
  d.collaborations.added.length +
  d.collaborations.removed.length +
  d.collaborations.changed.length;
