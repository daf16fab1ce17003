/** Maps the benches share: the demo map, and generated maps laid out by our own simulation. */
import demoJson from '../data/samples/eksempel-kommune.samspill-map.json';
import templateJson from '../data/templates/kulturskole.json';
import { createSimulation } from '../src/analysis/layout';
import { makeMap } from '../src/domain/factory';
import type { Actor, Collaboration, MapDocument, Template } from '../src/domain/types';
import { toElements } from '../src/render/elements';
import { toLayoutInput } from '../src/render/layoutInput';
import { createMeasure } from '../src/render/nodeGeometry';
import { restore } from '../src/schema';
import { templateSchema } from '../src/schema/schemas';
import { generateGraph } from './graphs';

export const template = templateSchema.parse(templateJson) as Template;
export const measure = createMeasure();
export const now = '2026-01-01T00:00:00.000Z';

export function loadDemo(): MapDocument {
  const r = restore(demoJson);
  if (!r.ok) throw new Error(`demo does not restore: ${r.error.path}`);
  return r.value;
}

/** A generated map of `n` actors, laid out once by our own simulation (positions stored). */
export function bigMap(n: number): MapDocument {
  const g = generateGraph(n, (label) => measure(label, '600 15px sans-serif'));
  let doc = makeMap(
    {
      name: `Stort kart (${n})`,
      focalName: 'x',
      templateId: template.id,
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    { now, newId: () => 'bench-map' },
  );
  const mapId = doc.map.id;
  const actors: Record<string, Actor> = {};
  for (const a of g.actors) {
    const sector = template.sectors.find((s) => s.id === a.sectorId);
    actors[a.id] = {
      id: a.id,
      mapId,
      name: a.name,
      kind: 'organisation',
      sectorId: a.sectorId,
      typeId: sector?.types[0]?.id ?? 'custom',
      description: '',
      tags: [],
      contact: { name: '', role: '', email: '', phone: '' },
      power: null,
      interest: null,
      position: null,
      ageGroups: [],
      extraTypeIds: [],
      custom: {},
      createdAt: now,
      updatedAt: now,
    };
  }
  const collaborations: Record<string, Collaboration> = {};
  g.input.links.forEach((l, i) => {
    const id = `c${i}`;
    collaborations[id] = {
      id,
      mapId,
      sourceId: l.source,
      targetId: l.target,
      label: '',
      purposeIds: [],
      strength: (1 + (i % 3)) as 1 | 2 | 3,
      status: i % 7 === 0 ? 'planned' : 'active',
      frequency: '',
      startDate: null,
      endDate: null,
      responsible: '',
      notes: '',
      nextStep: '',
      nextStepDate: null,
      custom: {},
      createdAt: now,
      updatedAt: now,
    };
  });
  doc = { ...doc, map: { ...doc.map, focalActorId: 'a0' }, actors, collaborations };
  const model = toElements(doc, template, null, measure);
  const sim = createSimulation(toLayoutInput(model, () => ({ x: 0, y: 0 }), new Set(), true));
  sim.run(400);
  sim.nodes.forEach((n) => {
    const a = actors[n.id];
    if (a) actors[n.id] = { ...a, position: { x: n.x, y: n.y, pinned: false } };
  });
  return { ...doc, actors: { ...actors } };
}

/** A map's network layout, as the app's worker would settle it (positions stored). */
export function laidOut(doc: MapDocument): MapDocument {
  const model = toElements(doc, template, null, measure);
  const sim = createSimulation(toLayoutInput(model, () => ({ x: 0, y: 0 }), new Set(), true));
  sim.run(400);
  sim.finish();
  const actors = { ...doc.actors };
  for (const n of sim.nodes) {
    const a = actors[n.id];
    if (a) actors[n.id] = { ...a, position: { x: n.x, y: n.y, pinned: false } };
  }
  return { ...doc, actors };
}
