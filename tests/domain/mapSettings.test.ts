import { describe, expect, it } from 'vitest';
import { makeMap } from '../../src/domain/factory';
import {
  addPlan,
  PLANS_MAX,
  planLinkOf,
  removePlan,
  renamePlan,
  setPlanLink,
  setTypeNotRelevant,
} from '../../src/domain/mapSettings';
import type { MapDocument } from '../../src/domain/types';
import { restore, toSaved } from '../../src/schema';
import { testMeta } from '../fixtures/meta';

function base(): MapDocument {
  return makeMap(
    {
      name: 'Kulturskolen i Testby',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    testMeta(),
  );
}

const later = testMeta('2026-03-01T00:00:00.000Z', 'p');

function withPlan(name = 'Kulturplan 2024–2030'): { doc: MapDocument; planId: string } {
  const added = addPlan(base(), name, later);
  if (!added) throw new Error('plan not added');
  return { doc: added.doc, planId: added.plan.id };
}

describe('not relevant here', () => {
  it('marks a type and takes it back, touching only the map', () => {
    const doc = base();
    const off = setTypeNotRelevant(doc, 'asylum-centre', true, later);
    expect(off.map.notRelevantTypeIds).toEqual(['asylum-centre']);
    expect(off.map.updatedAt).toBe(later.now);
    expect(off.actors).toBe(doc.actors);
    const on = setTypeNotRelevant(off, 'asylum-centre', false, later);
    expect(on.map.notRelevantTypeIds).toEqual([]);
  });

  it('returns the same document when nothing changes', () => {
    const doc = base();
    expect(setTypeNotRelevant(doc, 'asylum-centre', false, later)).toBe(doc);
    const off = setTypeNotRelevant(doc, 'asylum-centre', true, later);
    expect(setTypeNotRelevant(off, 'asylum-centre', true, later)).toBe(off);
  });
});

describe('plans', () => {
  it('adds a plan with a new id and a tidied name', () => {
    const added = addPlan(base(), '  Kommuneplanens   samfunnsdel ', later);
    expect(added?.plan).toEqual({ id: 'p-1', name: 'Kommuneplanens samfunnsdel' });
    expect(added?.doc.map.plans).toEqual([added?.plan]);
  });

  it('refuses an empty name and a full list', () => {
    expect(addPlan(base(), '   ', later)).toBeNull();
    let doc = base();
    for (let i = 0; i < PLANS_MAX; i++) {
      const added = addPlan(doc, `Plan ${i}`, later);
      if (!added) throw new Error('plan not added');
      doc = added.doc;
    }
    expect(addPlan(doc, 'One too many', later)).toBeNull();
  });

  it('renames a plan, and ignores an empty or unchanged name', () => {
    const { doc, planId } = withPlan();
    const renamed = renamePlan(doc, planId, 'Kulturplan 2025–2031', later);
    expect(renamed.map.plans[0]?.name).toBe('Kulturplan 2025–2031');
    expect(renamePlan(renamed, planId, ' ', later)).toBe(renamed);
    expect(renamePlan(renamed, planId, 'Kulturplan 2025–2031', later)).toBe(renamed);
    expect(renamePlan(renamed, 'no-such-plan', 'X', later)).toBe(renamed);
  });

  it('ties a type to a plan goal, changes the goal in place, and unties it', () => {
    const { doc, planId } = withPlan();
    const tied = setPlanLink(doc, 'nav', { planId, goal: ' Flere unge i arbeid ' }, later);
    expect(tied.map.planLinks).toEqual([{ typeId: 'nav', planId, goal: 'Flere unge i arbeid' }]);
    const both = setPlanLink(tied, 'sfo', { planId, goal: 'Kultur i SFO' }, later);
    const changed = setPlanLink(both, 'nav', { planId, goal: 'Alle unge i arbeid' }, later);
    expect(changed.map.planLinks.map((l) => [l.typeId, l.goal])).toEqual([
      ['nav', 'Alle unge i arbeid'],
      ['sfo', 'Kultur i SFO'],
    ]);
    expect(planLinkOf(changed.map, 'sfo')?.goal).toBe('Kultur i SFO');
    const untied = setPlanLink(changed, 'nav', null, later);
    expect(untied.map.planLinks.map((l) => l.typeId)).toEqual(['sfo']);
    expect(setPlanLink(untied, 'nav', null, later)).toBe(untied);
  });

  it('refuses a link to a plan the map does not have', () => {
    const { doc } = withPlan();
    expect(setPlanLink(doc, 'nav', { planId: 'missing', goal: 'X' }, later)).toBe(doc);
  });

  it('removes a plan with the goals tied to it', () => {
    const { doc, planId } = withPlan();
    const second = addPlan(doc, 'Oppvekstplan', later);
    if (!second) throw new Error('plan not added');
    let d = setPlanLink(second.doc, 'nav', { planId, goal: 'A' }, later);
    d = setPlanLink(d, 'sfo', { planId: second.plan.id, goal: 'B' }, later);
    const removed = removePlan(d, planId, later);
    expect(removed.map.plans.map((p) => p.name)).toEqual(['Oppvekstplan']);
    expect(removed.map.planLinks).toEqual([{ typeId: 'sfo', planId: second.plan.id, goal: 'B' }]);
    expect(removePlan(removed, planId, later)).toBe(removed);
  });

  it('makes settings that are saved and read back unchanged', () => {
    const { doc, planId } = withPlan();
    let d = setPlanLink(doc, 'nav', { planId, goal: 'Flere unge i arbeid' }, later);
    d = setTypeNotRelevant(d, 'asylum-centre', true, later);
    const read = restore(JSON.parse(JSON.stringify(toSaved(d))));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.map.plans).toEqual(d.map.plans);
    expect(read.value.map.planLinks).toEqual(d.map.planLinks);
    expect(read.value.map.notRelevantTypeIds).toEqual(['asylum-centre']);
  });
});
