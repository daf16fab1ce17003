import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/gap';
import { miniTemplate } from '../fixtures/miniTemplate';
import { buildMap, SCHOOL } from './build';

const run = (doc: ReturnType<typeof buildMap>) => analyse(doc, miniTemplate, '2026-06-01');

describe('purpose coverage', () => {
  it('counts active collaborations per purpose; a purpose with none is a gap', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'A' }, { id: 'B' }, { id: 'C' }],
      [
        { id: 'c1', a: 'F', b: 'A', purposeIds: ['inclusion'] },
        { id: 'c2', a: 'F', b: 'B', purposeIds: ['inclusion', 'inclusion'] }, // counted once
        { id: 'c3', a: 'F', b: 'C', purposeIds: ['childhood'], status: 'paused' }, // not active
        { id: 'c4', a: 'A', b: 'B', purposeIds: ['not-in-template'] }, // ignored
      ],
    );
    const a = run(doc);
    // inclusion: c1 + c2 = 2; childhood: only c3, which is paused → 0 → a gap.
    expect(a.purposes).toEqual([
      { purposeId: 'inclusion', activeCount: 2, collaborationIds: ['c1', 'c2'] },
      { purposeId: 'childhood', activeCount: 0, collaborationIds: [] },
    ]);
    expect(a.purposeGaps).toEqual(['childhood']);
  });
});

describe('stakeholders (Mendelow, split at 3), link missing or weak', () => {
  it('flags actors whose best link, direct or through a project, is not covering', () => {
    const doc = buildMap(
      'F',
      [
        SCHOOL,
        { id: 'mayor', name: 'Ordfører', power: 5, interest: 3 }, // no link → missing
        { id: 'council', name: 'Kommunestyret', power: 5, interest: 2 }, // active, 1 → weak
        { id: 'chief', name: 'Kommunalsjef', power: 4 }, // idea, 3 → weak
        { id: 'bank', name: 'Sparebankstiftelsen', power: 4 }, // via project, active 2 → fine
        { id: 'press', name: 'Avisa', power: 3 }, // power 3 is high (version 1: never flagged)
        { id: 'ended', name: 'Fylket', power: 4 }, // only an ended link → missing
        { id: 'P', name: 'Festivalprosjektet', kind: 'project' },
      ],
      [
        { id: 'c1', a: 'F', b: 'council', status: 'active', strength: 1 },
        { id: 'c2', a: 'chief', b: 'F', status: 'idea', strength: 3 },
        { id: 'c3', a: 'F', b: 'P', strength: 3 },
        { id: 'c4', a: 'P', b: 'bank', strength: 2 },
        { id: 'c5', a: 'F', b: 'ended', status: 'ended', strength: 3 },
      ],
    );
    const flagged = run(doc).stakeholders;
    // Interest ≥ 3 first (manage closely); then, interest low or unknown (keep satisfied), by
    // power, then name (Fylket < Kommunalsjef).
    expect(flagged.map((m) => [m.actorId, m.advice, m.reason])).toEqual([
      ['mayor', 'manage-closely', 'missing'],
      ['council', 'keep-satisfied', 'weak'],
      ['ended', 'keep-satisfied', 'missing'],
      ['chief', 'keep-satisfied', 'weak'],
      ['press', 'keep-satisfied', 'missing'],
    ]);
    expect(flagged[1]?.best?.collaborationIds).toEqual(['c1']);
    expect(flagged[0]).toEqual({
      actorId: 'mayor',
      advice: 'manage-closely',
      reason: 'missing',
      power: 5,
      interest: 3,
      best: null,
    });
  });
});
