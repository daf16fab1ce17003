import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { EdgeModel, ElementModel } from './elements';

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
    d.mark !== e.mark
  ) {
    el.removeData('mark');
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
