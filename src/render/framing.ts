/**
 * The canvas side of the frame-fit layout (docs/legibility.md): what the map view keeps of the
 * last frame, the maps between network and frame places, and the label classes it sets.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { type AxisMap, forward, inverse } from '../analysis/layout/frameAxes';
import type { LabelSide } from '../analysis/layout/frameBoxes';
import type { CameraRect } from './viewport';

type Point = { x: number; y: number };

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

/** One actor's label as the canvas draws it, in CSS pixels within the canvas. */
export interface LabelInfo {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontPx: number;
  visible: boolean;
}

/**
 * Every actor's label as Cytoscape drew it (`window.samspill.labels()`): its rendered box, its
 * font size on screen, and whether it is readable on the canvas (drawn, not hidden for room, not
 * below Cytoscape's smallest drawn size, and inside the canvas).
 */
export function labelInfo(cy: Core, nameOf: (id: string) => string | undefined): LabelInfo[] {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const w = cy.width();
  const h = cy.height();
  const out: LabelInfo[] = [];
  cy.nodes()
    .not('.decoration')
    .forEach((n) => {
      const node = n as NodeSingular;
      const name = nameOf(node.id());
      if (name === undefined) return;
      const b = node.boundingBox({ includeNodes: false, includeLabels: true, includeEdges: false });
      const fontPx = Number.parseFloat(String(node.style('font-size'))) * zoom;
      const minPx = Number.parseFloat(String(node.style('min-zoomed-font-size'))) || 0;
      const box = {
        x: b.x1 * zoom + pan.x,
        y: b.y1 * zoom + pan.y,
        width: b.w * zoom,
        height: b.h * zoom,
      };
      const inside =
        box.x < w && box.y < h && box.x + box.width > 0 && box.y + box.height > 0 && box.width > 0;
      const drawn = node.visible() && !node.hasClass('label-hidden') && String(node.style('label'));
      out.push({ name, ...box, fontPx, visible: Boolean(drawn) && fontPx >= minPx && inside });
    });
  return out;
}

/**
 * Pairs of visible actors where one's label covers the other's label or node (a sweep along x
 * over label and node boxes; a node and its own label do not count).
 */
export function countLabelOverlaps(cy: Core): number {
  const boxes: { x1: number; x2: number; y1: number; y2: number; owner: string; label: boolean }[] =
    [];
  cy.nodes(':visible')
    .not('.decoration')
    .forEach((n) => {
      const owner = n.id();
      const body = n.boundingBox({ includeNodes: true, includeLabels: false, includeEdges: false });
      if (body.w > 0) boxes.push({ ...body, owner, label: false });
      if (n.hasClass('label-hidden')) return;
      const text = n.boundingBox({ includeNodes: false, includeLabels: true, includeEdges: false });
      if (text.w > 0) boxes.push({ ...text, owner, label: true });
    });
  boxes.sort((a, b) => a.x1 - b.x1);
  const pairs = new Set<string>();
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    if (!a) continue;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      if (!b || b.x1 >= a.x2) break;
      if (a.owner === b.owner || (!a.label && !b.label)) continue;
      if (b.y1 < a.y2 && a.y1 < b.y2) {
        pairs.add(a.owner < b.owner ? `${a.owner}|${b.owner}` : `${b.owner}|${a.owner}`);
      }
    }
  }
  return pairs.size;
}
