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
  /** The pointer is over an element (`at`: where on the canvas, in CSS pixels), or left it. */
  hover(id: string | null, at?: { x: number; y: number }): void;
  /** A finished drag: one edit for all nodes that moved together. */
  dragEnd(moves: Move[]): void;
  /** The layout came to rest: positions to keep, not an undoable edit. */
  settled(moves: Move[]): void;
  /** The first frame is on the canvas: the map is drawn, laid out and framed. */
  ready(): void;
  /** A big map on its way to the canvas (actors shown so far), or null once all are there. */
  loading?(progress: { shown: number; total: number } | null): void;
  /** A new frame is on the canvas: how many labels it had no room for, and the label size. */
  framed?(info: { hidden: number; px: number }): void;
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
  bindHover(cy, events);
}

/** How long the viewport must keep still before hovering counts again. */
export const VIEWPORT_REST_MS = 250;

/**
 * Hovers are reported while the viewport is still. A zoom or pan sweeps nodes past a still
 * pointer, and each hover fades the map: every element is restyled, so Cytoscape throws away its
 * cached drawings and redraws the whole map in the middle of the gesture (issue 18). What the
 * pointer is over once the viewport has come to rest is reported then.
 */
function bindHover(cy: Core, events: MapViewEvents): void {
  let reported: string | null = null;
  let pending: { id: string | null; at?: { x: number; y: number } } | null = null;
  let moving: ReturnType<typeof setTimeout> | null = null;
  const hover = (id: string | null, at?: { x: number; y: number }) => {
    if (moving) {
      pending = at ? { id, at } : { id };
      return;
    }
    reported = id;
    events.hover(id, at);
  };
  cy.on('viewport', () => {
    if (moving) clearTimeout(moving);
    moving = setTimeout(() => {
      moving = null;
      const last = pending;
      pending = null;
      if (last && last.id !== reported) hover(last.id, last.at);
    }, VIEWPORT_REST_MS);
  });
  cy.on('destroy', () => {
    if (moving) clearTimeout(moving);
  });
  cy.on('mouseover', 'node, edge', (evt) => hover(evt.target.id(), evt.renderedPosition));
  cy.on('mouseout', 'node, edge', () => hover(null));
}

/** What a drag reports to the view that owns the nodes. */
export interface DragHost {
  grabbed(id: string, at: { x: number; y: number }): void;
  moving(id: string, at: { x: number; y: number }): void;
  /** The node was let go at `at`: the move to keep, or null (no move, or not a saved one). */
  dropped(id: string, at: { x: number; y: number }): Move | null;
  /** Nodes dragged together, as one edit. */
  moved(moves: Move[]): void;
}

/** Grab, drag and free: nodes dragged together are freed one by one, and reported as one edit. */
export function bindDrags(cy: Core, host: DragHost): void {
  let pending: Move[] = [];
  cy.on('grab', 'node', (evt) => host.grabbed(evt.target.id(), { ...evt.target.position() }));
  cy.on('drag', 'node', (evt) => host.moving(evt.target.id(), { ...evt.target.position() }));
  cy.on('free', 'node', (evt) => {
    const move = host.dropped(evt.target.id(), { ...evt.target.position() });
    if (!move) return;
    pending.push(move);
    queueMicrotask(() => {
      if (pending.length === 0) return;
      const moves = pending;
      pending = [];
      host.moved(moves);
    });
  });
}
