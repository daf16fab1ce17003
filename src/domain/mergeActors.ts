import { removeItems } from './commands';
import type { EditMeta } from './ids';
import { getRecord } from './records';
import type { Collaboration, MapDocument } from './types';

/** The pair of actor ids a collaboration joins, in a fixed order. */
const pairOf = (a: string, b: string) => (a < b ? `${a}\0${b}` : `${b}\0${a}`);

/**
 * Merges a duplicate actor into the one kept (a workshop's "Bibliotek" into "Biblioteket"): the
 * duplicate's collaborations move to the kept actor, except one that would join it to itself or
 * repeat a link it already has, and then the duplicate is removed. One edit, so one undo.
 */
export function mergeActors(
  doc: MapDocument,
  keepId: string,
  dropId: string,
  meta: EditMeta,
): MapDocument {
  if (keepId === dropId || !getRecord(doc.actors, keepId) || !getRecord(doc.actors, dropId)) {
    return doc;
  }
  const pairs = new Set<string>();
  for (const c of Object.values(doc.collaborations)) {
    if (c.sourceId !== dropId && c.targetId !== dropId) pairs.add(pairOf(c.sourceId, c.targetId));
  }
  const collaborations: Record<string, Collaboration> = { ...doc.collaborations };
  for (const c of Object.values(doc.collaborations)) {
    if (c.sourceId !== dropId && c.targetId !== dropId) continue;
    const sourceId = c.sourceId === dropId ? keepId : c.sourceId;
    const targetId = c.targetId === dropId ? keepId : c.targetId;
    const pair = pairOf(sourceId, targetId);
    // A self-link or a second link between the same two actors: removeItems drops it below.
    if (sourceId === targetId || pairs.has(pair)) continue;
    pairs.add(pair);
    collaborations[c.id] = { ...c, sourceId, targetId, updatedAt: meta.now };
  }
  const moved: MapDocument = {
    ...doc,
    collaborations,
    map: {
      ...doc.map,
      focalActorId: doc.map.focalActorId === dropId ? keepId : doc.map.focalActorId,
    },
  };
  return removeItems(moved, { actorIds: [dropId] }, meta);
}
