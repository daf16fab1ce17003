import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/gap';
import { miniTemplate } from '../fixtures/miniTemplate';
import { buildMap, SCHOOL } from './build';

// miniTemplate: education = kindergarten (core, 3) + school (core, 3);
//               culture   = library (core, 3) + festival (recommended, 2). Σ weight = 11.
const TODAY = '2026-06-01';
const run = (doc: ReturnType<typeof buildMap>) => analyse(doc, miniTemplate, TODAY);
const typeOf = (a: ReturnType<typeof run>, typeId: string) => {
  const t = a.types.find((x) => x.typeId === typeId);
  if (!t) throw new Error(`no type ${typeId}`);
  return t;
};

describe('type coverage: one status per type', () => {
  const doc = buildMap(
    'F',
    [
      SCHOOL,
      { id: 'K', name: 'Eksempel barnehage', typeId: 'kindergarten' },
      { id: 'S', name: 'Haugen skole', typeId: 'primary-school' },
      { id: 'L', name: 'Biblioteket', typeId: 'library' },
      // no festival at all
    ],
    [
      { id: 'c1', a: 'F', b: 'K', strength: 2, status: 'active' }, // active, 2 → covered
      { id: 'c2', a: 'S', b: 'F', strength: 1, status: 'active' }, // strength 1 → weak
      { id: 'c3', a: 'F', b: 'L', strength: 3, status: 'ended' }, // ended → no link
    ],
  );
  const a = run(doc);

  it('covered, weak, unconnected and missing', () => {
    expect(typeOf(a, 'kindergarten').status).toBe('covered');
    expect(typeOf(a, 'primary-school').status).toBe('weak');
    expect(typeOf(a, 'library').status).toBe('unconnected');
    expect(typeOf(a, 'festival').status).toBe('missing');
  });

  it('lists the actors concerned and the best link', () => {
    const k = typeOf(a, 'kindergarten');
    expect(k.actorIds).toEqual(['K']);
    expect(k.coveringActorIds).toEqual(['K']);
    expect(k.best).toEqual({
      actorId: 'K',
      strength: 2,
      status: 'active',
      viaProjectId: null,
      collaborationIds: ['c1'],
      stale: false,
    });
    const l = typeOf(a, 'library');
    expect(l.actorIds).toEqual(['L']);
    expect(l.linkedActorIds).toEqual([]);
    expect(l.best).toBeNull();
    expect(typeOf(a, 'festival').actorIds).toEqual([]);
  });

  it('scores Σ weight·covered / Σ weight, overall and per sector', () => {
    // Only kindergarten (3) is covered: 3 / (3 + 3 + 3 + 2) = 3/11.
    expect(a.score).toBeCloseTo(3 / 11, 12);
    expect(a.weightCovered).toBe(3);
    expect(a.weightTotal).toBe(11);
    // education: 3 / (3 + 3) = 0.5; culture: 0 / (3 + 2) = 0.
    expect(a.sectorScores).toEqual([
      { sectorId: 'education', score: 0.5, weightCovered: 3, weightTotal: 6 },
      { sectorId: 'culture', score: 0, weightCovered: 0, weightTotal: 5 },
    ]);
  });
});

describe('weak: linked, but no link active, of strength ≥ 2 and fresh', () => {
  it.each([
    ['idea', 3],
    ['planned', 3],
    ['paused', 2],
    ['active', 1],
  ] as const)('%s, strength %i is weak', (status, strength) => {
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'L', typeId: 'library' }],
      [{ id: 'c1', a: 'F', b: 'L', status, strength }],
    );
    const lib = typeOf(run(doc), 'library');
    expect(lib.status).toBe('weak');
    expect(lib.linkedActorIds).toEqual(['L']);
  });

  it('one covering actor is enough, whatever the others', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'S1', typeId: 'primary-school' }, { id: 'S2', typeId: 'primary-school' }],
      [
        { id: 'c1', a: 'F', b: 'S1', status: 'idea', strength: 1 },
        { id: 'c2', a: 'F', b: 'S2', status: 'active', strength: 3 },
      ],
    );
    const s = typeOf(run(doc), 'primary-school');
    expect(s.status).toBe('covered');
    expect(s.linkedActorIds).toEqual(['S1', 'S2']);
    expect(s.coveringActorIds).toEqual(['S2']);
    expect(s.best?.collaborationIds).toEqual(['c2']);
  });
});

describe('links through a shared project', () => {
  const project = { id: 'P', name: 'Sangskattekista', kind: 'project' as const };

  it('covers a type when both legs are active and the weaker is strength ≥ 2', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, project, { id: 'K', typeId: 'kindergarten' }],
      [
        { id: 'leg1', a: 'F', b: 'P', strength: 3, status: 'active' },
        { id: 'leg2', a: 'P', b: 'K', strength: 2, status: 'active' },
      ],
    );
    const k = typeOf(run(doc), 'kindergarten');
    expect(k.status).toBe('covered');
    // The weaker leg: min(3, 2) = 2; the less active status: active.
    expect(k.best).toEqual({
      actorId: 'K',
      strength: 2,
      status: 'active',
      viaProjectId: 'P',
      collaborationIds: ['leg1', 'leg2'],
      stale: false,
    });
  });

  it('takes the weaker strength of the two legs', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, project, { id: 'K', typeId: 'kindergarten' }],
      [
        { id: 'leg1', a: 'F', b: 'P', strength: 1, status: 'active' },
        { id: 'leg2', a: 'K', b: 'P', strength: 3, status: 'active' },
      ],
    );
    const k = typeOf(run(doc), 'kindergarten');
    expect(k.status).toBe('weak');
    expect(k.best?.strength).toBe(1);
  });

  it('takes the less active status of the two legs (active > paused > planned > idea)', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, project, { id: 'S', typeId: 'primary-school' }],
      [
        { id: 'leg1', a: 'F', b: 'P', strength: 3, status: 'paused' },
        { id: 'leg2', a: 'P', b: 'S', strength: 3, status: 'planned' },
      ],
    );
    const s = typeOf(run(doc), 'primary-school');
    expect(s.status).toBe('weak');
    expect(s.best?.status).toBe('planned');
  });

  it('an ended leg means no link at all', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, project, { id: 'L', typeId: 'library' }],
      [
        { id: 'leg1', a: 'F', b: 'P', strength: 3, status: 'ended' },
        { id: 'leg2', a: 'P', b: 'L', strength: 3, status: 'active' },
      ],
    );
    expect(typeOf(run(doc), 'library').status).toBe('unconnected');
  });

  it('only projects carry links: a shared partner that is no project does not', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'X', name: 'Kommunalsjefen' }, { id: 'L', typeId: 'library' }],
      [
        { id: 'c1', a: 'F', b: 'X', strength: 3 },
        { id: 'c2', a: 'X', b: 'L', strength: 3 },
      ],
    );
    expect(typeOf(run(doc), 'library').status).toBe('unconnected');
  });

  it('prefers the covering path over a weak direct link', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, project, { id: 'K', typeId: 'kindergarten' }],
      [
        { id: 'direct', a: 'F', b: 'K', strength: 1, status: 'active' },
        { id: 'leg1', a: 'F', b: 'P', strength: 2, status: 'active' },
        { id: 'leg2', a: 'P', b: 'K', strength: 2, status: 'active' },
      ],
    );
    const k = typeOf(run(doc), 'kindergarten');
    expect(k.status).toBe('covered');
    expect(k.best?.viaProjectId).toBe('P');
  });
});

describe('weighted score', () => {
  it('counts covered types only, by weight', () => {
    const doc = buildMap(
      'F',
      [
        SCHOOL,
        { id: 'K', typeId: 'kindergarten' },
        { id: 'S', typeId: 'primary-school' },
        { id: 'Fe', typeId: 'festival' },
      ],
      [
        { id: 'c1', a: 'F', b: 'K', strength: 3 }, // covered, weight 3
        { id: 'c2', a: 'F', b: 'S', strength: 3, status: 'paused' }, // weak
        { id: 'c3', a: 'F', b: 'Fe', strength: 2 }, // covered, weight 2
      ],
    );
    const a = run(doc);
    // (3 + 2) / 11; education 3/6, culture 2/5 (library missing, 3 of the 5).
    expect(a.score).toBeCloseTo(5 / 11, 12);
    expect(a.sectorScores.map((s) => s.score)).toEqual([0.5, 0.4]);
  });

  it('is 1 when every type is covered, 0 on an empty map', () => {
    const full = buildMap(
      'F',
      [
        SCHOOL,
        { id: 'K', typeId: 'kindergarten' },
        { id: 'S', typeId: 'primary-school' },
        { id: 'L', typeId: 'library' },
        { id: 'Fe', typeId: 'festival' },
      ],
      ['K', 'S', 'L', 'Fe'].map((b) => ({ id: `c-${b}`, a: 'F', b })),
    );
    expect(run(full).score).toBe(1);
    expect(run(buildMap('F', [SCHOOL])).score).toBe(0);
  });
});

describe('no focal actor', () => {
  it('makes every present type unconnected, without throwing', () => {
    const doc = buildMap(
      null,
      [SCHOOL, { id: 'K', typeId: 'kindergarten', power: 5 }],
      [{ id: 'c1', a: 'F', b: 'K', strength: 3 }],
    );
    const a = run(doc);
    expect(a.focalActorId).toBeNull();
    expect(a.types.map((t) => t.status)).toEqual(['unconnected', 'missing', 'missing', 'missing']);
    expect(a.score).toBe(0);
    // Power 5, interest unknown: keep satisfied; with no focal actor every link is missing.
    expect(a.stakeholders).toEqual([
      {
        actorId: 'K',
        advice: 'keep-satisfied',
        reason: 'missing',
        power: 5,
        interest: null,
        best: null,
      },
    ]);
  });

  it('treats a focal id that is not in the map as no focal actor', () => {
    const doc = buildMap('gone', [{ id: 'K', typeId: 'kindergarten' }]);
    expect(run(doc).types[0]?.status).toBe('unconnected');
  });
});
