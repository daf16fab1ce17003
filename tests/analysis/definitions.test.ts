/** Definitions, version 2 (issue 13, docs/gap-analysis.md), each on a hand-built map. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/gap';
import type { MapDocument, Template } from '../../src/domain/types';
import { miniTemplate } from '../fixtures/miniTemplate';
import { activity, buildMap, SCHOOL } from './build';
import { v2Template } from './v2Template';

const TODAY = '2026-06-01'; // stale before 2025-06-01; stalled before 2025-12-01
const run = (doc: MapDocument, template: Template = miniTemplate) => analyse(doc, template, TODAY);
const typeOf = (a: ReturnType<typeof run>, typeId: string) => {
  const t = a.types.find((x) => x.typeId === typeId);
  if (!t) throw new Error(`no type ${typeId}`);
  return t;
};
const notRelevant = (doc: MapDocument, ids: string[]): MapDocument => ({
  ...doc,
  map: { ...doc.map, notRelevantTypeIds: ids },
});

describe('covered means active, strength ≥ 2 and not stale', () => {
  const actors = [SCHOOL, { id: 'L', typeId: 'library' }];
  // Active, strength 3, but nothing logged since the start in 2024: covered in version 1.
  const old = { id: 'c1', a: 'F', b: 'L', strength: 3 as const, startDate: '2024-01-01' };

  it('a stale link counts as weak, and the score drops', () => {
    const a = run(buildMap('F', actors, [old]));
    const lib = typeOf(a, 'library');
    expect(lib.status).toBe('weak');
    expect(lib.weakBecause).toBe('stale');
    expect(lib.coveringActorIds).toEqual([]);
    expect(lib.best?.stale).toBe(true);
    expect(a.score).toBe(0);
    expect(a.structure.stale.map((s) => s.collaborationId)).toEqual(['c1']);
  });

  it('one activity in the last 12 months makes it covered again', () => {
    const a = run(buildMap('F', actors, [old], [activity('v1', 'c1', '2025-09-01')]));
    expect(typeOf(a, 'library').status).toBe('covered');
    expect(typeOf(a, 'library').weakBecause).toBeNull();
    expect(a.score).toBeCloseTo(3 / 11, 12);
  });

  it('a stale leg makes a link through a project stale', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'P', kind: 'project' }, { id: 'K', typeId: 'kindergarten' }],
      [
        { id: 'leg1', a: 'F', b: 'P', strength: 3 },
        { id: 'leg2', a: 'P', b: 'K', strength: 3, startDate: '2023-05-01' },
      ],
    );
    const k = typeOf(run(doc), 'kindergarten');
    expect(k.status).toBe('weak');
    expect(k.weakBecause).toBe('stale');
    expect(k.best?.viaProjectId).toBe('P');
  });

  it('names why a weak type is weak: status before strength before staleness', () => {
    const doc = buildMap(
      'F',
      [
        SCHOOL,
        { id: 'K', typeId: 'kindergarten' },
        { id: 'S', typeId: 'primary-school' },
        { id: 'L', typeId: 'library' },
      ],
      [
        { id: 'k', a: 'F', b: 'K', status: 'paused', strength: 1, startDate: '2020-01-01' },
        { id: 's', a: 'F', b: 'S', strength: 1, startDate: '2020-01-01' },
        old,
      ],
    );
    const a = run(doc);
    expect(typeOf(a, 'kindergarten').weakBecause).toBe('status');
    expect(typeOf(a, 'primary-school').weakBecause).toBe('strength');
    expect(typeOf(a, 'library').weakBecause).toBe('stale');
  });
});

describe('purposes count only collaborations the school takes part in', () => {
  const doc = buildMap(
    'F',
    [
      SCHOOL,
      { id: 'A' },
      { id: 'B' },
      { id: 'C' },
      { id: 'P', name: 'Sangskattekista', kind: 'project' },
      { id: 'Q', name: 'Et planlagt prosjekt', kind: 'project' },
    ],
    [
      // Met only by two partners without the school: no purpose of the school's.
      { id: 'ab', a: 'A', b: 'B', purposeIds: ['inclusion'] },
      // Through a project the school is actively part of: counts.
      { id: 'fp', a: 'F', b: 'P' },
      { id: 'pc', a: 'P', b: 'C', purposeIds: ['childhood'] },
      // Through a project the school has only planned to join: does not.
      { id: 'fq', a: 'F', b: 'Q', status: 'planned' },
      { id: 'qc', a: 'Q', b: 'C', purposeIds: ['inclusion'] },
    ],
  );

  it('a purpose met only by a link without the school is a gap', () => {
    const a = run(doc);
    expect(a.purposes).toEqual([
      { purposeId: 'inclusion', activeCount: 0, collaborationIds: [] },
      { purposeId: 'childhood', activeCount: 1, collaborationIds: ['pc'] },
    ]);
    expect(a.purposeGaps).toEqual(['inclusion']);
  });

  it('the school’s own link meets it', () => {
    const a = run(
      buildMap(
        'F',
        [SCHOOL, { id: 'A' }],
        [{ id: 'fa', a: 'A', b: 'F', purposeIds: ['inclusion'] }],
      ),
    );
    expect(a.purposes[0]?.collaborationIds).toEqual(['fa']);
  });
});

describe('power and interest: Mendelow’s grid split at 3', () => {
  const doc = buildMap(
    'F',
    [
      SCHOOL,
      { id: 'hh', name: 'Hovedutvalget', power: 4, interest: 4 }, // weak → manage closely
      { id: 'hs', name: 'Hovedutvalget stille', power: 4, interest: 4 }, // stale → manage closely
      { id: 'hl', name: 'Kommunestyret', power: 5, interest: 2 }, // missing → keep satisfied
      { id: 'hu', name: 'Fylket', power: 3, interest: null }, // 3 is high; unknown → satisfied
      { id: 'lh', name: 'Foreldreutvalget', power: 2, interest: 3 }, // weak → keep informed
      { id: 'll', name: 'Lokalavisa', power: 2, interest: 2 }, // low, low: not flagged
      { id: 'ok', name: 'Ordføreren', power: 5, interest: 5 }, // covered: not flagged
      { id: 'np', name: 'Ukjent makt', power: null, interest: 5 }, // unknown power: not flagged
    ],
    [
      { id: 'c-hh', a: 'F', b: 'hh', strength: 1 },
      { id: 'c-hs', a: 'F', b: 'hs', strength: 3, startDate: '2024-01-01' },
      { id: 'c-lh', a: 'F', b: 'lh', status: 'idea' },
      { id: 'c-ok', a: 'F', b: 'ok', strength: 2 },
    ],
  );

  it('gives each quadrant its advice, most urgent advice first', () => {
    const flags = run(doc).stakeholders;
    expect(flags.map((f) => [f.actorId, f.advice, f.reason])).toEqual([
      ['hh', 'manage-closely', 'weak'],
      ['hs', 'manage-closely', 'weak'],
      ['hl', 'keep-satisfied', 'missing'],
      ['hu', 'keep-satisfied', 'missing'],
      ['lh', 'keep-informed', 'weak'],
    ]);
    expect(flags[1]?.best?.stale).toBe(true);
  });

  it('never flags the focal actor', () => {
    expect(run(buildMap('F', [{ ...SCHOOL, power: 5, interest: 5 }])).stakeholders).toEqual([]);
  });
});

describe('the owner, "not relevant here" and extra roles', () => {
  const admin = { id: 'A', name: 'Kommunalsjefen', typeId: 'administration' };
  const kinder = { id: 'K', typeId: 'kindergarten' };

  it('leaves the owner out of the score and reports it apart', () => {
    const doc = buildMap('F', [SCHOOL, admin], [{ id: 'fa', a: 'F', b: 'A', strength: 3 }]);
    const a = run(doc, v2Template);
    expect(a.types.map((t) => t.typeId)).not.toContain('administration');
    expect(a.owner.map((t) => [t.typeId, t.status])).toEqual([['administration', 'covered']]);
    // The link to one's own employer earns nothing: Σ scored weight 14, none covered.
    expect(a.score).toBe(0);
    expect(a.weightTotal).toBe(14);
    expect(a.sectorScores[0]).toEqual({
      sectorId: 'politics',
      score: 0,
      weightCovered: 0,
      weightTotal: 1,
    });
  });

  it('leaves "not relevant here" types out of the score, still shown as such', () => {
    const doc = buildMap('F', [SCHOOL, kinder], [{ id: 'fk', a: 'F', b: 'K' }]);
    const before = run(doc, v2Template);
    expect(before.score).toBeCloseTo(3 / 14, 12);
    const a = run(notRelevant(doc, ['festival', 'county']), v2Template);
    expect(a.score).toBeCloseTo(3 / 11, 12);
    const festival = typeOf(a, 'festival');
    expect(festival.notRelevant).toBe(true);
    expect(festival.status).toBe('missing');
    expect(typeOf(a, 'library').notRelevant).toBe(false);
    expect(a.sectorScores.find((s) => s.sectorId === 'culture')?.weightTotal).toBe(5);
    expect(a.actions.some((x) => x.typeId === 'festival')).toBe(false);
  });

  it('an extra role covers DKS: the county that is also the DKS manager', () => {
    const county = { id: 'C', name: 'Fylkeskommunen', typeId: 'county' };
    const only = run(buildMap('F', [SCHOOL, county], [{ id: 'fc', a: 'F', b: 'C' }]), v2Template);
    expect(typeOf(only, 'dks').status).toBe('missing');
    const doc = buildMap(
      'F',
      [SCHOOL, { ...county, extraTypeIds: ['dks', 'county', 'dks', 'no-such-type'] }],
      [{ id: 'fc', a: 'F', b: 'C' }],
    );
    const a = run(doc, v2Template);
    const dks = typeOf(a, 'dks');
    expect(dks.status).toBe('covered');
    expect(dks.actorIds).toEqual(['C']);
    expect(typeOf(a, 'county').actorIds).toEqual(['C']); // counted once for its own type
    expect(a.score).toBeCloseTo((1 + 2) / 14, 12);
  });
});

describe('stalled: an idea or plan with no activity for 6 months', () => {
  const actors = [SCHOOL, ...['A', 'B', 'C', 'D', 'E', 'G'].map((id) => ({ id }))];
  const doc = buildMap(
    'F',
    actors,
    [
      { id: 'dayBefore', a: 'F', b: 'A', status: 'idea', createdAt: '2025-11-30T12:00:00Z' },
      { id: 'exact', a: 'F', b: 'B', status: 'idea', createdAt: '2025-12-01T08:00:00Z' },
      { id: 'oldPlan', a: 'C', b: 'F', status: 'planned', startDate: '2024-05-01' },
      { id: 'revived', a: 'F', b: 'D', status: 'planned', startDate: '2024-05-01' },
      { id: 'active', a: 'F', b: 'E', startDate: '2024-05-01' }, // stale, not stalled
      { id: 'paused', a: 'F', b: 'G', status: 'paused', startDate: '2020-01-01' },
    ],
    [activity('v1', 'revived', '2026-03-01')],
  );

  it('flags them oldest first, with the date they went quiet', () => {
    const s = run(doc).structure;
    expect(s.stalled).toEqual([
      {
        collaborationId: 'oldPlan',
        sourceId: 'C',
        targetId: 'F',
        status: 'planned',
        lastDate: '2024-05-01',
        monthsSince: 25,
      },
      {
        collaborationId: 'dayBefore',
        sourceId: 'F',
        targetId: 'A',
        status: 'idea',
        lastDate: '2025-11-30',
        monthsSince: 6,
      },
    ]);
    expect(s.stale.map((x) => x.collaborationId)).toEqual(['active']);
  });
});

describe('isolated: no ongoing collaboration', () => {
  it('lists an actor whose collaborations have all ended', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'R', name: 'Kulturrådet' }, { id: 'A', name: 'Arkivet' }],
      [
        { id: 'old', a: 'F', b: 'R', status: 'ended' },
        { id: 'idea', a: 'F', b: 'A', status: 'idea' },
      ],
    );
    expect(run(doc).structure.isolated).toEqual(['R']);
  });
});
