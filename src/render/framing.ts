/**
 * The canvas side of the frame-fit layout (docs/legibility.md): what the map view keeps of the
 * last frame, the maps between network and frame places, and the label classes it sets.
 */
import type { Core } from 'cytoscape';
import { type AxisMap, forward, inverse } from '../analysis/layout/frameAxes';
import type { LabelSide } from '../analysis/layout/frameBoxes';
import type { Point } from '../analysis/layout/types';
import type { CameraRect } from './viewport';

/** The frame now on the canvas. */
export interface Framed {
  axes: { x: AxisMap; y: AxisMap };
  /** The zoom at which labels are `px` high on screen. */
  zoom: number;
  pan: Point;
  px: number;
  /** Actors whose labels the frame had no room for, most important first. */
  hidden: string[];
}

/** A place in the frame → the network place that maps to it (a drop, a camera corner). */
export const toNetwork = (f: Framed, p: Point): Point => ({
  x: inverse(f.axes.x, p.x),
  y: inverse(f.axes.y, p.y),
});

export const toFrame = (f: Framed, p: Point): Point => ({
  x: forward(f.axes.x, p.x),
  y: forward(f.axes.y, p.y),
});

/** A rectangle's corners mapped through `map` (axis maps are monotone, so corners stay corners). */
export function mapRect(rect: CameraRect, map: (p: Point) => Point): CameraRect {
  const a = map({ x: rect.x, y: rect.y });
  const b = map({ x: rect.x + rect.w, y: rect.y + rect.h });
  return { x: a.x, y: a.y, w: Math.max(1, b.x - a.x), h: Math.max(1, b.y - a.y) };
}

export const SIDE_CLASSES = 'label-right label-left label-above label-hidden';

/** Puts each label on its side (below is the stylesheet's default) or hides it. */
export function applySides(
  cy: Core,
  ids: readonly string[],
  sides: readonly (LabelSide | null)[],
): void {
  cy.batch(() => {
    ids.forEach((id, i) => {
      const el = cy.getElementById(id);
      if (el.empty() || el.hasClass('decoration')) return;
      const side = sides[i];
      el.removeClass(SIDE_CLASSES);
      if (side === null) el.addClass('label-hidden');
      else if (side && side !== 'below' && side !== 'center') el.addClass(`label-${side}`);
    });
  });
}
