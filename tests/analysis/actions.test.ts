/** "What to do now" and the change over time, on hand-built maps. */
import { describe, expect, it } from 'vitest';
import { analyse, GAP_SIZE, scoreHistory } from '../../src/analysis/gap';
import type { MapDocument } from '../../src/domain/types';
import { buildMap, SCHOOL } from './build';
import { v2Template } from './v2Template';

const TODAY = '2026-06-01';
const run = (doc: MapDocument) => analyse(doc, v2Template, TODAY);

describe('what to do now: weight × gap × power, one item per actor', () => {
  const doc = buildMap(
    'F',
    [
      SCHOOL,
      // Owner, power 5, interest 5, weak link: manage closely; weight 3 (its type), 0.5, 5/5.
      { id: 'A', name: 'Kommunalsjefen', typeId: 'administration', power: 5, interest: 5 },
      // DKS: an idea since January 2025 (stalled), power 5: 2 × 0.75 × 1 = 1.5.
      { id: 'D', name: 'DKS Fjordland', typeId: 'dks', power: 5 },
      // Kindergarten in the map without a link: unconnected, power unknown: 3 × 0.75 × 3/5.
      { id: 'K', name: 'Barnehagen', typeId: 'kindergarten' },
      // Library weakly linked, power 4: 3 × 0.5 × 4/5 = 1.2.
      { id: 'L', name: 'Biblioteket', typeId: 'library', power: 4 },
      // Primary school covered.
      { id: 'S', name: 'Skolen', typeId: 'primary-school' },
      // No festival: missing, 2 × 1 × 3/5 = 1.2. County is optional: no item.
      // A stale link to an untyped partner of power 2: 1 × 0.5 × 2/5 = 0.2.
      { id: 'X', name: 'Xylofonlaget', power: 2 },
    ],
    [
      { id: 'fa', a: 'F', b: 'A', strength: 1 },
      {
        id: 'fd',
        a: 'F',
        b: 'D',
        status: 'idea',
        createdAt: '2025-01-10T00:00:00Z',
        nextStepDate: '2026-09-01',
      },
      { id: 'fl', a: 'L', b: 'F', strength: 1 },
      { id: 'fs', a: 'F', b: 'S', strength: 3 },
      { id: 'sk', a: 'S', b: 'K', startDate: '2024-01-01' }, // stale, but not the school's
      { id: 'fx', a: 'F', b: 'X', startDate: '2024-01-01' },
    ],
  );
  const a = run(doc);

  it('ranks the merged list', () => {
    expect(
      a.actions.map((x) => [x.kind, x.actorId ?? x.typeId, Number(x.score.toFixed(4))]),
    ).toEqual([
      // 1.5 each: the dated, stalled idea before the stakeholder.
      ['stalled', 'D', 1.5],
      ['stakeholder', 'A', 1.5],
      ['type-gap', 'K', 1.35],
      // 1.2 each: the library's stakeholder flag and type gap are one item; then the stronger.
      ['stakeholder', 'L', 1.2],
      ['type-gap', 'festival', 1.2],
      ['stale', 'X', 0.2],
    ]);
  });

  it('carries the factors, the ids and the next-step date', () => {
    const d = a.actions[0];
    expect(d).toEqual({
      kind: 'stalled',
      score: 2 * GAP_SIZE.stalled * 1,
      weight: 2,
      gap: 0.75,
      power: 1,
      typeId: 'dks',
      status: 'weak', // from the DKS type gap, merged in
      advice: 'keep-satisfied', // from the stakeholder flag (interest unknown), merged in
      actorId: 'D',
      collaborationId: 'fd',
      nextStepDate: '2026-09-01',
    });
    const lib = a.actions.find((x) => x.actorId === 'L');
    expect([lib?.typeId, lib?.status, lib?.advice, lib?.collaborationId]).toEqual([
      'library',
      'weak',
      'keep-satisfied',
      'fl',
    ]);
    const festival = a.actions.find((x) => x.typeId === 'festival');
    expect([festival?.status, festival?.actorId, festival?.power]).toEqual(['missing', null, 0.6]);
  });

  it('never lists the owner as a type gap, nor a covered or optional type', () => {
    const typeGaps = a.actions.filter((x) => x.kind === 'type-gap').map((x) => x.typeId);
    expect(typeGaps).not.toContain('administration');
    expect(typeGaps).not.toContain('primary-school');
    expect(typeGaps).not.toContain('county');
    expect(a.actions.some((x) => x.collaborationId === 'sk')).toBe(false);
  });

  it('is the same list whatever the order of the records', () => {
    const reversed: MapDocument = {
      ...doc,
      actors: Object.fromEntries(Object.entries(doc.actors).reverse()),
      collaborations: Object.fromEntries(Object.entries(doc.collaborations).reverse()),
    };
    expect(run(reversed).actions).toEqual(a.actions);
  });
});

describe('change over time', () => {
  const base = buildMap(
    'F',
    [SCHOOL, { id: 'L', typeId: 'library' }, { id: 'K', typeId: 'kindergarten' }],
    [{ id: 'fl', a: 'F', b: 'L', strength: 3, startDate: '2024-01-01' }],
  );
  const later = buildMap(
    'F',
    [SCHOOL, { id: 'L', typeId: 'library' }, { id: 'K', typeId: 'kindergarten' }],
    [
      { id: 'fl', a: 'F', b: 'L', strength: 3, startDate: '2024-01-01' },
      { id: 'fk', a: 'F', b: 'K', strength: 2, startDate: '2026-02-01' },
    ],
  );
  const versions = [
    { id: 'v2', name: 'Årsmelding 2026', createdAt: '2026-05-01T10:00:00Z', document: later },
    { id: 'v1', name: 'Oppstart', createdAt: '2024-06-01T10:00:00Z', document: base },
    { id: 'v3', name: 'Fra framtiden', createdAt: '2026-07-01T10:00:00Z', document: later },
  ];

  it('scores each saved version as of its own day, oldest first', () => {
    const h = scoreHistory(versions, v2Template, TODAY);
    expect(h.map((p) => p.versionId)).toEqual(['v1', 'v2']); // v3 is after today
    // 2024: the library link was fresh (3 of 14). 2026: it is stale, the kindergarten is new.
    expect(h[0]?.score).toBeCloseTo(3 / 14, 12);
    expect(h[1]?.score).toBeCloseTo(3 / 14, 12);
    const status = (i: number, typeId: string) =>
      h[i]?.types.find((t) => t.typeId === typeId)?.status;
    expect([status(0, 'library'), status(0, 'kindergarten')]).toEqual(['covered', 'unconnected']);
    expect([status(1, 'library'), status(1, 'kindergarten')]).toEqual(['weak', 'covered']);
    expect(h[1]?.types.map((t) => t.typeId)).not.toContain('administration');
    expect(h[1]?.name).toBe('Årsmelding 2026');
  });
});
