import type { MapDocument } from '../domain/types';

/** One of this phone's entries in "What I added". */
export interface OwnEntry {
  kind: 'actor' | 'collaboration';
  id: string;
  /** The actor's name, or "A – B" for a collaboration. */
  label: string;
  createdAt: string;
}

/** This phone's records in the map, newest first. */
export function ownEntries(doc: MapDocument, owner: string): OwnEntry[] {
  const name = (id: string) => doc.actors[id]?.name ?? '?';
  const entries: OwnEntry[] = [];
  for (const a of Object.values(doc.actors))
    if (a.addedBy === owner)
      entries.push({ kind: 'actor', id: a.id, label: a.name, createdAt: String(a.createdAt) });
  for (const c of Object.values(doc.collaborations))
    if (c.addedBy === owner)
      entries.push({
        kind: 'collaboration',
        id: c.id,
        label: `${name(c.sourceId)} – ${name(c.targetId)}`,
        createdAt: String(c.createdAt),
      });
  // One entry's records share a time: its link first, then its actors by name.
  return entries.sort(
    (x, y) =>
      y.createdAt.localeCompare(x.createdAt) ||
      (x.kind === y.kind ? 0 : x.kind === 'collaboration' ? -1 : 1) ||
      x.label.localeCompare(y.label),
  );
}

export type TakeBackPlan =
  | { ok: true; actors: string[]; collaborations: string[] }
  | { ok: false; problem: 'not-yours' | 'others-links'; count: number };

/**
 * What taking back an entry removes. An actor goes with this phone's collaborations of it; an
 * actor that other people have linked to stays, since removing it would orphan their links (and
 * the server lets a phone remove only its own records).
 */
export function planTakeBack(
  doc: MapDocument,
  owner: string,
  kind: OwnEntry['kind'],
  id: string,
): TakeBackPlan {
  if (kind === 'collaboration') {
    const c = doc.collaborations[id];
    if (!c || c.addedBy !== owner) return { ok: false, problem: 'not-yours', count: 0 };
    return { ok: true, actors: [], collaborations: [id] };
  }
  const a = doc.actors[id];
  if (!a || a.addedBy !== owner) return { ok: false, problem: 'not-yours', count: 0 };
  const links = Object.values(doc.collaborations).filter(
    (c) => c.sourceId === id || c.targetId === id,
  );
  const others = links.filter((c) => c.addedBy !== owner).length;
  if (others > 0) return { ok: false, problem: 'others-links', count: others };
  return { ok: true, actors: [id], collaborations: links.map((c) => c.id) };
}
