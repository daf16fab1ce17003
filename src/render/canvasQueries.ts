/**
 * What the canvas shows, read back from Cytoscape: the labels as drawn, their overlaps, where an
 * actor is and which actors are on screen. For the diagnostics (`window.samspill`) and exports.
 */
import type { Core, NodeSingular } from 'cytoscape';

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
      // The node itself: a selection's overlay or a new actor's ring is not the node.
      const body = n.boundingBox({
        includeNodes: true,
        includeLabels: false,
        includeEdges: false,
        includeOverlays: false,
        includeUnderlays: false,
      });
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

/** Ids of the actors now on screen (inside the canvas, not filtered out). */
export function onScreen(cy: Core): Set<string> {
  const ext = cy.extent();
  const ids = new Set<string>();
  cy.nodes(':visible')
    .not('.decoration')
    .forEach((n) => {
      const p = (n as NodeSingular).position();
      if (p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2) ids.add(n.id());
    });
  return ids;
}

/** Whether the camera or any node is animating. */
export const animating = (cy: Core) =>
  cy.animated() || cy.nodes().some((n) => (n as NodeSingular).animated());

/** Where a node is drawn, in pixels within the canvas; null when it is not drawn. */
export function drawnAt(cy: Core, id: string): { x: number; y: number } | null {
  const el = cy.getElementById(id);
  return el.nonempty() && el.visible() ? (el as NodeSingular).renderedPosition() : null;
}

/** A box on the canvas, in CSS pixels within it. */
export interface DrawnBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node's own box as drawn (no label, no rings), in CSS pixels; null when it is not drawn. */
export function drawnBox(cy: Core, id: string): DrawnBox | null {
  const el = cy.getElementById(id);
  if (el.empty() || !el.visible()) return null;
  const b = (el as NodeSingular).renderedBoundingBox({
    includeLabels: false,
    includeOverlays: false,
    includeUnderlays: false,
    includeOutlines: false,
  } as Parameters<NodeSingular['renderedBoundingBox']>[0]);
  return { x: b.x1, y: b.y1, width: b.w, height: b.h };
}

/** The collaborations drawn on the canvas, as "A – B" by their actors' names (tests, support). */
export function drawnLinks(cy: Core, nameOf: (id: string) => string | undefined): string[] {
  const out: string[] = [];
  cy.edges().forEach((e) => {
    if (!e.visible() || e.hasClass('ghost')) return;
    const a = nameOf(e.source().id());
    const b = nameOf(e.target().id());
    if (a !== undefined && b !== undefined) out.push(`${a} – ${b}`);
  });
  return out;
}
