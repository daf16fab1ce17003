/**
 * The keyboard's current actor on the canvas: which actors the arrows reach, where they start,
 * the focus ring, and keeping the current actor in view.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { animating } from './canvasQueries';
import { type Direction, nearestInDirection, nearestTo, type Placed } from './nearestInDirection';
import type { Insets } from './viewport';

/** The class of the focus ring (style.ts draws it). */
export const KEY_FOCUS = 'keyfocus';

/** Room kept between the current actor and the canvas edge (a node and a line of its label). */
const MARGIN = 48;

/** Actors the arrows reach, where they are drawn: shown, not ghosts, backgrounds or removed. */
export function reachable(cy: Core): Placed[] {
  return cy
    .nodes(':visible')
    .not('.decoration, .ghost, .removed')
    .map((n) => ({ id: n.id(), ...(n as NodeSingular).renderedPosition() }));
}

/** The free part of the canvas, between the panels drawn over it. */
function frame(cy: Core, insets: Insets) {
  return {
    x1: insets.left,
    y1: insets.top,
    x2: Math.max(insets.left, cy.width() - insets.right),
    y2: Math.max(insets.top, cy.height() - insets.bottom),
  };
}

/**
 * The actor an arrow moves to from `from` (null: none yet): the nearest in the direction, or
 * none at the edge. With no current actor, the first press picks the culture school, or the actor
 * nearest the middle of the canvas when it is not shown.
 */
export function nextActor(
  cy: Core,
  from: string | null,
  direction: Direction,
  insets: Insets,
): string | null {
  const actors = reachable(cy);
  const current = from === null ? undefined : actors.find((a) => a.id === from);
  if (current) return nearestInDirection(current, direction, actors);
  const focal = actors.find((a) => cy.getElementById(a.id).hasClass('focal'));
  if (focal) return focal.id;
  const f = frame(cy, insets);
  return nearestTo({ x: (f.x1 + f.x2) / 2, y: (f.y1 + f.y2) / 2 }, actors);
}

/** Draws the focus ring on one actor, or on none. */
export function showKeyFocus(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.nodes(`.${KEY_FOCUS}`).removeClass(KEY_FOCUS);
    if (id) cy.getElementById(id).addClass(KEY_FOCUS);
  });
}

/**
 * Pans just enough to bring an actor inside the free part of the canvas; false when it was in
 * view already (or is not drawn).
 */
export function reveal(cy: Core, id: string, insets: Insets): boolean {
  const el = cy.getElementById(id);
  if (el.empty() || !el.visible()) return false;
  const p = (el as NodeSingular).renderedPosition();
  const f = frame(cy, insets);
  const shift = (v: number, lo: number, hi: number) =>
    hi - lo < 2 * MARGIN
      ? (lo + hi) / 2 - v
      : Math.max(lo + MARGIN - v, Math.min(0, hi - MARGIN - v));
  const dx = shift(p.x, f.x1, f.x2);
  const dy = shift(p.y, f.y1, f.y2);
  if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) return false;
  const pan = cy.pan();
  cy.animate({ pan: { x: pan.x + dx, y: pan.y + dy } }, { duration: 200 });
  return true;
}

/**
 * Reveals an actor once nothing on the canvas moves (a new frame animates every node to its
 * place), checking every 50 ms for at most two seconds. `panned` runs when the camera moved,
 * `done` in any case.
 */
export function revealWhenStill(
  cy: Core,
  id: string,
  insets: () => Insets,
  on: { panned(): void; done(): void },
  tries = 40,
): void {
  if (cy.destroyed()) {
    on.done();
    return;
  }
  if (animating(cy) && tries > 0) {
    setTimeout(() => revealWhenStill(cy, id, insets, on, tries - 1), 50);
    return;
  }
  if (reveal(cy, id, insets())) on.panned();
  on.done();
}
