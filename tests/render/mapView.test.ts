import { describe, expect, it } from 'vitest';
import { removeItems, updateActor } from '../../src/domain/commands';
import { withComparison } from '../../src/render/compare';
import { REMOVED_PREFIX } from '../../src/render/elements';
import type { WorkerResponse } from '../../src/render/layout/protocol';
import type { Move } from '../../src/render/mapView';
import { headlessView, measure, meta, model, noEvents, placedMap, settle } from './harness';

describe('MapView on a headless Cytoscape', () => {
  it('draws the model and starts the layout once per change of structure', () => {
    const { doc, ids } = placedMap();
    const { view, of } = headlessView();
    view.update(model(doc));
    expect([...view.positions().keys()].sort()).toEqual(Object.keys(doc.actors).sort());
    expect(view.positions().get(ids.band)).toEqual({ x: 0, y: 200 });
    const starts = of('start');
    expect(starts).toHaveLength(1);
    const start = starts[0];
    if (start?.type !== 'start') throw new Error('no start');
    expect(start.input.nodes.map((n) => n.id).sort()).toEqual(Object.keys(doc.actors).sort());
    // A note changes no structure and no box: the layout is not started again.
    view.update(model(updateActor(doc, ids.band, { description: 'Ny dirigent' }, meta)));
    expect(of('start')).toHaveLength(1);
    view.update(model(removeItems(doc, { actorIds: [ids.school2] }, meta)));
    expect(of('start')).toHaveLength(2);
    view.destroy();
  });

  it('shows the settled layout and reports only the places that moved', async () => {
    const { doc, ids } = placedMap();
    const settled: Move[][] = [];
    const { view, worker, of } = headlessView({ ...noEvents(), settled: (m) => settled.push(m) });
    view.update(model(doc));
    const start = of('start')[0];
    if (start?.type !== 'start') throw new Error('no start');
    const order = start.input.nodes.map((n) => n.id);
    const place = (id: string) =>
      id === ids.school2 ? [340, 140] : id === ids.school ? [0.2, -0.3] : null;
    const xy = new Float32Array(
      order.flatMap(
        (id) => place(id) ?? [view.positions().get(id)?.x ?? 0, view.positions().get(id)?.y ?? 0],
      ),
    );
    const reply: WorkerResponse = {
      type: 'settled',
      gen: start.gen,
      ids: order,
      xy,
      ticks: 10,
      elapsedMs: 5,
    };
    worker.onmessage?.({ data: reply } as MessageEvent<WorkerResponse>);
    await settle();
    expect(view.networkPositions().get(ids.school2)).toEqual({ x: 340, y: 140 });
    expect(view.positions().get(ids.school2)).toEqual({ x: 340, y: 140 });
    // Moves under half a unit are noise: the school stays where it is saved.
    expect(settled).toEqual([[{ id: ids.school2, x: 340, y: 140 }]]);
    view.destroy();
  });

  it('filters, highlights and selects on the canvas', () => {
    const { doc, ids, links } = placedMap();
    const { view } = headlessView();
    view.update(model(doc));
    view.highlight(ids.school2);
    // Haugen skole works only with the library: everything else fades.
    expect(view.readout.faded()).toBe(2);
    view.highlight(null);
    expect(view.readout.faded()).toBe(0);
    view.setVisible(new Set([ids.school, ids.library]), new Set([links[0] as string]));
    expect(view.onScreen().has(ids.band)).toBe(false);
    view.select({ kind: 'actor', id: ids.library });
    view.destroy();
  });
});

describe('comparison marks', () => {
  it('marks what was added since the snapshot and brings back what was removed, where it stood', () => {
    const { doc: before, ids, links } = placedMap();
    const now = removeItems(before, { actorIds: [ids.band] }, meta);
    const { view } = headlessView();
    const compared = withComparison(model(now), before, measure);
    view.update(compared);
    const ghost = compared.nodes.find((n) => n.id === REMOVED_PREFIX + ids.band);
    expect(ghost).toMatchObject({
      ghost: true,
      change: 'removed',
      pinned: true,
      position: { x: 0, y: 200 },
    });
    expect(view.positions().get(REMOVED_PREFIX + ids.band)).toEqual({ x: 0, y: 200 });
    const removedLink = compared.edges.find((e) => e.id === REMOVED_PREFIX + links[1]);
    expect(removedLink).toMatchObject({ source: ids.school, target: REMOVED_PREFIX + ids.band });
    // Compared the other way, the band is new.
    const added = withComparison(model(before), now, measure);
    expect(added.nodes.find((n) => n.id === ids.band)?.change).toBe('added');
    expect(added.edges.find((e) => e.id === links[1])?.change).toBe('added');
    expect(added.nodes.filter((n) => n.change === 'added')).toHaveLength(1);
    view.destroy();
  });
});
