/**
 * Power and interest (DESIGN.md §4.4, Mendelow): an actor with power ≥ 4 whose best link to the
 * focal actor, direct or through a project, is missing or weak (not active with strength ≥ 2) is
 * to be managed closely. The focal actor itself is never listed.
 */
import type { Actor } from '../../domain/types';
import { isCovering } from './coverage';
import { collator, type Prepared } from './prepare';
import type { FocalLink, ManageClosely } from './types';

export const MANAGE_CLOSELY_POWER = 4;

export function manageClosely(p: Prepared, links: Map<number, FocalLink>): ManageClosely[] {
  const out: (ManageClosely & { name: string })[] = [];
  for (let i = 0; i < p.n; i++) {
    const a = p.actors[i] as Actor;
    if (i === p.focal || a.power === null || a.power < MANAGE_CLOSELY_POWER) continue;
    const link = links.get(i) ?? null;
    if (link && isCovering(link)) continue;
    out.push({
      actorId: a.id,
      reason: link ? 'weak' : 'missing',
      power: a.power,
      interest: a.interest,
      best: link,
      name: a.name,
    });
  }
  // Most powerful first, then by name and id.
  out.sort(
    (x, y) =>
      y.power - x.power ||
      collator.compare(x.name, y.name) ||
      (x.actorId < y.actorId ? -1 : x.actorId > y.actorId ? 1 : 0),
  );
  return out.map(({ name: _name, ...rest }) => rest);
}
