import type { ChangeSet } from './changes';
import { getRecord, hasRecord } from './records';
import type { MapDocument } from './types';

type Row = { id: string };
type Fields = Record<string, unknown>;
type Table = 'actors' | 'collaborations' | 'activities' | 'views';

const TABLES: ReadonlyArray<readonly [Table, keyof ChangeSet, keyof ChangeSet]> = [
  ['actors', 'putActors', 'deleteActors'],
  ['collaborations', 'putCollaborations', 'deleteCollaborations'],
  ['activities', 'putActivities', 'deleteActivities'],
  ['views', 'putViews', 'deleteViews'],
];

/**
 * What the sending tab believed storage held for the records it wrote, before its write. With
 * it, a receiver takes over only the fields the sender changed: a layout's positions written
 * from a tab that had not yet heard of a rename do not undo the rename. `null`: not known
 * (a replayed journal, an import), so the remote records count as changed in every field.
 */
export type RemoteBase = Pick<MapDocument, 'map' | Table> | null;

/** Records from another tab are structured clones: compare them by value. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Fields)[k], (b as Fields)[k]));
}

const changedKeys = (from: Fields | undefined, to: Fields, byValue: boolean): string[] =>
  [...new Set([...Object.keys(to), ...Object.keys(from ?? {})])].filter((k) =>
    byValue ? !sameValue(from?.[k], to[k]) : from?.[k] !== to[k],
  );

/**
 * One record, three ways. `saved` is what this tab believed storage held, `local` what it shows
 * (with any unsaved edit), `remote` what the other tab wrote from its `remoteBase`. The other
 * tab's changed fields are taken, except those this tab changed and has not saved yet: those
 * are written after it, so the last writer wins, field by field. A deletion wins unless this
 * tab has an unsaved edit of the record.
 */
function mergeRecord<T extends object>(
  saved: T | undefined,
  local: T | undefined,
  remote: T | undefined,
  remoteBase: T | undefined,
  baseKnown: boolean,
): T | undefined {
  if (!remote || !local) return local === saved ? remote : local;
  const l = local as Fields;
  const pending = local === saved ? [] : changedKeys(saved as Fields | undefined, l, false);
  const theirs = changedKeys(
    baseKnown ? (remoteBase as Fields | undefined) : undefined,
    remote as Fields,
    true,
  );
  const out: Fields = { ...l };
  for (const key of theirs) {
    if (pending.includes(key)) continue;
    if (Object.hasOwn(remote, key)) out[key] = (remote as Fields)[key];
    else delete out[key];
  }
  if (sameValue(out, remote)) return remote;
  return sameValue(out, l) ? local : (out as T);
}

/**
 * Another tab's committed change, merged into a document of this tab. `saved` is what this tab
 * believed storage held before the change. Used for the open document and for every undo state,
 * so that undo never brings back what another tab replaced. The result never has dangling
 * references.
 */
export function mergeRemote(
  doc: MapDocument,
  saved: MapDocument,
  change: ChangeSet,
  remoteBase: RemoteBase = null,
): MapDocument {
  if (change.mapId !== doc.map.id || change.mapId !== saved.map.id) return doc;
  let next = doc;
  for (const [table, putKey, deleteKey] of TABLES) {
    const puts = change[putKey] as readonly Row[];
    const deletes = change[deleteKey] as readonly string[];
    if (puts.length + deletes.length === 0) continue;
    const local = doc[table] as Record<string, Row>;
    const stored = saved[table] as Record<string, Row>;
    const theirBase = (remoteBase?.[table] ?? {}) as Record<string, Row>;
    let out: Record<string, Row> | null = null;
    const touched: Array<[string, Row | undefined]> = [
      ...puts.map((r): [string, Row] => [r.id, r]),
      ...deletes.map((id): [string, undefined] => [id, undefined]),
    ];
    for (const [id, remote] of touched) {
      const mine = getRecord(local, id);
      const base = getRecord(theirBase, id);
      const merged = mergeRecord(getRecord(stored, id), mine, remote, base, remoteBase !== null);
      if (merged === mine) continue;
      out ??= { ...local };
      if (merged) out[id] = merged;
      else delete out[id];
    }
    if (out) next = { ...next, [table]: out };
  }
  if (change.map) {
    const map =
      mergeRecord(
        saved.map,
        doc.map,
        change.map,
        remoteBase?.map ?? undefined,
        remoteBase !== null,
      ) ?? doc.map;
    if (map !== doc.map) next = { ...next, map };
  }
  if (next === doc) return doc;
  // Only these can leave a reference dangling; a layout's positions need no scan.
  const risky =
    change.deleteActors.length +
    change.deleteCollaborations.length +
    change.putCollaborations.length +
    change.putActivities.length;
  return risky > 0 ? dropDangling(next) : dropMissingFocal(next);
}

/**
 * Removes what a merge can leave pointing at nothing (a link kept here to an actor deleted
 * there), which `restore()` would refuse when the map is next loaded.
 */
export function dropDangling(doc: MapDocument): MapDocument {
  let collaborations = doc.collaborations;
  for (const [id, c] of Object.entries(doc.collaborations)) {
    const { sourceId, targetId } = c;
    if (hasRecord(doc.actors, sourceId) && hasRecord(doc.actors, targetId) && sourceId !== targetId)
      continue;
    if (collaborations === doc.collaborations) collaborations = { ...collaborations };
    delete collaborations[id];
  }
  let activities = doc.activities;
  for (const [id, a] of Object.entries(doc.activities)) {
    if (hasRecord(collaborations, a.collaborationId)) continue;
    if (activities === doc.activities) activities = { ...activities };
    delete activities[id];
  }
  const checked = dropMissingFocal(doc);
  if (collaborations === doc.collaborations && activities === doc.activities) return checked;
  return { ...checked, collaborations, activities };
}

function dropMissingFocal(doc: MapDocument): MapDocument {
  const focal = doc.map.focalActorId;
  if (focal === null || hasRecord(doc.actors, focal)) return doc;
  return { ...doc, map: { ...doc.map, focalActorId: null } };
}

/** The sender's stored versions of the records a change writes, to send along with it. */
export function baseOf(saved: MapDocument, change: ChangeSet): NonNullable<RemoteBase> {
  const pick = <T extends Row>(rows: Record<string, T>, put: readonly Row[]) => {
    const out: Record<string, T> = {};
    for (const r of put) {
      const row = getRecord(rows, r.id);
      if (row) out[r.id] = row;
    }
    return out;
  };
  return {
    map: saved.map,
    actors: pick(saved.actors, change.putActors),
    collaborations: pick(saved.collaborations, change.putCollaborations),
    activities: pick(saved.activities, change.putActivities),
    views: pick(saved.views, change.putViews),
  };
}
