import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { EdgeModel, ElementModel, NodeModel } from './elements';

type Point = { x: number; y: number };

/** Adds or updates one edge; true when the graph's structure changed. */
export function syncEdge(cy: Core, e: EdgeModel): boolean {
  const el = cy.getElementById(e.id);
  const data = { ...e };
  if (el.empty()) {
    cy.add({ group: 'edges', data });
    return true;
  }
  const d = el.data();
  if (
    d.strength !== e.strength ||
    d.status !== e.status ||
    d.label !== e.label ||
    d.mark !== e.mark ||
    d.change !== e.change
  ) {
    el.removeData('mark change');
    el.data(data);
  }
  if (d.source !== e.source || d.target !== e.target) {
    el.move({ source: e.source, target: e.target });
    return true;
  }
  return false;
}

/** A new actor starts beside a linked neighbour, or at the centre of the view. */
export function placeNear(cy: Core, model: ElementModel | null, id: string): Point {
  const neighbour = model?.edges
    .filter((e) => e.source === id || e.target === id)
    .map((e) => cy.getElementById(e.source === id ? e.target : e.source))
    .find((el) => el.nonempty());
  if (neighbour) {
    const p = (neighbour as NodeSingular).position();
    return { x: p.x + 60, y: p.y + 40 };
  }
  const ext = cy.extent();
  return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
}

/**
 * Draws a computed layout's background labels and hides actors it has no place for. In the
 * power/interest grid position carries the meaning, so links are faded there.
 */
export function showFixedLayout(
  cy: Core,
  decorations: ElementDefinition[],
  target: ReadonlyMap<string, Point>,
  fadeLinks: boolean,
): void {
  cy.edges().toggleClass('faint', fadeLinks);
  cy.add(decorations.map((d) => ({ ...d, selectable: false, grabbable: false })));
  cy.batch(() => {
    cy.nodes()
      .not('.decoration')
      .forEach((n) => {
        n.toggleClass('mode-hidden', !target.has(n.id()));
      });
  });
}

/** What syncing a node needs from the view that owns it. */
export interface NodeSyncHost {
  placeNear(id: string): Point;
  dragging(id: string): boolean;
  pin(id: string, x: number, y: number): void;
  unpin(id: string): void;
}

/** Adds or updates one node; true when it was added (the graph's structure changed). */
export function syncNode(
  cy: Core,
  n: NodeModel,
  old: NodeModel | undefined,
  host: NodeSyncHost,
): boolean {
  const el = cy.getElementById(n.id);
  const data = { id: n.id, label: n.label, colour: n.colour, size: n.size, kind: n.kind };
  if (el.empty()) {
    cy.add({
      group: 'nodes',
      data,
      position: n.position ?? host.placeNear(n.id),
      classes: n.ghost ? 'ghost' : '',
      selectable: !n.ghost,
      grabbable: !n.ghost,
    });
    cy.getElementById(n.id).toggleClass('focal', n.focal).toggleClass('pinned', n.pinned);
    return true;
  }
  if (
    !old ||
    old.label !== n.label ||
    old.colour !== n.colour ||
    old.size !== n.size ||
    old.kind !== n.kind
  ) {
    el.data(data);
  }
  el.toggleClass('focal', n.focal)
    .toggleClass('pinned', n.pinned && !n.ghost)
    .toggleClass('added', n.change === 'added')
    .toggleClass('removed', n.change === 'removed');
  // The document moved a node (undo, redo, another tab): follow it.
  if (old && n.position && old.position !== n.position && !host.dragging(n.id)) {
    const p = (el as NodeSingular).position();
    if (Math.abs(p.x - n.position.x) > 1 || Math.abs(p.y - n.position.y) > 1) {
      (el as NodeSingular).position(n.position);
    }
    if (n.pinned) host.pin(n.id, n.position.x, n.position.y);
  }
  if (old?.pinned && !n.pinned) host.unpin(n.id);
  return false;
}
