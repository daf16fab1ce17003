import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/analysis/layout/types';
import {
  addCollaboration,
  moveActors,
  removeItems,
  setPinned,
  updateActor,
  updateCollaboration,
} from '../../src/domain/commands';
import { type NodeSyncHost, syncElements } from '../../src/render/elementSync';
import type { ElementModel, NodeModel } from '../../src/render/elements';
import { meta, model, placedMap } from './harness';

/** A headless canvas and the host a MapView would be, recording what the sync asked of it. */
function canvas() {
  const cy: Core = cytoscape({ headless: true, styleEnabled: true });
  const moved: Array<{ id: string; p: Point; pinned: boolean }> = [];
  const unpinned: string[] = [];
  const dragging = new Set<string>();
  let framed = false;
  const host: Omit<NodeSyncHost, 'placeNear'> = {
    framed: () => framed,
    nodeScale: () => 1,
    dragging: (id) => dragging.has(id),
    moved: (id, p, pinned) => moved.push({ id, p, pinned }),
    unpin: (id) => unpinned.push(id),
  };
  let previous = new Map<string, NodeModel>();
  const sync = (m: ElementModel) => {
    const structural = syncElements(cy, m, previous, host);
    previous = new Map(m.nodes.map((n) => [n.id, n]));
    return structural;
  };
  const frame = (on: boolean) => {
    framed = on;
  };
  return { cy, sync, moved, unpinned, dragging, frame };
}

const node = (cy: Core, id: string) => cy.getElementById(id) as NodeSingular;

describe('syncElements on a headless Cytoscape', () => {
  it('adds every actor and collaboration, at its stored place', () => {
    const { doc, ids, links } = placedMap();
    const { cy, sync } = canvas();
    expect(sync(model(doc))).toBe(true);
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(Object.keys(doc.actors).sort());
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual([...links].sort());
    expect(node(cy, ids.library).position()).toEqual({ x: 200, y: 0 });
    expect(node(cy, ids.library).data('label')).toBe('Biblioteket');
    expect(node(cy, ids.school).hasClass('focal')).toBe(true);
    expect(node(cy, ids.library).hasClass('pinned')).toBe(true);
    expect(node(cy, ids.school2).hasClass('pinned')).toBe(false);
    // The same model again changes nothing.
    expect(sync(model(doc))).toBe(false);
  });

  it('removes a deleted actor with its collaborations', () => {
    const { doc, ids } = placedMap();
    const { cy, sync } = canvas();
    sync(model(doc));
    const less = removeItems(doc, { actorIds: [ids.library] }, meta);
    expect(sync(model(less))).toBe(true);
    expect(cy.getElementById(ids.library).empty()).toBe(true);
    expect(cy.edges()).toHaveLength(Object.keys(less.collaborations).length);
    expect(cy.edges().length).toBe(1);
  });

  it('restyles in place: a renamed actor, a stronger link, a moved link end', () => {
    const { doc, ids, links } = placedMap();
    const { cy, sync } = canvas();
    sync(model(doc));
    const before = node(cy, ids.library);
    let next = updateActor(doc, ids.library, { name: 'Hovedbiblioteket' }, meta);
    next = updateCollaboration(next, links[0] as string, { strength: 3, status: 'paused' }, meta);
    expect(sync(model(next))).toBe(false);
    expect(node(cy, ids.library)).toBe(before);
    expect(before.data('label')).toBe('Hovedbiblioteket');
    const edge = cy.getElementById(links[0] as string);
    expect(edge.data('strength')).toBe(3);
    expect(edge.data('status')).toBe('paused');
    // A link whose end changes is moved, and that is a change of structure.
    const moved = updateCollaboration(next, links[2] as string, { targetId: ids.band }, meta);
    expect(sync(model(moved))).toBe(true);
    expect(cy.getElementById(links[2] as string).data('target')).toBe(ids.band);
  });

  it('marks gaps on links and takes the mark off again', () => {
    const { doc, links } = placedMap();
    const { cy, sync } = canvas();
    const plain = model(doc);
    const id = links[1] as string;
    sync({ ...plain, edges: plain.edges.map((e) => (e.id === id ? { ...e, mark: 'stale' } : e)) });
    expect(cy.getElementById(id).data('mark')).toBe('stale');
    sync(plain);
    expect(cy.getElementById(id).data('mark')).toBeUndefined();
  });

  it('follows a place the document moved, by value, and never under the pointer', () => {
    const { doc, ids } = placedMap();
    const { sync, moved, dragging } = canvas();
    sync(model(doc));
    // A note edit rebuilds every position object, with the same values: nothing moved.
    sync(model(updateActor(doc, ids.band, { description: 'Ny dirigent' }, meta)));
    expect(moved).toEqual([]);
    const shifted = moveActors(doc, [{ id: ids.school2, x: 320, y: 90 }], meta);
    sync(model(shifted));
    expect(moved).toEqual([{ id: ids.school2, p: { x: 320, y: 90 }, pinned: false }]);
    dragging.add(ids.school2);
    sync(model(moveActors(shifted, [{ id: ids.school2, x: 10, y: 10 }], meta)));
    expect(moved).toHaveLength(1);
  });

  it('keeps the document places when the canvas moves the nodes (a layout, a frame)', () => {
    const { doc, ids } = placedMap();
    const { cy, sync, moved } = canvas();
    const first = model(doc);
    sync(first);
    cy.nodes().forEach((n) => {
      (n as NodeSingular).position({ x: 999, y: -999 });
    });
    expect(first.nodes.find((n) => n.id === ids.library)?.position).toEqual({ x: 200, y: 0 });
    sync(model(updateActor(doc, ids.band, { description: 'Ny dirigent' }, meta)));
    expect(moved).toEqual([]);
  });

  it('pins and unpins: the class follows, an unpin reaches the host', () => {
    const { doc, ids } = placedMap();
    const { cy, sync, moved, unpinned } = canvas();
    sync(model(doc));
    const pinned = setPinned(doc, [ids.school2], true, meta);
    sync(model(pinned));
    expect(node(cy, ids.school2).hasClass('pinned')).toBe(true);
    expect(moved).toEqual([{ id: ids.school2, p: { x: 300, y: 100 }, pinned: true }]);
    sync(model(setPinned(pinned, [ids.school2, ids.library], false, meta)));
    expect(node(cy, ids.school2).hasClass('pinned')).toBe(false);
    expect(node(cy, ids.library).hasClass('pinned')).toBe(false);
    expect(unpinned.sort()).toEqual([ids.library, ids.school2].sort());
  });

  it('places a new actor beside its partner when the canvas shows a frame', () => {
    const { doc, ids } = placedMap();
    const { cy, sync, frame } = canvas();
    sync(model(doc));
    frame(true);
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    const added = addCollaboration(
      doc,
      { sourceId: ids.band, targetId: ids.library, status: 'idea' },
      meta,
    );
    if (!added) throw new Error('link failed');
    const m = model(added.doc);
    const fresh: NodeModel = {
      ...(m.nodes[0] as NodeModel),
      id: 'new',
      label: 'Ny',
      position: null,
    };
    const withNew: ElementModel = {
      ...m,
      nodes: [...m.nodes, fresh],
      edges: [
        ...m.edges,
        {
          id: 'new-link',
          source: 'new',
          target: ids.library,
          label: '',
          strength: 1,
          status: 'idea',
        },
      ],
    };
    expect(sync(withNew)).toBe(true);
    const p = node(cy, 'new').position();
    const lib = node(cy, ids.library).position();
    expect(p).not.toEqual({ x: 0, y: 0 });
    expect(Math.hypot(p.x - lib.x, p.y - lib.y)).toBeLessThan(200);
  });
});
