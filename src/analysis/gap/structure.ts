/**
 * Structural warnings (DESIGN.md §4.3), all over non-ended links:
 * - isolated actors (no non-ended link; the focal actor too, if it has none);
 * - articulation points other than the focal actor;
 * - bridges not touching the focal actor (a partner hanging on its one link to the school is what
 *   type coverage is about; a cut vertex or bridge elsewhere is a single point of failure);
 * - people responsible for more than a third of all active collaborations;
 * - stale active collaborations (see dates.ts for the 12-month boundary).
 */
import type { Activity, Collaboration } from '../../domain/types';
import { datePart, monthsBetween, parseDate, staleCutoff, type YMD } from './dates';
import { compareIds, type Prepared, pairKey, recordValues, sortByName } from './prepare';
import { cutsAndBridges } from './tarjan';
import type { Bridge, OverloadedResponsible, StaleCollaboration, StructureFindings } from './types';

function bridgesAndCuts(p: Prepared): Pick<StructureFindings, 'articulationPoints' | 'bridges'> {
  const { cut, articulation, bridges: raw } = cutsAndBridges(p);
  const points: number[] = [];
  for (let i = 0; i < p.n; i++) if (articulation[i] && i !== p.focal) points.push(i);
  // Largest cut first; ties by id (plain code-unit order keeps this cheap on big maps).
  points.sort(
    (a, b) =>
      (cut[b] as number) - (cut[a] as number) || compareIds(p.ids[a] as string, p.ids[b] as string),
  );
  const kept = raw.filter((br) => br.a !== p.focal && br.b !== p.focal);
  const byPair = new Map<number, string[]>(kept.map((br) => [pairKey(p.n, br.a, br.b), []]));
  if (byPair.size > 0) {
    for (let i = 0; i < p.collabs.length; i++) {
      const c = p.collabs[i] as Collaboration;
      if (c.status === 'ended') continue;
      byPair.get(pairKey(p.n, p.src[i] as number, p.dst[i] as number))?.push(c.id);
    }
  }
  const bridges = kept.map((br): Bridge => {
    const ids = (byPair.get(pairKey(p.n, br.a, br.b)) ?? []).sort();
    return {
      collaborationId: ids[0] ?? '',
      collaborationIds: ids,
      a: p.ids[br.a] as string,
      b: p.ids[br.b] as string,
      separated: br.separated,
    };
  });
  // Largest cut first; ties by collaboration id (plain code-unit order keeps this cheap).
  bridges.sort(
    (x, y) => y.separated - x.separated || compareIds(x.collaborationId, y.collaborationId),
  );
  return { articulationPoints: points.map((i) => p.ids[i] as string), bridges };
}

/** One person carries the network: more than a third (count·3 > total, exact) of active ones. */
export function overloadedResponsible(p: Prepared): OverloadedResponsible[] {
  const people = new Map<string, { ids: string[]; spellings: Map<string, number> }>();
  const keys = new Map<string, [string, string] | null>(); // raw text → [key, spelling], once each
  let total = 0;
  for (const c of p.collabs) {
    if (c.status !== 'active') continue;
    total++;
    let known = keys.get(c.responsible);
    if (known === undefined) {
      const name = c.responsible.trim().replace(/\s+/g, ' ');
      known = name ? [name.toLocaleLowerCase('nb'), name] : null;
      keys.set(c.responsible, known);
    }
    if (known === null) continue;
    const [key, name] = known;
    let entry = people.get(key);
    if (!entry) {
      entry = { ids: [], spellings: new Map() };
      people.set(key, entry);
    }
    entry.ids.push(c.id);
    entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
  }
  const out: OverloadedResponsible[] = [];
  for (const { ids, spellings } of people.values()) {
    if (ids.length * 3 <= total) continue;
    // The most used spelling; on a tie, the first one met (the sort is stable).
    const name = [...spellings].sort((a, b) => b[1] - a[1])[0]?.[0];
    out.push({
      name: name ?? '',
      count: ids.length,
      share: ids.length / total,
      collaborationIds: ids,
    });
  }
  return out.sort((a, b) => b.count - a.count || compareIds(a.name, b.name));
}

/** Latest activity date per collaboration id. */
export function latestActivities(p: Prepared): Map<string, string> {
  const latest = new Map<string, string>();
  for (const a of recordValues(p.doc.activities) as Activity[]) {
    const d = datePart(a.date);
    if (d === null) continue;
    const old = latest.get(a.collaborationId);
    if (old === undefined || d > old) latest.set(a.collaborationId, d);
  }
  return latest;
}

/** A collaboration's date: its latest activity, else its start date, else its creation date. */
export function collaborationDate(c: Collaboration, latest: Map<string, string>): string | null {
  return latest.get(c.id) ?? datePart(c.startDate) ?? datePart(c.createdAt);
}

/** Day number of a valid YYYY-MM-DD for ordering (yyyymmdd as an integer). */
const dateKey = (d: string) =>
  Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));

export function staleCollaborations(p: Prepared, today: string): StaleCollaboration[] {
  const cutoff = staleCutoff(today);
  const now = parseDate(today);
  if (!cutoff || !now) return [];
  const latest = latestActivities(p);
  const found: StaleCollaboration[] = [];
  for (const c of p.collabs) {
    if (c.status !== 'active') continue;
    const date = collaborationDate(c, latest);
    if (date === null || date >= cutoff) continue;
    found.push({
      collaborationId: c.id,
      sourceId: c.sourceId,
      targetId: c.targetId,
      lastDate: date,
      monthsSince: monthsBetween(parseDate(date) as YMD, now),
    });
  }
  // Oldest first, ties in document order: one numeric sort of (date, position) keys.
  const keys = new Float64Array(found.length);
  for (let i = 0; i < found.length; i++) {
    keys[i] = dateKey((found[i] as StaleCollaboration).lastDate) * 262144 + i;
  }
  keys.sort();
  const out = new Array<StaleCollaboration>(found.length);
  for (let i = 0; i < keys.length; i++)
    out[i] = found[(keys[i] as number) % 262144] as StaleCollaboration;
  return out;
}

export function structure(p: Prepared, today: string): StructureFindings {
  const isolated: number[] = [];
  for (let i = 0; i < p.n; i++) if (p.degree[i] === 0) isolated.push(i);
  return {
    isolated: sortByName(p, isolated).map((i) => p.ids[i] as string),
    ...bridgesAndCuts(p),
    overloadedResponsible: overloadedResponsible(p),
    stale: staleCollaborations(p, today),
  };
}
