/** fast-check generator of valid random maps over the kulturskole template (0–60 actors). */
import fc from 'fast-check';
import templateJson from '../../data/templates/kulturskole.json';
import {
  ACTOR_KINDS,
  type Activity,
  type MapDocument,
  STATUSES,
  type Strength,
  type Template,
} from '../../src/domain/types';
import { templateSchema } from '../../src/schema/schemas';
import { type ActorSpec, activity, buildMap, type LinkSpec } from './build';

export const template = templateSchema.parse(templateJson) as Template;
const typeRefs = template.sectors.flatMap((s) =>
  s.types.map((t) => ({ sectorId: s.id, typeId: t.id })),
);
const purposeIds = template.purposes.map((p) => p.id);
const typeIds = typeRefs.map((t) => t.typeId);
const NAMES = ['Biblioteket', 'Asylmottaket', 'Ås skole', 'Ærfuglen', 'Østre kor', 'NAV', 'ppt'];

const day = fc
  .integer({ min: 0, max: 365 * 12 })
  .map((d) => new Date(Date.UTC(2015, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

const actorArb = fc.record({
  type: fc.option(fc.constantFrom(...typeRefs), { nil: null, freq: 5 }),
  kind: fc.constantFrom(...ACTOR_KINDS),
  name: fc.constantFrom(...NAMES),
  power: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  interest: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  extraTypeIds: fc.subarray(typeIds, { maxLength: 2 }),
});

const linkArb = fc.record({
  s: fc.nat(),
  t: fc.nat(),
  strength: fc.constantFrom<Strength>(1, 2, 3),
  status: fc.constantFrom(...STATUSES),
  purposeIds: fc.subarray(purposeIds, { maxLength: 3 }),
  responsible: fc.constantFrom('', 'Kari', ' kari ', 'Ola', 'Per'),
  startDate: fc.option(day, { nil: null }),
  created: day,
});

type Infer<A> = A extends fc.Arbitrary<infer T> ? T : never;

export interface RawMap {
  /** extraTypeIds and notRelevantTypeIds may be left out: none. */
  actors: (Omit<Infer<typeof actorArb>, 'extraTypeIds'> & { extraTypeIds?: string[] })[];
  links: Infer<typeof linkArb>[];
  activities: { c: number; date: string }[];
  focal: number | null;
  notRelevantTypeIds?: string[];
}

export const rawMapArb: fc.Arbitrary<RawMap> = fc.record({
  actors: fc.array(actorArb, { maxLength: 60, size: 'max' }),
  links: fc.array(linkArb, { maxLength: 150, size: 'max' }),
  activities: fc.array(fc.record({ c: fc.nat(), date: day }), { maxLength: 40, size: 'max' }),
  focal: fc.option(fc.nat(), { nil: null, freq: 6 }),
  notRelevantTypeIds: fc.subarray(typeIds, { maxLength: 4 }),
});

/** A valid map: unique ids, links between two different existing actors, no dangling ids. */
export function toDoc(raw: RawMap): MapDocument {
  const n = raw.actors.length;
  const focal = raw.focal === null || n === 0 ? null : raw.focal % n;
  const actors: ActorSpec[] = raw.actors.map((a, i) => {
    const id = `a${i}`;
    const name = `${a.name} ${i}`;
    if (i === focal) return { id, name, sectorId: 'focal', typeId: 'culture-school' };
    const more = { power: a.power, interest: a.interest, extraTypeIds: a.extraTypeIds ?? [] };
    if (a.kind === 'project' || a.type === null) return { id, name, kind: a.kind, ...more };
    return { id, name, kind: a.kind, ...a.type, ...more };
  });
  const links: LinkSpec[] = [];
  if (n >= 2) {
    raw.links.forEach((l, i) => {
      const s = l.s % n;
      const t = l.t % n;
      if (s === t) return;
      links.push({
        id: `c${i}`,
        a: `a${s}`,
        b: `a${t}`,
        strength: l.strength,
        status: l.status,
        purposeIds: l.purposeIds,
        responsible: l.responsible,
        startDate: l.startDate,
        createdAt: `${l.created}T12:00:00.000Z`,
      });
    });
  }
  const activities: Activity[] =
    links.length === 0
      ? []
      : raw.activities.map((v, i) =>
          activity(`v${i}`, (links[v.c % links.length] as LinkSpec).id, v.date),
        );
  const doc = buildMap(focal === null ? null : `a${focal}`, actors, links, activities);
  return { ...doc, map: { ...doc.map, notRelevantTypeIds: raw.notRelevantTypeIds ?? [] } };
}

export const mapArb = rawMapArb.map(toDoc);
