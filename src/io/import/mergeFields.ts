/** Field-by-field merge of an incoming record into an existing one, and a plain-data equality. */
import {
  type Actor,
  AGE_GROUPS,
  type Collaboration,
  CUSTOM_SECTOR,
  CUSTOM_TYPE,
} from '../../domain/types';
import type { IncomingActor, IncomingCollaboration } from './types';

const union = (a: readonly string[], b: readonly string[] | undefined) =>
  b ? [...a, ...b.filter((x) => !a.includes(x))] : [...a];

/** Deep equality of plain data, ignoring `updatedAt` and the order of object keys. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => k !== 'updatedAt');
  const kb = Object.keys(b).filter((k) => k !== 'updatedAt');
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && same(ra[k], rb[k]));
}

/**
 * The file wins for every field it gives. A name changes only when matched by id (a name match
 * means the names already agree). A guessed or blank type never replaces a chosen one.
 */
export function mergeActor(existing: Actor, inc: IncomingActor, byId: boolean, now: string): Actor {
  const next: Actor = { ...existing, updatedAt: now };
  if (byId) next.name = inc.name;
  if (inc.kind) next.kind = inc.kind;
  const givesType = inc.typeId !== undefined && inc.sectorId !== undefined;
  const blank = inc.typeId === CUSTOM_TYPE && inc.sectorId === CUSTOM_SECTOR;
  if (givesType && (!inc.typeGuessed || (existing.typeId === CUSTOM_TYPE && !blank))) {
    next.typeId = inc.typeId as string;
    next.sectorId = inc.sectorId as string;
  }
  if (inc.description !== undefined) next.description = inc.description;
  if (inc.power !== undefined) next.power = inc.power;
  if (inc.interest !== undefined) next.interest = inc.interest;
  if (inc.position) next.position = inc.position;
  if (inc.contact) next.contact = { ...existing.contact, ...inc.contact };
  next.tags = union(existing.tags, inc.tags);
  // Added to, like tags: a merge never takes a role or an age group away.
  next.ageGroups = AGE_GROUPS.filter(
    (g) => existing.ageGroups.includes(g) || Boolean(inc.ageGroups?.includes(g)),
  );
  next.extraTypeIds = union(existing.extraTypeIds, inc.extraTypeIds);
  if (inc.custom) next.custom = { ...existing.custom, ...inc.custom };
  return next;
}

export function mergeCollaboration(
  existing: Collaboration,
  inc: IncomingCollaboration,
  now: string,
): Collaboration {
  const next: Collaboration = { ...existing, updatedAt: now };
  for (const key of [
    'label',
    'strength',
    'status',
    'frequency',
    'startDate',
    'endDate',
    'responsible',
    'notes',
    'nextStep',
    'nextStepDate',
  ] as const) {
    const value = inc[key];
    if (value !== undefined) Object.assign(next, { [key]: value });
  }
  next.purposeIds = union(existing.purposeIds, inc.purposeIds);
  if (inc.custom) next.custom = { ...existing.custom, ...inc.custom };
  return next;
}
