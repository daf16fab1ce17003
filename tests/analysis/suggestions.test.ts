import { describe, expect, it } from 'vitest';
import templateJson from '../../data/templates/kulturskole.json';
import {
  analyse,
  explainSuggestion,
  HUB_DEGREE_CAP,
  inRunningText,
  joinList,
  type Suggestion,
} from '../../src/analysis/gap';
import type { Template } from '../../src/domain/types';
import { templateSchema } from '../../src/schema/schemas';
import { buildMap, type LinkSpec, SCHOOL } from './build';

const template = templateSchema.parse(templateJson) as Template;

//        F (Kulturskolen)     R (Røde Kors)     X (Frivilligsentralen)
//           \      /             \      /           \        /
//            B    A               B    A             B      A
// B = Biblioteket (library), A = Asylmottaket (asylum-centre); each of F, R, X works with both.
// N = Norsksenteret (adult-education) has no collaboration yet.
const actors = [
  SCHOOL,
  { id: 'B', name: 'Biblioteket', sectorId: 'culture', typeId: 'library' },
  { id: 'A', name: 'Asylmottaket', sectorId: 'integration', typeId: 'asylum-centre' },
  { id: 'R', name: 'Røde Kors', sectorId: 'integration', typeId: 'humanitarian' },
  { id: 'X', name: 'Frivilligsentralen', sectorId: 'voluntary', typeId: 'volunteer-centre' },
  { id: 'N', name: 'Norsksenteret', sectorId: 'integration', typeId: 'adult-education' },
];
const links: LinkSpec[] = [
  { id: 'fb', a: 'F', b: 'B', purposeIds: ['inclusion'] },
  { id: 'fa', a: 'F', b: 'A', purposeIds: ['inclusion'] },
  { id: 'rb', a: 'R', b: 'B', purposeIds: ['inclusion'] },
  { id: 'ra', a: 'R', b: 'A', purposeIds: ['inclusion'] },
  { id: 'xb', a: 'X', b: 'B', purposeIds: ['lifelong'] },
  { id: 'xa', a: 'X', b: 'A', purposeIds: ['inclusion'] },
];
const pairs = (list: Suggestion[]) => list.map((s) => [s.sourceId, s.targetId]);

describe('suggested collaborations', () => {
  const nb = analyse(buildMap('F', actors, links), template, '2026-06-01', 'nb');

  it('ranks by Adamic–Adar + pairing bonus + shared purposes, ties by names', () => {
    // Degrees: F, R, X 2; B, A 3. Purposes of existing links: F, R {inclusion};
    // X, B {inclusion, lifelong}; A {inclusion}; N none.
    // A–B: common F, R, X (deg 2 each): 3/ln 2 = 4.328085; share inclusion: +0.25.
    // X–R, F–X, F–R: common B, A (deg 3): 2/ln 3 = 1.820478; each shares inclusion: +0.25.
    //   Ties, by source name: Frivilligsentralen < Kulturskolen (the focal actor is always the
    //   source of its own suggestions); then by target: Frivilligsentralen < Røde Kors.
    // B–N: not within two hops, but library ↔ adult-education is a template pairing: +1.
    // F–N (recommended type, no link): no common partner, no shared purpose → score 0, left out.
    expect(pairs(nb.suggestions)).toEqual([
      ['A', 'B'],
      ['X', 'R'],
      ['F', 'X'],
      ['F', 'R'],
      ['B', 'N'],
    ]);
    const aa3 = 3 / Math.log(2);
    const aa2 = 2 / Math.log(3);
    expect(nb.suggestions.map((s) => s.score)).toEqual(
      [aa3 + 0.25, aa2 + 0.25, aa2 + 0.25, aa2 + 0.25, 1].map((x) => Math.round(x * 1e9) / 1e9),
    );
    expect(nb.suggestions[0]?.reasons).toEqual({
      commonNeighbours: ['Frivilligsentralen', 'Kulturskolen', 'Røde Kors'],
      commonNeighbourIds: ['X', 'F', 'R'],
      pairing: null,
      sharedPurposeIds: ['inclusion'],
    });
    expect(nb.suggestions[4]?.reasons).toEqual({
      commonNeighbours: [],
      commonNeighbourIds: [],
      pairing: { purposeIds: ['inclusion'], example: null },
      sharedPurposeIds: [],
    });
  });

  it('explains each suggestion in nb', () => {
    expect(nb.suggestions.map((s) => s.explanation)).toEqual([
      'Asylmottaket og Biblioteket deler 3 partnere og arbeider begge med inkludering og integrering.',
      'Frivilligsentralen og Røde Kors deler 2 partnere og arbeider begge med inkludering og integrering.',
      'Kulturskolen og Frivilligsentralen deler 2 partnere og arbeider begge med inkludering og integrering.',
      'Kulturskolen og Røde Kors deler 2 partnere og arbeider begge med inkludering og integrering.',
      'Biblioteket og Norsksenteret er et naturlig par for inkludering og integrering.',
    ]);
  });

  it('explains each suggestion in en', () => {
    const en = analyse(buildMap('F', actors, links), template, '2026-06-01', 'en');
    expect(en.suggestions.map((s) => s.explanation)).toEqual([
      'Asylmottaket and Biblioteket share 3 partners and both work on inclusion & integration.',
      'Frivilligsentralen and Røde Kors share 2 partners and both work on inclusion & integration.',
      'Kulturskolen and Frivilligsentralen share 2 partners and both work on inclusion & integration.',
      'Kulturskolen and Røde Kors share 2 partners and both work on inclusion & integration.',
      'Biblioteket and Norsksenteret are a natural pairing for inclusion & integration.',
    ]);
  });

  it('returns the top N', () => {
    const two = analyse(buildMap('F', actors, links), template, '2026-06-01', 'nb', {
      maxSuggestions: 2,
    });
    expect(pairs(two.suggestions)).toEqual([
      ['A', 'B'],
      ['X', 'R'],
    ]);
  });

  it('never suggests a pair that has any collaboration, even an ended one', () => {
    const more = [...links, { id: 'xr', a: 'X', b: 'R', status: 'ended' as const }];
    const a = analyse(buildMap('F', actors, more), template, '2026-06-01', 'nb');
    expect(pairs(a.suggestions)).not.toContainEqual(['X', 'R']);
    // The ended link is no link for the graph: the other scores are unchanged.
    expect(pairs(a.suggestions)).toEqual([
      ['A', 'B'],
      ['F', 'X'],
      ['F', 'R'],
      ['B', 'N'],
    ]);
  });

  it('never suggests two actors that already work together in a project, nor two projects', () => {
    const doc = buildMap(
      'F',
      [
        SCHOOL,
        { id: 'P', name: 'Sangskattekista', kind: 'project' },
        { id: 'Q', name: 'Kom deg ut-dag', kind: 'project' },
        { id: 'K', name: 'Eksempel barnehage', typeId: 'kindergarten' },
        { id: 'S', name: 'Eksempel skole', typeId: 'primary-school' },
        { id: 'T', name: 'Turistforeningen', typeId: 'trekking' },
      ],
      [
        { id: 'fp', a: 'F', b: 'P', purposeIds: ['childhood'] },
        { id: 'pk', a: 'P', b: 'K', purposeIds: ['childhood'] },
        { id: 'ps', a: 'P', b: 'S', purposeIds: ['childhood'] },
        { id: 'fq', a: 'F', b: 'Q', purposeIds: ['health'] },
        { id: 'qt', a: 'Q', b: 'T', purposeIds: ['health'] },
      ],
    );
    const a = analyse(doc, template, '2026-06-01', 'nb');
    // Two hops apart, all left out: K–S, F–K, F–S share project P; F–T shares Q; P–Q (through F)
    // are two projects. Left: school ↔ trekking, a template pairing four hops apart: score 1
    // (S's purposes {childhood} and T's {health} have nothing in common).
    expect(pairs(a.suggestions)).toEqual([['S', 'T']]);
    expect(a.suggestions[0]?.score).toBe(1);
    expect(a.suggestions[0]?.explanation).toBe(
      'Eksempel skole og Turistforeningen er et naturlig par for helse og livsmestring (Kom deg ut-dag).',
    );
  });

  it('is the same whatever the order of the records', () => {
    const reversed = buildMap('F', [...actors].reverse(), [...links].reverse());
    expect(analyse(reversed, template, '2026-06-01', 'nb').suggestions).toEqual(nb.suggestions);
  });
});

describe('explanation sentences', () => {
  it('joins lists and lower-cases labels for running text', () => {
    expect(joinList(['a'], 'nb')).toBe('a');
    expect(joinList(['a', 'b'], 'nb')).toBe('a og b');
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(joinList(['bredde og rekruttering', 'livsløp'], 'nb')).toBe(
      'bredde og rekruttering samt livsløp',
    );
    expect(joinList(['a', 'b', 'c', 'd', 'e'], 'nb')).toBe('a, b, c og 2 andre formål');
    expect(inRunningText('Inkludering og integrering', 'nb')).toBe('inkludering og integrering');
    expect(inRunningText('DKS-samarbeid', 'nb')).toBe('DKS-samarbeid');
  });

  it('adds the pairing and its example as a second sentence', () => {
    const words = {
      sourceName: 'Eksempel barnehage',
      targetName: 'Haugen skole',
      commonCount: 1,
      sharedPurposeLabels: [],
      pairingPurposeLabels: ['Helhetlig oppvekst'],
      pairingExample: 'Sangskattekista',
    };
    expect(explainSuggestion(words, 'nb')).toBe(
      'Eksempel barnehage og Haugen skole deler én partner. De er et naturlig par for helhetlig oppvekst (Sangskattekista).',
    );
    expect(
      explainSuggestion({ ...words, pairingPurposeLabels: ['Joined-up childhood services'] }, 'en'),
    ).toBe(
      'Eksempel barnehage and Haugen skole share 1 partner. They are a natural pairing for joined-up childhood services (Sangskattekista).',
    );
  });
});

describe('hub cap', () => {
  it(`does not walk through an actor with more than ${HUB_DEGREE_CAP} partners`, () => {
    // H links 501 leaves and the school: degree 502 > 500. Leaf pairs share only H, so they are
    // no candidates; the school reaches each leaf through H, so those are candidates without an
    // Adamic–Adar term: score = 0.25 for the shared purpose (inclusion), ties by leaf name.
    const leaves = Array.from({ length: 501 }, (_, i) => ({
      id: `L${i}`,
      name: `Lag ${String(i).padStart(3, '0')}`,
    }));
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'H', name: 'Hub' }, ...leaves],
      [
        { id: 'fh', a: 'F', b: 'H', purposeIds: ['inclusion'] },
        ...leaves.map((l) => ({ id: `h-${l.id}`, a: 'H', b: l.id, purposeIds: ['inclusion'] })),
      ],
    );
    const s = analyse(doc, template, '2026-06-01', 'nb').suggestions;
    expect(pairs(s)).toEqual(Array.from({ length: 10 }, (_, i) => ['F', `L${i}`]));
    expect(s[0]).toMatchObject({ score: 0.25, adamicAdar: 0 });
    // The sentence still tells the truth: they share the hub.
    expect(s[0]?.reasons.commonNeighbours).toEqual(['Hub']);
  });

  it('still treats a project with more than the cap of participants as a shared project', () => {
    // P is a project with 501 participants and the school. L0 and L1 also share M, so they are
    // two hops apart through M; but they already work together in P, so they are no candidate.
    // What is left: M and the project itself share L0 and L1 (degree 2 each): 2/ln 2.
    const leaves = Array.from({ length: 501 }, (_, i) => ({ id: `L${i}` }));
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'P', name: 'Storprosjektet', kind: 'project' }, { id: 'M' }, ...leaves],
      [
        { id: 'fp', a: 'F', b: 'P' },
        ...leaves.map((l) => ({ id: `p-${l.id}`, a: 'P', b: l.id })),
        { id: 'm0', a: 'M', b: 'L0' },
        { id: 'm1', a: 'M', b: 'L1' },
      ],
    );
    const s = analyse(doc, template, '2026-06-01', 'nb').suggestions;
    expect(pairs(s)).toEqual([['M', 'P']]);
    expect(s[0]?.adamicAdar).toBe(Math.round((2 / Math.log(2)) * 1e9) / 1e9);
  });
});
