/** Purpose coverage (DESIGN.md §4.2): active collaborations per template purpose. */
import type { Collaboration } from '../../domain/types';
import type { Prepared } from './prepare';
import type { PurposeCount } from './types';

export function purposeCoverage(p: Prepared): { purposes: PurposeCount[]; purposeGaps: string[] } {
  const lists: string[][] = p.template.purposes.map(() => []);
  for (const c of p.collabs as Collaboration[]) {
    if (c.status !== 'active') continue;
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
