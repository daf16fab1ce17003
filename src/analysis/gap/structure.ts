/**
 * Structural findings (docs/gap-analysis.md §4), all over non-ended links:
 * - isolated actors: no ongoing (non-ended) collaboration (the focal actor too, if it has none);
 * - vulnerable points (vulnerable.ts);
 * - person dependency: one named responsible holding more than a third of the active
 *   collaborations that have a named responsible;
 * - stale active collaborations and stalled ideas (freshness.ts).
 */
import type { Collaboration } from '../../domain/types';
import type { Freshness } from './freshness';
import { compareIds, type Prepared, sortByName } from './prepare';
import type { OverloadedResponsible, StructureFindings } from './types';
import { vulnerablePoints } from './vulnerable';

/** One person carries the network: count·3 > total (exact), total = named active links. */
export function overloadedResponsible(p: Prepared): OverloadedResponsible[] {
  const people = new Map<string, { ids: string[]; spellings: Map<string, number> }>();
  const keys = new Map<string, [string, string] | null>(); // raw text → [key, spelling], once each
  let total = 0;
  for (const c of p.collabs as Collaboration[]) {
    if (c.status !== 'active') continue;
    let known = keys.get(c.responsible);
    if (known === undefined) {
      const name = c.responsible.trim().replace(/\s+/g, ' ');
      known = name ? [name.toLocaleLowerCase('nb'), name] : null;
      keys.set(c.responsible, known);
    }
    if (known === null) continue;
    total++;
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
      total,
      collaborationIds: ids,
    });
  }
  return out.sort((a, b) => b.count - a.count || compareIds(a.name, b.name));
}

export function structure(p: Prepared, fresh: Freshness): StructureFindings {
  const isolated: number[] = [];
  for (let i = 0; i < p.n; i++) if (p.degree[i] === 0) isolated.push(i);
  return {
    isolated: sortByName(p, isolated).map((i) => p.ids[i] as string),
    vulnerable: vulnerablePoints(p),
    overloadedResponsible: overloadedResponsible(p),
    stale: fresh.staleList,
    stalled: fresh.stalledList,
  };
}
