/**
 * Which two partners may be suggested to work together at all (issue 13, causes (b) and (d)):
 * never the culture school itself (its own gaps come as gap suggestions) nor its owner (the
 * municipal administration is the school's employer, not a partner), never a project (a
 * project is something partners already do together: the review's «Glogerfestspillene –
 * skolekonserter + Kulturhuset» and «barneskole + Innafor» were both a partner next to a project
 * its own partner runs), never a pair with a collaboration of any status, never a pair that meets in a project (both
 * have a collaboration of any status with the same project actor), only compatible age groups,
 * and never a summer-only actor with one that works in school terms.
 *
 * Age groups: an actor's own, else its type's; empty means all ages; two non-empty lists must
 * meet. A template pairing vouches for its two types (kindergarten → primary school is the
 * transition, though 'early-years' and 'children' do not meet), unless an actor has its own list.
 */
import { type Actor, AGE_GROUPS, type AgeGroup } from '../../domain/types';
import { isLinked, type Prepared } from './prepare';

/** Types that work in school terms, closed in the summer holiday. */
export const TERM_TIME_TYPE_IDS: readonly string[] = [
  'school',
  'primary-school',
  'lower-secondary-school',
  'upper-secondary-school',
  'upper-secondary-arts',
];

/**
 * An actor is summer-only when a tag says so ("sommer", "summer", "sommerfestival") or its name
 * names a summer festival. A name merely starting with "Sommer" is no sign ("Sommerfuglen
 * barnehage").
 */
const SUMMER_TAGS = new Set(['sommer', 'summer', 'sommerfestival', 'sommarfestival']);
const SUMMER_NAME = /sommerfestival|sommarfestival|summer festival/i;

export function isSummerOnly(actor: Actor): boolean {
  return (
    actor.tags.some((tag) => SUMMER_TAGS.has(tag.trim().toLocaleLowerCase('nb'))) ||
    SUMMER_NAME.test(actor.name)
  );
}

export function ageBits(groups: readonly AgeGroup[]): number {
  let m = 0;
  for (const g of groups) {
    const i = AGE_GROUPS.indexOf(g);
    if (i >= 0) m |= 1 << i;
  }
  return m;
}

export interface PairRules {
  /** The actor's age groups, else its type's; 0 = all ages. */
  ageMask: Uint8Array;
  /** 1 when the actor has age groups of its own. */
  ownAges: Uint8Array;
  summerOnly: Uint8Array;
  termTime: Uint8Array;
  project: Uint8Array;
  /** Actors of an owner type (the municipal administration). */
  owner: Uint8Array;
  /** Project actors each actor has a collaboration with (any status); empty for most. */
  projectsOf: number[][];
}

export function pairRules(p: Prepared): PairRules {
  const { n } = p;
  const ageMask = new Uint8Array(n);
  const ownAges = new Uint8Array(n);
  const summerOnly = new Uint8Array(n);
  const termTime = new Uint8Array(n);
  const project = new Uint8Array(n);
  const owner = new Uint8Array(n);
  const term = new Set(TERM_TIME_TYPE_IDS);
  for (let i = 0; i < n; i++) {
    const a = p.actors[i] as Actor;
    const t = p.actorType[i] as number;
    const own = ageBits(a.ageGroups ?? []);
    ageMask[i] = own !== 0 ? own : t >= 0 ? ageBits(p.types[t]?.type.ageGroups ?? []) : 0;
    if (own !== 0) ownAges[i] = 1;
    if (isSummerOnly(a)) summerOnly[i] = 1;
    if (term.has(a.typeId) || (a.extraTypeIds ?? []).some((id) => term.has(id))) termTime[i] = 1;
    if (a.kind === 'project') project[i] = 1;
    if (t >= 0 && p.types[t]?.type.owner) owner[i] = 1;
  }
  const projectsOf: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let k = p.linkOffsets[i] as number; k < (p.linkOffsets[i + 1] as number); k++) {
      const w = p.linkNeighbours[k] as number;
      if (project[w] === 1) projectsOf[i]?.push(w);
    }
  }
  return { ageMask, ownAges, summerOnly, termTime, project, owner, projectsOf };
}

/** Two non-empty age-group lists must meet; an empty one means all ages. */
export function agesMeet(a: number, b: number): boolean {
  return a === 0 || b === 0 || (a & b) !== 0;
}

function meetInProject(p: Prepared, r: PairRules, u: number, v: number): boolean {
  const mine = r.projectsOf[u] ?? [];
  for (const w of mine) if (isLinked(p, w, v)) return true;
  return false;
}

/** `pairing`: the two actors' types are a template pairing. */
export function mayPair(
  p: Prepared,
  r: PairRules,
  u: number,
  v: number,
  pairing: boolean,
): boolean {
  if (u === v || u === p.focal || v === p.focal) return false;
  if (r.project[u] === 1 || r.project[v] === 1) return false;
  if (r.owner[u] === 1 || r.owner[v] === 1) return false;
  const vouched = pairing && r.ownAges[u] === 0 && r.ownAges[v] === 0;
  if (!vouched && !agesMeet(r.ageMask[u] as number, r.ageMask[v] as number)) return false;
  if (r.summerOnly[u] === 1 && r.termTime[v] === 1) return false;
  if (r.summerOnly[v] === 1 && r.termTime[u] === 1) return false;
  if (isLinked(p, u, v)) return false;
  return !meetInProject(p, r, u, v);
}
