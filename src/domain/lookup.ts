import { normalizeName } from './names';
import type { Actor, MapDocument } from './types';

/**
 * Finds the actor a typed name means: an exact match (ignoring case and spacing), else the one
 * actor whose name begins with the typed words ("Kulturskolen" → "Kulturskolen i Eksempel
 * kommune"). Ambiguous prefixes match nothing, so a new actor is made instead of a wrong link.
 */
export function findActorByName(doc: MapDocument, name: string): Actor | null {
  const key = normalizeName(name);
  if (!key) return null;
  const actors = Object.values(doc.actors);
  const exact = actors.find((a) => normalizeName(a.name) === key);
  if (exact) return exact;
  const prefixed = actors.filter((a) => normalizeName(a.name).startsWith(`${key} `));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}

export function degreeOf(doc: MapDocument): Map<string, number> {
  const degree = new Map<string, number>();
  for (const id of Object.keys(doc.actors)) degree.set(id, 0);
  for (const c of Object.values(doc.collaborations)) {
    degree.set(c.sourceId, (degree.get(c.sourceId) ?? 0) + 1);
    degree.set(c.targetId, (degree.get(c.targetId) ?? 0) + 1);
  }
  return degree;
}

export function hasLinkBetween(doc: MapDocument, a: string, b: string): boolean {
  return Object.values(doc.collaborations).some(
    (c) => (c.sourceId === a && c.targetId === b) || (c.sourceId === b && c.targetId === a),
  );
}
