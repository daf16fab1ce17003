/** A headless MapView with a fake layout worker, and small maps to draw in it. */

import { kulturskoleTemplate } from '../../src/app/template';
import { addActor, addCollaboration, moveActors } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { MapDocument } from '../../src/domain/types';
import { type ElementModel, toElements } from '../../src/render/elements';
import type { WorkerLike } from '../../src/render/layout/layoutClient';
import type { LayoutRequest, WorkerResponse } from '../../src/render/layout/protocol';
import { MapView, type MapViewEvents } from '../../src/render/mapView';
import { testMeta } from '../fixtures/meta';

export const meta = testMeta();

/** Fixed-width text: labels get a size without a canvas. */
export const measure = (text: string) => text.length * 7;

export const model = (doc: MapDocument): ElementModel =>
  toElements(doc, kulturskoleTemplate, null, measure);

/** The culture school and three partners, all placed; Biblioteket and Korpset pinned. */
export function placedMap() {
  let doc = makeMap(
    {
      name: 'Testby',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  const school = doc.map.focalActorId as string;
  const add = (name: string, typeId: string, sectorId: string) => {
    const r = addActor(doc, { name, sectorId, typeId }, meta);
    doc = r.doc;
    return r.actor.id;
  };
  const library = add('Biblioteket', 'library', 'culture');
  const band = add('Korpset', 'associations', 'voluntary');
  const school2 = add('Haugen skole', 'primary-school', 'education');
  const link = (a: string, b: string) => {
    const r = addCollaboration(doc, { sourceId: a, targetId: b, status: 'active' }, meta);
    if (!r) throw new Error('link failed');
    doc = r.doc;
    return r.collaboration.id;
  };
  const links = [link(school, library), link(school, band), link(library, school2)];
  doc = moveActors(
    doc,
    [
      { id: school, x: 0, y: 0 },
      { id: library, x: 200, y: 0, pinned: true },
      { id: band, x: 0, y: 200, pinned: true },
      { id: school2, x: 300, y: 100 },
    ],
    meta,
  );
  return { doc, ids: { school, library, band, school2 }, links };
}

/** Every message the adapter posted to its layout worker. */
export function fakeWorker() {
  const posted: LayoutRequest[] = [];
  const worker: WorkerLike = {
    postMessage: (m) => posted.push(m),
    terminate: () => {},
    onmessage: null as ((event: MessageEvent<WorkerResponse>) => void) | null,
  };
  return {
    worker,
    posted,
    of: (type: LayoutRequest['type']) => posted.filter((m) => m.type === type),
  };
}

export const noEvents = (): MapViewEvents => ({
  select: () => {},
  hover: () => {},
  dragEnd: () => {},
  settled: () => {},
  ready: () => {},
});

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export function headlessView(events: MapViewEvents = noEvents()) {
  const fake = fakeWorker();
  const view = new MapView(null, events, {
    createWorker: () => fake.worker,
    // Animation frames run as microtasks: `await settle()` lets one through.
    requestFrame: (cb) => {
      queueMicrotask(cb);
      return 1;
    },
    cancelFrame: () => {},
  });
  return { view, ...fake };
}

/** A map of `n` actors in a chain from the culture school, none placed (as an import). */
export function bigMap(n: number): MapDocument {
  let doc = makeMap(
    {
      name: 'Fylket',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  let previous = doc.map.focalActorId as string;
  for (let i = 1; i < n; i++) {
    const r = addActor(
      doc,
      { name: `Lag ${i}`, sectorId: 'voluntary', typeId: 'associations' },
      meta,
    );
    const link = addCollaboration(
      r.doc,
      { sourceId: previous, targetId: r.actor.id, status: 'active' },
      meta,
    );
    doc = link ? link.doc : r.doc;
    previous = r.actor.id;
  }
  return doc;
}
