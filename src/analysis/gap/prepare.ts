/**
 * One pass over the document into integer-indexed arrays, so every later step is linear and
 * allocation-light: actors by index, the valid collaborations, and the simple undirected graph of
 * non-ended links in CSR form (neighbours sorted ascending, parallel links merged).
 */
import type {
  Actor,
  Collaboration,
  CollaborationStatus,
  MapDocument,
  Template,
  TemplateType,
} from '../../domain/types';
import { buildCsr } from './csr';
import { collator, compareIds, recordValues } from './util';

export { collator, compareIds, popcount, recordValues } from './util';

/** active > paused > planned > idea > ended; "less active" of two legs is the lower rank. */
export const ACTIVITY_RANK: Readonly<Record<CollaborationStatus, number>> = {
  ended: 0,
  idea: 1,
  planned: 2,
  paused: 3,
  active: 4,
};

/** Purpose masks are 32-bit: a template's first 32 purposes take part in suggestion scores. */
export const MAX_MASK_PURPOSES = 32;

export interface FlatType {
  type: TemplateType;
  sectorId: string;
}

export interface Prepared {
  doc: MapDocument;
  template: Template;
  n: number;
  ids: string[];
  actors: Actor[];
  indexOf: Map<string, number>;
  /** Index of the focal actor, or -1 when the map has none (or it is not in the map). */
  focal: number;
  /** Collaborations whose two ends exist and differ, in document order. */
  collabs: Collaboration[];
  /** Parallel to collabs: the ends' indices. */
  src: Int32Array;
  dst: Int32Array;
  /** CSR adjacency of the simple graph of non-ended links. */
  offsets: Int32Array;
  neighbours: Int32Array;
  degree: Int32Array;
  /** CSR adjacency over collaborations of any status (ended included): "already linked". */
  linkOffsets: Int32Array;
  linkNeighbours: Int32Array;
  types: FlatType[];
  typeIndex: Map<string, number>;
  /** Index into types of each actor's type, or -1 (custom, focal or unknown types). */
  actorType: Int32Array;
  purposeIndex: Map<string, number>;
  /**
   * Bit i: the actor has a non-ended collaboration with template purpose i, not counting its
   * collaborations with the focal actor (the school's purposes are not the partner's own).
   */
  purposeMask: Uint32Array;
}

/** Whether u and v have a collaboration of any status: binary search in u's sorted list. */
export function isLinked(p: Prepared, u: number, v: number): boolean {
  let lo = p.linkOffsets[u] as number;
  let hi = (p.linkOffsets[u + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = p.linkNeighbours[mid] as number;
    if (x === v) return true;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export const pairKey = (n: number, a: number, b: number): number => (a < b ? a * n + b : b * n + a);

export function purposeBits(purposeIds: readonly string[], index: Map<string, number>): number {
  let m = 0;
  for (const id of purposeIds) {
    const i = index.get(id);
    if (i !== undefined && i < MAX_MASK_PURPOSES) m |= 1 << i;
  }
  return m >>> 0;
}

export function prepare(doc: MapDocument, template: Template): Prepared {
  const actors = recordValues(doc.actors);
  const ids = actors.map((a) => a.id);
  const n = ids.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(ids[i] as string, i);
  const focalId = doc.map.focalActorId;
  const focal = focalId === null ? -1 : (indexOf.get(focalId) ?? -1);

  const types: FlatType[] = [];
  const typeIndex = new Map<string, number>();
  for (const sector of template.sectors) {
    for (const type of sector.types) {
      if (typeIndex.has(type.id)) continue;
      typeIndex.set(type.id, types.length);
      types.push({ type, sectorId: sector.id });
    }
  }
  const actorType = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (i !== focal) actorType[i] = typeIndex.get((actors[i] as Actor).typeId) ?? -1;
  }
  const purposeIndex = new Map(template.purposes.map((p, i) => [p.id, i]));

  const records = recordValues(doc.collaborations);
  const collabs: Collaboration[] = [];
  const srcList: number[] = [];
  const dstList: number[] = [];
  for (const c of records) {
    const s = indexOf.get(c.sourceId);
    const t = indexOf.get(c.targetId);
    if (s === undefined || t === undefined || s === t) continue;
    collabs.push(c);
    srcList.push(s);
    dstList.push(t);
  }
  const src = Int32Array.from(srcList);
  const dst = Int32Array.from(dstList);
  const keep = new Uint8Array(collabs.length);
  const purposeMask = new Uint32Array(n);
  for (let i = 0; i < collabs.length; i++) {
    const c = collabs[i] as Collaboration;
    const s = src[i] as number;
    const t = dst[i] as number;
    if (c.status === 'ended') continue;
    keep[i] = 1;
    if (s === focal || t === focal) continue;
    const m = purposeBits(c.purposeIds, purposeIndex);
    purposeMask[s] = (purposeMask[s] as number) | m;
    purposeMask[t] = (purposeMask[t] as number) | m;
  }
  const csr = buildCsr(n, src, dst, keep);
  const all = buildCsr(n, src, dst, null);
  return {
    doc,
    template,
    n,
    ids,
    actors,
    indexOf,
    focal,
    collabs,
    src,
    dst,
    ...csr,
    linkOffsets: all.offsets,
    linkNeighbours: all.neighbours,
    types,
    typeIndex,
    actorType,
    purposeIndex,
    purposeMask,
  };
}

/** Sorts actor indices by name (nb collation), then id. */
export function sortByName(p: Prepared, list: number[]): number[] {
  return list.sort(
    (a, b) =>
      collator.compare((p.actors[a] as Actor).name, (p.actors[b] as Actor).name) ||
      compareIds(p.ids[a] as string, p.ids[b] as string),
  );
}
