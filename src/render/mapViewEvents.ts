import type { Core } from 'cytoscape';
import { isGhostId } from './elements';
/** What the map view reports back to the app: gestures and finished layouts. */

export interface Move {
  id: string;
  x: number;
  y: number;
  pinned?: boolean;
}

export interface MapViewEvents {
  select(selection: { kind: 'actor' | 'collaboration'; id: string } | null): void;
  hover(id: string | null): void;
  /** A finished drag: one edit for all nodes that moved together. */
  dragEnd(moves: Move[]): void;
  /** The layout came to rest: positions to keep, not an undoable edit. */
  settled(moves: Move[]): void;
  ready(): void;
}

/** Taps select (ghosts and background labels never), hovers highlight, and pans count as moves. */
export function bindSelection(cy: Core, events: MapViewEvents, userMoved: () => void): void {
  cy.on('tap', (evt) => {
    if (evt.target === cy) events.select(null);
  });
  cy.on('tap', 'node', (evt) => {
    const id: string = evt.target.id();
    if (!isGhostId(id) && !evt.target.hasClass('decoration')) events.select({ kind: 'actor', id });
  });
  cy.on('tap', 'edge', (evt) => events.select({ kind: 'collaboration', id: evt.target.id() }));
  cy.on('dragpan scrollzoom pinchzoom', userMoved);
  cy.on('mouseover', 'node, edge', (evt) => events.hover(evt.target.id()));
  cy.on('mouseout', 'node, edge', () => events.hover(null));
}
