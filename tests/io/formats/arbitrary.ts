/**
 * fast-check maps for the format round trips: 0–500 actors, text with Norwegian letters, emoji,
 * quotes, delimiters, line breaks, `|`, backslashes and formula starts. Values a file cannot carry
 * are not generated: blank-only text (a blank cell means "not given"), untrimmed names and tags.
 */
import fc from 'fast-check';
import templateJson from '../../../data/templates/kulturskole.json';
import {
  ACTOR_KINDS,
  type Activity,
  type Actor,
  AGE_GROUPS,
  type AgeGroup,
  type Collaboration,
  CUSTOM_SECTOR,
  CUSTOM_TYPE,
  type MapDocument,
  STATUSES,
  type Strength,
  type Template,
} from '../../../src/domain/types';
import { templateSchema } from '../../../src/schema/schemas';

export const template = templateSchema.parse(templateJson) as Template;

const PIECES = [
  'a',
  'Z',
  'æ',
  'ø',
  'å',
  'Æ',
  'Ø',
  'Å',
  'é',
  '😀',
  '👩‍👧',
  '"',
  "'",
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '|',
  '\\',
  '=',
  '+',
  '-',
  '@',
  ' ',
  '  ',
  '<',
  '>',
  '&',
  '#',
  '1',
  '0',
  'Bibliotek',
  'skole',
  ']]>',
  '&amp;',
];
const raw = (maxLength: number) =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((p) => p.join(''));
/** Free text: empty, or something with a visible character. */
export const text = (maxLength = 8) => raw(maxLength).map((s) => (s.trim() ? s : ''));
const trimmed = (maxLength = 6) => raw(maxLength).map((s) => s.trim());
const nameArb = trimmed(6).map((s) => s || 'Å');
const tagArb = trimmed(4).filter(Boolean);

const CUSTOM_KEYS = [
  'Farge',
  'Kommentar æøå',
  'X',
  'Label',
  'custom:y',
  'size',
  'color',
  'toString',
  '=sum',
];
const customArb = fc.dictionary(fc.constantFrom(...CUSTOM_KEYS), text(5).filter(Boolean), {
  maxKeys: 3,
});
const COLLAB_KEYS = ['Type', 'Label', 'Direction', 'Budsjett', 'From'];
const collabCustomArb = fc.dictionary(fc.constantFrom(...COLLAB_KEYS), text(5).filter(Boolean), {
  maxKeys: 2,
});

const typeRefs = template.sectors.flatMap((s) =>
  s.types.map((t) => ({ sectorId: s.id, typeId: t.id })),
);
const typeArb = fc.oneof(
  fc.constantFrom(...typeRefs),
  fc.constantFrom(CUSTOM_SECTOR, ...template.sectors.map((s) => s.id)).map((sectorId) => ({
    sectorId,
    typeId: CUSTOM_TYPE,
  })),
);
const coord = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
  .map((n) => n || 0);
const day = fc
  .integer({ min: 0, max: 365 * 30 })
  .map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });

const actorArb = fc.record({
  name: nameArb,
  kind: fc.constantFrom(...ACTOR_KINDS),
  type: typeArb,
  description: text(10),
  tags: fc.array(tagArb, { maxLength: 3 }),
  contact: fc.record({ name: text(), role: text(), email: text(), phone: text() }),
  power: score,
  interest: score,
  position: fc.option(fc.record({ x: coord, y: coord, pinned: fc.boolean() }), { nil: null }),
  // In the template's order, as the formats read them back.
  ageGroups: fc.subarray<AgeGroup>([...AGE_GROUPS], { maxLength: 3 }),
  extraTypeIds: fc.subarray(
    typeRefs.map((r) => r.typeId),
    { maxLength: 2 },
  ),
  custom: customArb,
});

const linkArb = fc.record({
  s: fc.nat(),
  t: fc.nat(),
  label: text(),
  purposeIds: fc.subarray(
    template.purposes.map((p) => p.id),
    { maxLength: 3 },
  ),
  strength: fc.constantFrom<Strength>(1, 2, 3),
  status: fc.constantFrom(...STATUSES),
  frequency: text(),
  startDate: fc.option(day, { nil: null }),
  endDate: fc.option(day, { nil: null }),
  responsible: text(),
  notes: text(12),
  nextStep: text(),
  nextStepDate: fc.option(day, { nil: null }),
  custom: collabCustomArb,
});

export const docArbWith = ({ minActors = 0 } = {}): fc.Arbitrary<MapDocument> =>
  fc
    .record({
      name: nameArb,
      actors: fc.array(actorArb, { minLength: minActors, maxLength: 500, size: 'max' }),
      links: fc.array(linkArb, { maxLength: 600, size: 'max' }),
      focal: fc.option(fc.nat(), { nil: null }),
      activities: fc.array(fc.record({ c: fc.nat(), date: day, title: nameArb }), { maxLength: 5 }),
    })
    .map(({ name, actors: specs, links, focal: focalSpec, activities: acts }) => {
      const now = '2026-01-01T00:00:00.000Z';
      const mapId = 'map-1';
      const n = specs.length;
      const focal = focalSpec === null || n === 0 ? null : focalSpec % n;
      const actors: Record<string, Actor> = {};
      specs.forEach((a, i) => {
        const id = `a${i}`;
        const ref = i === focal ? template.focal : a.type;
        actors[id] = {
          ...a,
          sectorId: ref.sectorId,
          typeId: ref.typeId,
          id,
          mapId,
          createdAt: now,
          updatedAt: now,
        } as Actor & { type?: unknown };
        delete (actors[id] as { type?: unknown }).type;
      });
      const collaborations: Record<string, Collaboration> = {};
      if (n >= 2) {
        links.forEach((l, i) => {
          const s = l.s % n;
          const t = l.t % n;
          if (s === t) return;
          const { s: _s, t: _t, ...fields } = l;
          const id = `c${i}`;
          collaborations[id] = {
            ...fields,
            id,
            mapId,
            sourceId: `a${s}`,
            targetId: `a${t}`,
            createdAt: now,
            updatedAt: now,
          };
        });
      }
      const collabIds = Object.keys(collaborations);
      const activities: Record<string, Activity> = {};
      if (collabIds.length) {
        acts.forEach((a, i) => {
          const id = `v${i}`;
          const collaborationId = collabIds[a.c % collabIds.length] as string;
          activities[id] = { id, mapId, collaborationId, date: a.date, title: a.title, note: '' };
        });
      }
      return {
        map: {
          id: mapId,
          name,
          description: '',
          focalActorId: focal === null ? null : `a${focal}`,
          notRelevantTypeIds: [],
          plans: [],
          planLinks: [],
          templateId: template.id,
          createdAt: now,
          updatedAt: now,
        },
        actors,
        collaborations,
        activities,
        views: {},
      };
    });

export const docArb = docArbWith();

/**
 * One map at the upper bound, given to every round trip as an explicit example. The seed gives
 * hundreds of links, an edge from a1 and to a2, and custom fields on the first actor, which the
 * error tests edit (chosen again when the arbitrary gained age groups, roles and next steps).
 */
export const BIG = fc.sample(docArbWith({ minActors: 500 }), {
  numRuns: 1,
  seed: 505,
})[0] as MapDocument;
