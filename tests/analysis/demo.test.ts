import { describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { analyse } from '../../src/analysis/gap';
import { restore } from '../../src/schema/restore';
import { template } from './arbitrary';

const restored = restore(demo);
if (!restored.ok) throw new Error(`demo map does not restore: ${JSON.stringify(restored.error)}`);
const doc = restored.value;

describe('the demo map', () => {
  const a = analyse(doc, template, '2026-10-20');

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

  it('scores 36 of 81 (44 %): stale links weak, the owner out (docs/gap-analysis.md)', () => {
    expect([a.weightCovered, a.weightTotal]).toEqual([36, 81]);
    expect(a.owner.map((t) => [t.typeId, t.status])).toEqual([['administration', 'covered']]);
    expect(a.types.map((t) => t.typeId)).not.toContain('administration');
    // Ungdomskontoret (44 months), the museum and Eldresenteret: covered in version 1.
    for (const id of ['youth-office', 'museum', 'elderly-care']) {
      const t = a.types.find((x) => x.typeId === id);
      expect([t?.status, t?.weakBecause]).toEqual(['weak', 'stale']);
    }
  });

  it('puts the politicians by Mendelow: the council to keep satisfied, the mayor closely', () => {
    const advice = new Map(a.stakeholders.map((f) => [f.actorId, f.advice]));
    expect(advice.get('a-kommunestyret')).toBe('keep-satisfied'); // power 5, interest 2
    expect(advice.get('a-sparebankstiftelsen')).toBe('keep-satisfied'); // power 4, interest 2
    expect(advice.get('a-ordforer')).toBe('manage-closely'); // power 5, interest 3
    expect(advice.get('a-hovedutvalg')).toBe('manage-closely'); // power 4, interest 3
  });

  it('what to do now: the stalled foundation idea and the politicians in the top five', () => {
    const top = a.actions.slice(0, 5);
    const foundation = top.find((x) => x.actorId === 'a-sparebankstiftelsen');
    expect(foundation?.kind).toBe('stalled');
    const stalled = a.structure.stalled.find((x) => x.targetId === 'a-sparebankstiftelsen');
    expect(foundation?.collaborationId).toBe(stalled?.collaborationId);
    expect(stalled?.lastDate).toBe('2024-11-15');
    const politicians = a.types.find((t) => t.typeId === 'politicians');
    for (const id of politicians?.actorIds ?? []) {
      expect(top.map((x) => x.actorId)).toContain(id);
    }
    expect(politicians?.actorIds).toHaveLength(3);
  });

  it('person dependency divides by the links with a named owner', () => {
    const [ingrid] = a.structure.overloadedResponsible;
    expect([ingrid?.name, ingrid?.count, ingrid?.total]).toEqual(['Ingrid Solberg', 22, 47]);
  });

  it('counts purposes only on collaborations the school takes part in', () => {
    const focal = a.focalActorId as string;
    const projects = new Set(
      Object.values(doc.collaborations)
        .filter((c) => c.status === 'active' && (c.sourceId === focal || c.targetId === focal))
        .map((c) => (c.sourceId === focal ? c.targetId : c.sourceId))
        .filter((id) => doc.actors[id]?.kind === 'project'),
    );
    const ids = a.purposes.flatMap((p) => p.collaborationIds);
    expect(ids).not.toContain('c-067'); // Vinterfestivalen–Fjordbakeriet: no school involved
    for (const id of ids) {
      const c = doc.collaborations[id];
      const ends = [c?.sourceId, c?.targetId];
      expect(ends.includes(focal) || ends.some((e) => projects.has(e as string))).toBe(true);
    }
  });

  it('reports each vulnerable point once, with who would be cut off', () => {
    expect(a.structure.vulnerable.length).toBeGreaterThan(0);
    for (const v of a.structure.vulnerable) {
      expect(v.cutOff.length).toBeGreaterThan(0);
      expect(v.cutOff.length).toBeLessThanOrEqual(v.cutOffCount);
    }
    const facts = a.structure.vulnerable.map((v) => v.cutOff.join('|'));
    expect(new Set(facts).size).toBe(facts.length);
  });

  it('every finding names actors or collaborations of the map', () => {
    const actorIds = [
      ...a.types.flatMap((t) => t.actorIds),
      ...a.structure.isolated,
      ...a.structure.vulnerable.flatMap((v) =>
        v.kind === 'actor' ? [v.actorId, ...v.cutOff] : [v.a, v.b, ...v.cutOff],
      ),
      ...a.stakeholders.map((m) => m.actorId),
      ...a.actions.flatMap((x) => (x.actorId ? [x.actorId] : [])),
    ];
    for (const id of actorIds) expect(doc.actors[id]).toBeDefined();
    const collabIds = [
      ...a.purposes.flatMap((p) => p.collaborationIds),
      ...a.structure.vulnerable.flatMap((v) => (v.kind === 'link' ? v.collaborationIds : [])),
      ...a.structure.stale.map((s) => s.collaborationId),
      ...a.structure.stalled.map((s) => s.collaborationId),
      ...a.structure.overloadedResponsible.flatMap((o) => o.collaborationIds),
      ...a.actions.flatMap((x) => (x.collaborationId ? [x.collaborationId] : [])),
    ];
    for (const id of collabIds) expect(doc.collaborations[id]).toBeDefined();
  });
});
