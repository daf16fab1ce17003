import { describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { analyse } from '../../src/analysis/gap';
import { restore } from '../../src/schema/restore';
import { template } from './arbitrary';

const restored = restore(demo);
if (!restored.ok) throw new Error(`demo map does not restore: ${JSON.stringify(restored.error)}`);
const doc = restored.value;

describe('the demo map', () => {
  const a = analyse(doc, template, '2026-10-20', 'nb');

  it('scores below 100 % with at least three core or recommended types missing or weak', () => {
    expect(a.score).toBeGreaterThan(0);
    expect(a.score).toBeLessThan(1);
    const gaps = a.types.filter(
      (t) =>
        (t.expectation === 'core' || t.expectation === 'recommended') &&
        (t.status === 'missing' || t.status === 'weak'),
    );
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    // The founding document's typical case: politicians are known but only weakly linked.
    expect(a.types.find((t) => t.typeId === 'politicians')?.status).toBe('weak');
  });

  it('counts the projects: kindergartens are covered through Sangskattekista', () => {
    const k = a.types.find((t) => t.typeId === 'kindergarten');
    expect(k?.status).toBe('covered');
    expect(k?.best?.viaProjectId).toBe('a-p-sangskattekista');
  });

  it('flags the powerful politicians to manage closely', () => {
    expect(a.manageClosely.map((m) => m.actorId)).toEqual(
      expect.arrayContaining(['a-kommunestyret', 'a-ordforer', 'a-hovedutvalg']),
    );
  });

  it('gives explained suggestions whose ids are in the map, and no throw in English', () => {
    expect(a.suggestions.length).toBeGreaterThan(0);
    for (const s of a.suggestions) {
      expect(doc.actors[s.sourceId]).toBeDefined();
      expect(doc.actors[s.targetId]).toBeDefined();
      expect(s.explanation).toMatch(/^\S.*\.$/);
    }
    const en = analyse(doc, template, '2026-10-20', 'en');
    expect(en.suggestions.map((s) => [s.sourceId, s.targetId])).toEqual(
      a.suggestions.map((s) => [s.sourceId, s.targetId]),
    );
    expect(en.suggestions[0]?.explanation).toMatch(/ and .* (share|both work on|are a natural)/);
  });

  it('every finding names actors or collaborations of the map', () => {
    const actorIds = [
      ...a.types.flatMap((t) => t.actorIds),
      ...a.structure.isolated,
      ...a.structure.articulationPoints,
      ...a.structure.bridges.flatMap((b) => [b.a, b.b]),
      ...a.manageClosely.map((m) => m.actorId),
    ];
    for (const id of actorIds) expect(doc.actors[id]).toBeDefined();
    const collabIds = [
      ...a.purposes.flatMap((p) => p.collaborationIds),
      ...a.structure.bridges.flatMap((b) => b.collaborationIds),
      ...a.structure.stale.map((s) => s.collaborationId),
      ...a.structure.overloadedResponsible.flatMap((o) => o.collaborationIds),
    ];
    for (const id of collabIds) expect(doc.collaborations[id]).toBeDefined();
  });
});
