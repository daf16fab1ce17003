/**
 * Pure document commands: (doc, args, meta) → new doc. Unchanged records keep their identity,
 * which is how persistence finds what to write and how undo stays cheap.
 */
import { type ActorInput, type CollaborationInput, makeActor, makeCollaboration } from './factory';
import type { EditMeta } from './ids';
import { getRecord, hasRecord } from './records';
import type { Activity, Actor, Collaboration, MapDocument, PartnerMap } from './types';

type Patch<T> = Partial<Omit<T, 'id' | 'mapId' | 'createdAt' | 'updatedAt'>>;

function without<T>(record: Record<string, T>, ids: ReadonlySet<string>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [id, value] of Object.entries(record)) if (!ids.has(id)) out[id] = value;
  return out;
}

const touch = (doc: MapDocument, meta: EditMeta): PartnerMap => ({
  ...doc.map,
  updatedAt: meta.now,
});

export function updateMap(doc: MapDocument, patch: Patch<PartnerMap>, meta: EditMeta): MapDocument {
  return { ...doc, map: { ...doc.map, ...patch, updatedAt: meta.now } };
}

export function addActor(
  doc: MapDocument,
  input: ActorInput,
  meta: EditMeta,
): { doc: MapDocument; actor: Actor } {
  const actor = makeActor(doc.map.id, input, meta);
  return {
    actor,
    doc: { ...doc, map: touch(doc, meta), actors: { ...doc.actors, [actor.id]: actor } },
  };
}

export function updateActor(
  doc: MapDocument,
  id: string,
  patch: Patch<Actor>,
  meta: EditMeta,
): MapDocument {
  const current = getRecord(doc.actors, id);
  if (!current) return doc;
  const next = { ...current, ...patch, updatedAt: meta.now };
  if (typeof patch.name === 'string') next.name = patch.name.trim() || current.name;
  return { ...doc, map: touch(doc, meta), actors: { ...doc.actors, [id]: next } };
}

/** Sets positions of many actors at once: one drag or one finished layout is one edit. */
export function moveActors(
  doc: MapDocument,
  moves: ReadonlyArray<{ id: string; x: number; y: number; pinned?: boolean }>,
  meta: EditMeta,
): MapDocument {
  const actors = { ...doc.actors };
  let changed = false;
  for (const m of moves) {
    const a = getRecord(actors, m.id);
    if (!a) continue;
    const pinned = m.pinned ?? a.position?.pinned ?? false;
    if (
      a.position &&
      a.position.x === m.x &&
      a.position.y === m.y &&
      a.position.pinned === pinned
    ) {
      continue;
    }
    actors[m.id] = { ...a, position: { x: m.x, y: m.y, pinned }, updatedAt: meta.now };
    changed = true;
  }
  return changed ? { ...doc, map: touch(doc, meta), actors } : doc;
}

export function setPinned(
  doc: MapDocument,
  ids: readonly string[],
  pinned: boolean,
  meta: EditMeta,
): MapDocument {
  const moves = ids.flatMap((id) => {
    const p = getRecord(doc.actors, id)?.position;
    return p && p.pinned !== pinned ? [{ id, x: p.x, y: p.y, pinned }] : [];
  });
  return moves.length ? moveActors(doc, moves, meta) : doc;
}

/** Removes actors and collaborations; links of removed actors and their logs go with them. */
export function removeItems(
  doc: MapDocument,
  ids: { actorIds?: readonly string[]; collaborationIds?: readonly string[] },
  meta: EditMeta,
): MapDocument {
  const actorIds = new Set((ids.actorIds ?? []).filter((id) => hasRecord(doc.actors, id)));
  const collabIds = new Set(
    (ids.collaborationIds ?? []).filter((id) => hasRecord(doc.collaborations, id)),
  );
  for (const c of Object.values(doc.collaborations)) {
    if (actorIds.has(c.sourceId) || actorIds.has(c.targetId)) collabIds.add(c.id);
  }
  if (actorIds.size === 0 && collabIds.size === 0) return doc;
  const activityIds = new Set(
    Object.values(doc.activities)
      .filter((a) => collabIds.has(a.collaborationId))
      .map((a) => a.id),
  );
  const focalGone = doc.map.focalActorId !== null && actorIds.has(doc.map.focalActorId);
  return {
    ...doc,
    map: { ...touch(doc, meta), focalActorId: focalGone ? null : doc.map.focalActorId },
    actors: without(doc.actors, actorIds),
    collaborations: without(doc.collaborations, collabIds),
    activities: without(doc.activities, activityIds),
  };
}

export function addCollaboration(
  doc: MapDocument,
  input: CollaborationInput,
  meta: EditMeta,
): { doc: MapDocument; collaboration: Collaboration } | null {
  if (input.sourceId === input.targetId) return null;
  if (!hasRecord(doc.actors, input.sourceId) || !hasRecord(doc.actors, input.targetId)) return null;
  const collaboration = makeCollaboration(doc.map.id, input, meta);
  return {
    collaboration,
    doc: {
      ...doc,
      map: touch(doc, meta),
      collaborations: { ...doc.collaborations, [collaboration.id]: collaboration },
    },
  };
}

export function updateCollaboration(
  doc: MapDocument,
  id: string,
  patch: Patch<Collaboration>,
  meta: EditMeta,
): MapDocument {
  const current = getRecord(doc.collaborations, id);
  if (!current) return doc;
  const next = { ...current, ...patch, updatedAt: meta.now };
  if (next.sourceId === next.targetId) return doc;
  if (!hasRecord(doc.actors, next.sourceId) || !hasRecord(doc.actors, next.targetId)) return doc;
  return { ...doc, map: touch(doc, meta), collaborations: { ...doc.collaborations, [id]: next } };
}

export function addActivity(
  doc: MapDocument,
  input: Omit<Activity, 'id' | 'mapId'>,
  meta: EditMeta,
): MapDocument {
  if (!hasRecord(doc.collaborations, input.collaborationId)) return doc;
  const activity: Activity = {
    ...input,
    title: input.title.trim(),
    id: meta.newId(),
    mapId: doc.map.id,
  };
  return {
    ...doc,
    map: touch(doc, meta),
    activities: { ...doc.activities, [activity.id]: activity },
  };
}

export function updateActivity(
  doc: MapDocument,
  id: string,
  patch: Partial<Pick<Activity, 'date' | 'title' | 'note'>>,
  meta: EditMeta,
): MapDocument {
  const current = getRecord(doc.activities, id);
  if (!current) return doc;
  return {
    ...doc,
    map: touch(doc, meta),
    activities: { ...doc.activities, [id]: { ...current, ...patch } },
  };
}

export function removeActivity(doc: MapDocument, id: string, meta: EditMeta): MapDocument {
  if (!hasRecord(doc.activities, id)) return doc;
  return { ...doc, map: touch(doc, meta), activities: without(doc.activities, new Set([id])) };
}

/** A copy under new ids, for "Duplicate map"; records keep their own dates, which the analysis reads. */
export function duplicateDocument(doc: MapDocument, name: string, meta: EditMeta): MapDocument {
  const mapId = meta.newId();
  const actorIds = new Map(Object.keys(doc.actors).map((id) => [id, meta.newId()]));
  const collabIds = new Map(Object.keys(doc.collaborations).map((id) => [id, meta.newId()]));
  const re = (ids: Map<string, string>, id: string) => ids.get(id) ?? id;
  const actors = Object.values(doc.actors).map((a) => ({ ...a, mapId, id: re(actorIds, a.id) }));
  const collaborations = Object.values(doc.collaborations).map((c) => ({
    ...c,
    mapId,
    id: re(collabIds, c.id),
    sourceId: re(actorIds, c.sourceId),
    targetId: re(actorIds, c.targetId),
  }));
  const activities = Object.values(doc.activities).map((a) => ({
    ...a,
    mapId,
    id: meta.newId(),
    collaborationId: re(collabIds, a.collaborationId),
  }));
  const focal = doc.map.focalActorId;
  return {
    map: {
      ...doc.map,
      createdAt: meta.now,
      updatedAt: meta.now,
      id: mapId,
      name,
      focalActorId: focal === null ? null : re(actorIds, focal),
    },
    actors: Object.fromEntries(actors.map((a) => [a.id, a])),
    collaborations: Object.fromEntries(collaborations.map((c) => [c.id, c])),
    activities: Object.fromEntries(activities.map((a) => [a.id, a])),
    views: Object.fromEntries(
      Object.values(doc.views).map((v) => {
        const id = meta.newId();
        return [id, { ...v, id, mapId }];
      }),
    ),
  };
}
