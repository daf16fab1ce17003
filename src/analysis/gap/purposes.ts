/**
 * Purpose coverage (docs/gap-analysis.md §3): active collaborations per template
 * purpose, counting only those the focal actor takes part in: its own, and those of a project
 * (actor of kind project) it has an active collaboration with. Two partners working together
 * without the school meet no purpose of the school's.
 */
import type { Collaboration } from '../../domain/types';
import type { Prepared } from './prepare';
import type { PurposeCount } from './types';

/** 1 for the focal actor and for every project it has an active collaboration with. */
function takingPart(p: Prepared): Uint8Array {
  const part = new Uint8Array(p.n);
  if (p.focal < 0) return part;
  part[p.focal] = 1;
  for (let i = 0; i < p.collabs.length; i++) {
    if ((p.collabs[i] as Collaboration).status !== 'active') continue;
    const s = p.src[i] as number;
    const t = p.dst[i] as number;
    const other = s === p.focal ? t : t === p.focal ? s : -1;
    if (other >= 0 && p.actors[other]?.kind === 'project') part[other] = 1;
  }
  return part;
}

export function purposeCoverage(p: Prepared): { purposes: PurposeCount[]; purposeGaps: string[] } {
  const lists: string[][] = p.template.purposes.map(() => []);
  const part = takingPart(p);
  for (let j = 0; j < p.collabs.length; j++) {
    const c = p.collabs[j] as Collaboration;
    if (c.status !== 'active') continue;
    if (part[p.src[j] as number] !== 1 && part[p.dst[j] as number] !== 1) continue;
    // A purpose listed twice on one collaboration still counts that collaboration once.
    const ids = c.purposeIds;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as string;
      const i = p.purposeIndex.get(id);
      if (i !== undefined && ids.indexOf(id) === k) lists[i]?.push(c.id);
    }
  }
  const purposes = p.template.purposes.map((purpose, i) => {
    const collaborationIds = lists[i] ?? [];
    return { purposeId: purpose.id, activeCount: collaborationIds.length, collaborationIds };
  });
  return {
    purposes,
    purposeGaps: purposes.filter((x) => x.activeCount === 0).map((x) => x.purposeId),
  };
}
