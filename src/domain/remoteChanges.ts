import type { ChangeSet } from './changes';
import type { MapDocument } from './types';

type Row = { id: string };
type Table = 'actors' | 'collaborations' | 'activities' | 'views';

const TABLES: ReadonlyArray<readonly [Table, keyof ChangeSet, keyof ChangeSet]> = [
  ['actors', 'putActors', 'deleteActors'],
  ['collaborations', 'putCollaborations', 'deleteCollaborations'],
  ['activities', 'putActivities', 'deleteActivities'],
  ['views', 'putViews', 'deleteViews'],
];

/**
 * Three-way merge of one record. With no local edit (`local === base`) the remote version wins.
 * With one, the local version is written after the remote one, so it wins: field by field where
 * both tabs kept the record, whole where either side created or deleted it.
 */
function mergeRecord<T extends object>(
  base: T | undefined,
  local: T | undefined,
  remote: T | undefined,
): T | undefined {
  if (local === base) return remote;
  if (!local || !remote || !base) return local;
  let out: Record<string, unknown> | null = null;
  const l = local as Record<string, unknown>;
  const b = base as Record<string, unknown>;
  for (const key of new Set([...Object.keys(l), ...Object.keys(b)])) {
    if (l[key] === b[key]) continue;
    out ??= { ...(remote as Record<string, unknown>) };
    if (key in l) out[key] = l[key];
    else delete out[key];
  }
  return (out as T | null) ?? remote;
}

/**
 * Another tab's committed change, merged into a document of this tab. `base` is what this tab
 * believed storage held before the change; records where `doc` differs from it are this tab's
 * unsaved (or in-flight) edits. Used for the open document and for every undo state, so that
 * undo never brings back what another tab replaced. The result never has dangling references.
 */
export function mergeRemote(doc: MapDocument, base: MapDocument, change: ChangeSet): MapDocument {
  if (change.mapId !== doc.map.id || change.mapId !== base.map.id) return doc;
  let next = doc;
  for (const [table, putKey, deleteKey] of TABLES) {
    const puts = change[putKey] as readonly Row[];
    const deletes = change[deleteKey] as readonly string[];
    if (puts.length + deletes.length === 0) continue;
    const local = doc[table] as Record<string, Row>;
    const saved = base[table] as Record<string, Row>;
    let out: Record<string, Row> | null = null;
    const touched: Array<[string, Row | undefined]> = [
      ...puts.map((r): [string, Row] => [r.id, r]),
      ...deletes.map((id): [string, undefined] => [id, undefined]),
    ];
    for (const [id, remote] of touched) {
      const merged = mergeRecord(saved[id], local[id], remote);
      if (merged === local[id]) continue;
      out ??= { ...local };
      if (merged) out[id] = merged;
      else delete out[id];
    }
    if (out) next = { ...next, [table]: out };
  }
  if (change.map) {
    const map = mergeRecord(base.map, doc.map, change.map) ?? doc.map;
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
    if (c.sourceId in doc.actors && c.targetId in doc.actors && c.sourceId !== c.targetId) continue;
    if (collaborations === doc.collaborations) collaborations = { ...collaborations };
    delete collaborations[id];
  }
  let activities = doc.activities;
  for (const [id, a] of Object.entries(doc.activities)) {
    if (a.collaborationId in collaborations) continue;
    if (activities === doc.activities) activities = { ...activities };
    delete activities[id];
  }
  const checked = dropMissingFocal(doc);
  if (collaborations === doc.collaborations && activities === doc.activities) return checked;
  return { ...checked, collaborations, activities };
}

function dropMissingFocal(doc: MapDocument): MapDocument {
  const focal = doc.map.focalActorId;
  if (focal === null || focal in doc.actors) return doc;
  return { ...doc, map: { ...doc.map, focalActorId: null } };
}
