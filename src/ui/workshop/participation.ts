import { getRecord } from '../../domain/records';
import type { Actor, MapDocument } from '../../domain/types';
import { looseKey } from '../../io/import/match';

/** One phone's share of a workshop: its owner value, nickname and number of entries. */
export interface Participant {
  owner: string;
  nickname: string | null;
  entries: number;
  /** For people without a nickname: 1, 2, 3 … in the order they first added ("Participant 2"). */
  number: number | null;
}

export interface RoomEntries {
  /** Actors and collaborations the room's phones added during the workshop. */
  entries: number;
  participants: Participant[];
}

type Entry = { addedBy?: string; addedByName?: string; createdAt: string };

/** What the phones added since the workshop began (`before`), by participant. */
export function roomEntries(doc: MapDocument, before: MapDocument): RoomEntries {
  const added: Entry[] = [
    ...Object.values(doc.actors).filter((a) => !getRecord(before.actors, a.id)),
    ...Object.values(doc.collaborations).filter((c) => !getRecord(before.collaborations, c.id)),
  ].filter((e) => e.addedBy);
  added.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const byOwner = new Map<string, Participant>();
  for (const e of added) {
    const owner = e.addedBy as string;
    let p = byOwner.get(owner);
    if (!p) {
      p = { owner, nickname: null, entries: 0, number: null };
      byOwner.set(owner, p);
    }
    p.entries += 1;
    // The newest nickname wins: someone who adds a name halfway is shown by it.
    if (e.addedByName?.trim()) p.nickname = e.addedByName.trim();
  }
  const participants = [...byOwner.values()];
  let unnamed = 0;
  for (const p of participants) if (p.nickname === null) p.number = ++unnamed;
  return { entries: added.length, participants };
}

/** Two actors that likely are one: the one to keep and the one to merge into it. */
export interface LikelyDuplicate {
  keep: Actor;
  drop: Actor;
}

const older = (a: Actor, b: Actor) =>
  a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);

/**
 * Names the room likely typed twice ("Biblioteket" and "Bibliotek" from two phones, or a name the
 * map had already), by the import's name matching (src/io/import/match.ts: case, spacing, a
 * leading "the" and the Norwegian definite ending; people only by the exact name). Only groups a
 * phone's entry of this workshop is in. The actor kept is one the map had before the workshop if
 * there is one, else the first typed; every later one is offered for merging into it.
 */
export function likelyDuplicates(
  doc: MapDocument,
  before: MapDocument,
  dismissed: ReadonlySet<string> = new Set(),
): LikelyDuplicate[] {
  const groups = new Map<string, Actor[]>();
  for (const a of Object.values(doc.actors)) {
    const key = a.kind === 'person' ? `person:${a.name.toLowerCase().trim()}` : looseKey(a.name);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  const isNew = (a: Actor) => !getRecord(before.actors, a.id);
  const out: LikelyDuplicate[] = [];
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((a) => isNew(a) && a.addedBy)) continue;
    const keep = group.reduce((best, a) => {
      if (isNew(best) !== isNew(a)) return isNew(best) ? a : best;
      return older(a, best) ? a : best;
    });
    for (const drop of group) {
      if (drop === keep || !isNew(drop)) continue;
      if (dismissed.has(pairKey(keep.id, drop.id))) continue;
      out.push({ keep, drop });
    }
  }
  return out;
}

/** A pair's key for "not the same": the same two actors are not asked about again. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
