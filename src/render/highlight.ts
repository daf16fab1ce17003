import type { Collection, Core, EdgeCollection } from 'cytoscape';

/**
 * Hovering fades the map only up to this many nodes; a selection fades it at any size. Every
 * element whose classes change is restyled, and Cytoscape then drops its cached drawings of it
 * and of the layer it sits in: on a bigger map a fade each time the pointer crosses a node would
 * cost more than a frame. The tooltip still names the node under the pointer.
 */
export const HOVER_FADE_MAX_NODES = 1500;

/** What to highlight: the hovered element on a map small enough, else the selected one. */
export function highlightTarget(
  cy: Core,
  hovered: string | null,
  selected: string | null,
): string | null {
  if (hovered && cy.nodes().length <= HOVER_FADE_MAX_NODES) return hovered;
  return selected;
}

/** Adds and removes `cls` only where `wanted` differs from `now`. */
function swapClass(now: Collection, wanted: Collection | EdgeCollection, cls: string): void {
  now.difference(wanted).removeClass(cls);
  wanted.difference(now).addClass(cls);
}

/**
 * Fades everything but the neighbourhood of an element. Only elements whose state changes get
 * new classes (not all cleared and set again), so showing the same neighbourhood again restyles
 * nothing and Cytoscape keeps its cached drawings.
 */
export function highlightAround(cy: Core, id: string | null): void {
  const el = id ? cy.getElementById(id) : cy.collection();
  let hood = cy.collection();
  if (el.nonempty()) {
    hood = el.group() === 'nodes' ? el.closedNeighborhood() : el.union(el.connectedNodes());
  }
  // An actor with no links has no neighbourhood to show: fading the rest would only hide it.
  const fade = hood.length > 1;
  const none = cy.collection();
  cy.batch(() => {
    swapClass(cy.elements('.faded'), fade ? cy.elements().difference(hood) : none, 'faded');
    swapClass(cy.elements('.highlighted'), fade ? hood.edges() : none, 'highlighted');
  });
}
