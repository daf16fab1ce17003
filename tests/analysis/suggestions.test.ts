import { describe, expect, it } from 'vitest';
import {
  analyse,
  type GapAnalysis,
  type GapSuggestion,
  HUB_DEGREE_CAP,
  type PairSuggestion,
} from '../../src/analysis/gap';
import type { Actor, MapDocument } from '../../src/domain/types';
import { type ActorSpec, buildMap, type LinkSpec, SCHOOL } from './build';
import { suggestionTemplate as template } from './suggestionsTemplate';

const TODAY = '2026-06-01';
const run = (doc: MapDocument, maxSuggestions = 10) =>
  analyse(doc, template, TODAY, { maxSuggestions });
const pairSuggestions = (a: GapAnalysis) =>
  a.suggestions.filter((s): s is PairSuggestion => s.kind === 'pair');
const gapSuggestions = (a: GapAnalysis) =>
  a.suggestions.filter((s): s is GapSuggestion => s.kind === 'gap');
const pairs = (a: GapAnalysis) => pairSuggestions(a).map((s) => [s.sourceId, s.targetId]);

/** buildMap, then fields the builder has no option for (age groups, tags). */
function mapWith(
  actors: ActorSpec[],
  links: LinkSpec[],
  patches: Record<string, Partial<Actor>> = {},
): MapDocument {
  const doc = buildMap('F', actors, links);
  for (const [id, patch] of Object.entries(patches)) {
    doc.actors[id] = { ...(doc.actors[id] as Actor), ...patch };
  }
  return doc;
}

describe('pairs of partners', () => {
  // F (the school) works with B and A; R and X each work with both B and A.
  const actors: ActorSpec[] = [
    SCHOOL,
    { id: 'B', name: 'Biblioteket', sectorId: 'culture', typeId: 'library' },
    { id: 'A', name: 'Asylmottaket' },
    { id: 'R', name: 'Røde Kors' },
    { id: 'X', name: 'Frivilligsentralen' },
  ];
  const links: LinkSpec[] = [
    { id: 'fb', a: 'F', b: 'B', purposeIds: ['inclusion', 'childhood'] },
    { id: 'fa', a: 'F', b: 'A', purposeIds: ['childhood'] },
    { id: 'rb', a: 'R', b: 'B', purposeIds: ['inclusion'] },
    { id: 'ra', a: 'R', b: 'A', purposeIds: ['inclusion'] },
    { id: 'xb', a: 'X', b: 'B', purposeIds: ['childhood'] },
    { id: 'xa', a: 'X', b: 'A', purposeIds: ['inclusion'] },
  ];
  const a = run(buildMap('F', actors, links));

  it('scores Adamic–Adar over partners other than the school, never pairs the school', () => {
    // A–B: common R, X (degree 2 each; F is left out): 2/ln 2, shared purpose inclusion +0.25.
    // R–X: common B, A (degree 3): 2/ln 3, shared inclusion +0.25 (source by name: X < R).
    expect(pairs(a)).toEqual([
      ['A', 'B'],
      ['X', 'R'],
    ]);
    expect(pairSuggestions(a).map((s) => s.score)).toEqual(
      [2 / Math.log(2) + 0.25, 2 / Math.log(3) + 0.25].map((x) => Math.round(x * 1e9) / 1e9),
    );
  });

  it('gives structured reasons, without the school and without its purposes', () => {
    // A's own purposes (without F) are {inclusion}: F–A's "childhood" is the school's, not A's.
    expect(pairSuggestions(a)[0]?.reasons).toEqual({
      commonNeighbourIds: ['X', 'R'],
      pairing: null,
      sharedPurposeIds: ['inclusion'],
      viaSchoolOnly: false,
    });
  });

  it("never pairs the school's owner", () => {
    // O (administration, the owner) would share R and X with A and B.
    const withOwner = buildMap(
      'F',
      [...actors, { id: 'O', name: 'Kommunalsjefen', typeId: 'administration' }],
      [...links, { id: 'ro', a: 'R', b: 'O' }, { id: 'xo', a: 'X', b: 'O' }],
    );
    expect(pairs(run(withOwner)).flat()).not.toContain('O');
    expect(pairs(run(withOwner))).toContainEqual(['A', 'B']);
  });

  it('is the same whatever the order of the records', () => {
    const reversed = buildMap('F', [...actors].reverse(), [...links].reverse());
    expect(run(reversed).suggestions).toEqual(a.suggestions);
  });
});

describe('age groups', () => {
  // B (library, all ages) works with a kindergarten, a primary and a lower-secondary school.
  const actors: ActorSpec[] = [
    SCHOOL,
    { id: 'B', name: 'Biblioteket', typeId: 'library' },
    { id: 'K', name: 'Eksempel barnehage', typeId: 'kindergarten' },
    { id: 'S', name: 'Eksempel barneskole', typeId: 'primary-school' },
    { id: 'U', name: 'Nordby ungdomsskole', typeId: 'lower-secondary-school' },
  ];
  const links: LinkSpec[] = [
    { id: 'bk', a: 'B', b: 'K' },
    { id: 'bs', a: 'B', b: 'S' },
    { id: 'bu', a: 'B', b: 'U' },
  ];

  it('keeps a kindergarten from a lower-secondary school, and pairs it with a primary school', () => {
    // K–U: early-years and youth do not meet. S–U: children and youth do not meet. K–S: the
    // template pairs kindergartens with primary schools (the move to school), which vouches.
    expect(pairs(run(mapWith(actors, links)))).toEqual([['K', 'S']]);
  });

  it("uses the actor's own age groups before its type's", () => {
    const doc = mapWith(actors, links, {
      S: { ageGroups: ['children'] }, // its own list: the pairing no longer vouches
      U: { ageGroups: ['children', 'youth'] }, // a 1–10 school
    });
    expect(pairs(run(doc))).toEqual([['S', 'U']]);
  });
});

describe('pairs that already work together', () => {
  const actors: ActorSpec[] = [
    SCHOOL,
    { id: 'P', name: 'Sangskattekista', kind: 'project' },
    { id: 'B', name: 'Biblioteket', typeId: 'library' },
    { id: 'K', name: 'Eksempel barnehage', typeId: 'kindergarten' },
    { id: 'S', name: 'Eksempel barneskole', typeId: 'primary-school' },
  ];
  const shared: LinkSpec[] = [
    { id: 'bk', a: 'B', b: 'K' },
    { id: 'bs', a: 'B', b: 'S' },
  ];

  it('suggests the pair when nothing joins them yet (control)', () => {
    expect(pairs(run(mapWith(actors, shared)))).toContainEqual(['K', 'S']);
  });

  it('never suggests a project: it is something partners already do together', () => {
    // P runs with K; B works with K, so P and B are two hops apart, but P is a project.
    const doc = mapWith(actors, [...shared, { id: 'pk', a: 'P', b: 'K' }]);
    expect(pairs(run(doc)).flat()).not.toContain('P');
    expect(pairs(run(doc))).toContainEqual(['K', 'S']); // the pair is not cut by P's presence
  });

  it('never suggests a pair that meets in a project, whatever the status of its links', () => {
    for (const status of ['active', 'idea', 'ended'] as const) {
      const doc = mapWith(actors, [
        ...shared,
        { id: 'pk', a: 'P', b: 'K' },
        { id: 'ps', a: 'P', b: 'S', status },
      ]);
      expect(pairs(run(doc))).not.toContainEqual(['K', 'S']);
    }
  });

  it('never suggests a pair with a collaboration of any status, even an ended one', () => {
    const doc = mapWith(actors, [...shared, { id: 'ks', a: 'K', b: 'S', status: 'ended' }]);
    expect(pairs(run(doc))).not.toContainEqual(['K', 'S']);
  });
});

describe('the school as the only shared partner', () => {
  const actors: ActorSpec[] = [
    SCHOOL,
    { id: 'K', name: 'Eksempel barnehage', typeId: 'kindergarten' },
    { id: 'S', name: 'Eksempel barneskole', typeId: 'primary-school' },
    { id: 'M', name: 'Eksempel museum', typeId: 'museum' },
  ];
  const links: LinkSpec[] = [
    { id: 'fk', a: 'F', b: 'K' },
    { id: 'fs', a: 'F', b: 'S' },
    { id: 'fm', a: 'F', b: 'M' },
  ];

  it('is a reason only with a template pairing, and then says so', () => {
    const a = run(mapWith(actors, links));
    // K–M and S–M share only the school and are no template pairing: not suggested.
    expect(pairs(a)).toEqual([['K', 'S']]);
    expect(pairSuggestions(a)[0]).toMatchObject({
      score: 1,
      adamicAdar: 0,
      reasons: {
        commonNeighbourIds: [],
        pairing: {
          purposeIds: ['childhood'],
          example: expect.objectContaining({ nb: 'Sangskattekista' }),
        },
        sharedPurposeIds: [],
        viaSchoolOnly: true,
      },
    });
  });

  it('is not claimed when the pair does not share the school either', () => {
    const a = run(mapWith(actors, [{ id: 'fk', a: 'F', b: 'K' }]));
    expect(pairSuggestions(a)[0]?.reasons.viaSchoolOnly).toBe(false);
  });
});

describe('summer festivals', () => {
  const actors: ActorSpec[] = [
    SCHOOL,
    { id: 'S', name: 'Eksempel barneskole', typeId: 'primary-school' },
    { id: 'J', name: 'Jazzevidence', typeId: 'festival' },
    { id: 'W', name: 'Fjord sommerfestival', typeId: 'festival' },
    { id: 'G', name: 'Glogerfestspillene', typeId: 'festival' },
  ];

  it('are never paired with a school, known by a tag or by the name', () => {
    const doc = mapWith(actors, [], { J: { tags: ['Sommer'] } });
    // primary-school ↔ festival is a template pairing: only the festival that is not a summer
    // festival is suggested.
    expect(pairs(run(doc))).toEqual([['S', 'G']]);
  });
});

describe('gap suggestions', () => {
  // O: the owner (never a partner). P: politicians, power 5, weakly linked. C: the county, in
  // the map with DKS as an extra role but no link. L: library, covered. Festivals: not relevant.
  const actors: ActorSpec[] = [
    SCHOOL,
    { id: 'O', name: 'Kommunalsjefen', typeId: 'administration' },
    { id: 'P', name: 'Ordføreren', typeId: 'politicians', power: 5 },
    { id: 'C', name: 'Fylkeskommunen', extraTypeIds: ['dks'], power: 4 },
    { id: 'L', name: 'Biblioteket', typeId: 'library' },
  ];
  const links: LinkSpec[] = [
    { id: 'fo', a: 'F', b: 'O', strength: 1 },
    { id: 'fp', a: 'F', b: 'P', strength: 1 },
    { id: 'fl', a: 'F', b: 'L', strength: 3 },
  ];
  const doc = mapWith(actors, links);
  doc.map = { ...doc.map, notRelevantTypeIds: ['festival'] };

  it('come first: missing and weak core and recommended types, weight × gap × power', () => {
    const a = run(doc);
    expect(
      gapSuggestions(a).map((s) => [s.typeId, s.action, s.actorIds, Math.round(s.score * 1e3)]),
    ).toEqual([
      // The factors of "what to do now": missing 1, unconnected 0.75, weak 0.5; power / 5.
      ['kindergarten', 'find', [], 1800], // 3 × 1 × 3/5
      ['primary-school', 'find', [], 1800],
      ['lower-secondary-school', 'find', [], 1800],
      ['politicians', 'strengthen', ['P'], 1500], // 3 × 0.5 × 5/5
      ['dks', 'connect', ['C'], 1200], // 2 × 0.75 × 4/5, through C's extra role
    ]);
    // Never the owner, a covered type, an optional type (museum) or a type not relevant here.
    const typeIds = gapSuggestions(a).map((s) => s.typeId);
    for (const id of ['administration', 'library', 'museum', 'festival']) {
      expect(typeIds).not.toContain(id);
    }
  });

  it('leave room for pairs, which always follow them', () => {
    const more = mapWith(
      [...actors, { id: 'X', name: 'Korpset' }, { id: 'Y', name: 'Koret' }],
      [...links, { id: 'lx', a: 'L', b: 'X' }, { id: 'ly', a: 'L', b: 'Y' }],
    );
    more.map = { ...more.map, notRelevantTypeIds: ['festival'] };
    const a = run(more, 4);
    // At most 60 % of four (three) are gap suggestions; the pair X–Y fills the fourth place.
    expect(a.suggestions.map((s) => s.kind)).toEqual(['gap', 'gap', 'gap', 'pair']);
    expect(pairs(a)).toEqual([['Y', 'X']]);
  });

  it('are none without a focal actor', () => {
    const a = analyse({ ...doc, map: { ...doc.map, focalActorId: null } }, template, TODAY);
    expect(gapSuggestions(a)).toEqual([]);
  });
});

describe('hub cap', () => {
  it(`does not walk through an actor with more than ${HUB_DEGREE_CAP} partners`, () => {
    // H links 501 leaves: leaf pairs that share only H are no candidates. L0 and L1 also share M,
    // so they are one, with M's term alone (1/ln 2); the reasons still name both partners. H and
    // M share L0 and L1 (degree 2 each): 2/ln 2, first.
    const leaves = Array.from({ length: 501 }, (_, i) => ({ id: `L${i}`, name: `Lag ${i}` }));
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'H', name: 'Hub' }, { id: 'M', name: 'Midt' }, ...leaves],
      [
        ...leaves.map((l) => ({ id: `h-${l.id}`, a: 'H', b: l.id })),
        { id: 'm0', a: 'M', b: 'L0' },
        { id: 'm1', a: 'M', b: 'L1' },
      ],
    );
    const s = pairSuggestions(run(doc));
    expect(s.map((x) => [x.sourceId, x.targetId])).toEqual([
      ['H', 'M'],
      ['L0', 'L1'],
    ]);
    expect(s[1]?.adamicAdar).toBe(Math.round((1 / Math.log(2)) * 1e9) / 1e9);
    expect(s[1]?.reasons.commonNeighbourIds).toEqual(['H', 'M']);
  });
});
