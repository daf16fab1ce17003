/**
 * Power and interest (docs/gap-analysis.md §5), after Mendelow's grid split at its
 * midpoint: 3 or more is high. An actor whose best link to the focal actor, direct or through a
 * project, is missing or weak (not covering) is flagged:
 * - high power: manage-closely when interest is high, keep-satisfied when low or unknown;
 * - low power and high interest: keep-informed.
 * Actors of unknown power, and the focal actor, are never flagged.
 */
import type { Actor } from '../../domain/types';
import { isCovering } from './coverage';
import { collator, compareIds, type Prepared } from './prepare';
import type { FocalLink, StakeholderAdvice, StakeholderFlag } from './types';

/** Power and interest of 3 or more are high (the grid's midpoint on the 1–5 scale). */
export const HIGH_FROM = 3;

export const ADVICE_ORDER: readonly StakeholderAdvice[] = [
  'manage-closely',
  'keep-satisfied',
  'keep-informed',
];

export function adviceFor(power: number, interest: number | null): StakeholderAdvice | null {
  const highInterest = interest !== null && interest >= HIGH_FROM;
  if (power >= HIGH_FROM) return highInterest ? 'manage-closely' : 'keep-satisfied';
  return highInterest ? 'keep-informed' : null;
}

export function stakeholders(p: Prepared, links: Map<number, FocalLink>): StakeholderFlag[] {
  const out: (StakeholderFlag & { name: string })[] = [];
  for (let i = 0; i < p.n; i++) {
    const a = p.actors[i] as Actor;
    if (i === p.focal || a.power === null) continue;
    const advice = adviceFor(a.power, a.interest);
    if (advice === null) continue;
    const link = links.get(i) ?? null;
    if (link && isCovering(link)) continue;
    out.push({
      actorId: a.id,
      advice,
      reason: link ? 'weak' : 'missing',
      power: a.power,
      interest: a.interest,
      best: link,
      name: a.name,
    });
  }
  out.sort(
    (x, y) =>
      ADVICE_ORDER.indexOf(x.advice) - ADVICE_ORDER.indexOf(y.advice) ||
      y.power - x.power ||
      (y.interest ?? 0) - (x.interest ?? 0) ||
      collator.compare(x.name, y.name) ||
      compareIds(x.actorId, y.actorId),
  );
  return out.map(({ name: _name, ...rest }) => rest);
}
