/**
 * The canvas side of the frame-fit layout (docs/legibility.md): what the map view keeps of the
 * last frame, the maps between network and frame places, and the label classes it sets.
 */
import type { Core } from 'cytoscape';
import { type AxisMap, forward, inverse } from '../analysis/layout/frameAxes';
import type { LabelSide } from '../analysis/layout/frameBoxes';
import type { Point } from '../analysis/layout/types';
import { setClass } from './elementSync';
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

const SIDES = ['label-right', 'label-left', 'label-above', 'label-hidden'] as const;
export const SIDE_CLASSES = SIDES.join(' ');

/**
 * Puts each label on its side (below is the stylesheet's default) or hides it. Only labels that
 * change side get new classes: a restyled node loses Cytoscape's cached drawing of it.
 */
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
      const wanted =
        side === null
          ? 'label-hidden'
          : side && side !== 'below' && side !== 'center'
            ? `label-${side}`
            : null;
      for (const c of SIDES) setClass(el, c, c === wanted);
    });
  });
}
