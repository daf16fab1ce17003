/**
 * The frame-fit layout on the canvas (docs/legibility.md): what to ask the layout worker for, how
 * a frame's answer goes onto the canvas, and labels placed again for a zoom.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_SIDES, type LabelSide } from '../analysis/layout/frameBoxes';
import { labelsAt } from '../analysis/layout/frameLabels';
import type { FittedFrame, FrameRequest } from '../analysis/layout/frameSearch';
import type { Point } from '../analysis/layout/types';
import type { ElementModel, NodeModel } from './elements';
import { frameNodes } from './frameInput';
import { applySides, type Framed, SIDE_CLASSES } from './framing';
import { labelBleed } from './nodeGeometry';
import { mapStyle, type StyleOptions } from './style';
import { LABEL } from './tokens';
import type { Insets } from './viewport';

/** How long nodes take to move to a new frame: smooth, and short enough to follow the room. */
export const FRAME_MS = 380;

/** Space the canvas keeps between boxes: a little more than an export needs. */
const CANVAS_PADDING = 2;

const drawn = (cy: Core) => (n: NodeModel) => {
  const el = cy.getElementById(n.id);
  return el.nonempty() && !el.hasClass('hidden') && !el.hasClass('mode-hidden');
};

/** The rings' middle: the culture school, kept in the middle of the frame. */
export function ringsCentre(model: ElementModel, places: ReadonlyMap<string, Point>): Point {
  const focal = model.nodes.find((n) => n.focal);
  return (focal && places.get(focal.id)) ?? { x: 0, y: 0 };
}

/**
 * The layout worker's task for the canvas: the shown actors at their network places (or the
 * rings' places, with the segment names as fixed background labels), labels with Cytoscape's own
 * margins, and the label range of the room.
 */
export function frameRequestFor(
  cy: Core,
  model: ElementModel,
  places: ReadonlyMap<string, Point>,
  o: {
    rings: boolean;
    must: ReadonlySet<string>;
    style: StyleOptions;
    profile: { minPx: number; maxPx: number };
    frame: { w: number; h: number };
  },
): FrameRequest {
  const nodes = frameNodes(model, places, {
    shown: drawn(cy),
    must: o.must,
    held: (n) => !o.rings && n.pinned,
    bleed: labelBleed(o.style.contrast),
  });
  if (o.rings) {
    cy.$('.decoration').forEach((d) => {
      const p = (d as NodeSingular).position();
      const bb = d.boundingBox({ includeLabels: true, includeNodes: false });
      nodes.push({
        id: d.id(),
        x: p.x,
        y: p.y,
        d: 0,
        label: { w: bb.w, h: bb.h },
        importance: Number.MAX_SAFE_INTEGER,
        must: true,
        centred: true,
      });
    });
  }
  return {
    nodes,
    gap: LABEL.margin,
    padding: CANVAS_PADDING,
    spread: o.rings ? 0 : 0.5,
    ...(o.rings ? { centre: ringsCentre(model, places) } : {}),
    range: {
      frame: o.frame,
      basePx: LABEL.size * o.style.labelScale,
      minPx: o.profile.minPx,
      maxPx: o.profile.maxPx,
    },
  };
}

/**
 * Puts a frame on the canvas: every node to its place (animated unless it is the first frame),
 * labels to their sides, and the camera to the frame unless the user moved it. Nodes under the
 * pointer stay.
 */
export function showFrame(
  cy: Core,
  result: FittedFrame,
  request: FrameRequest,
  o: { insets: Insets; animate: boolean; camera: boolean; still: (id: string) => boolean },
): { framed: Framed; target: Map<string, Point> } {
  const frame = request.range.frame;
  const zoom = result.scale;
  const pan = {
    x: o.insets.left + (frame.w - result.model.w * zoom) / 2,
    y: o.insets.top + (frame.h - result.model.h * zoom) / 2,
  };
  const target = new Map<string, Point>();
  result.ids.forEach((id, i) => {
    target.set(id, { x: result.xy[2 * i] ?? 0, y: result.xy[2 * i + 1] ?? 0 });
  });
  // Labels keep their classes where the side is the same (applySides); the rest lose theirs.
  cy.nodes()
    .filter((n) => !target.has(n.id()))
    .removeClass(SIDE_CLASSES);
  applySides(cy, result.ids, result.sides);
  const moving = cy.nodes().filter((n) => target.has(n.id()) && !o.still(n.id()));
  cy.stop(true);
  if (!o.animate) {
    cy.batch(() => {
      moving.forEach((n) => {
        const to = target.get(n.id());
        if (to) (n as NodeSingular).position(to);
      });
    });
    if (o.camera) cy.viewport({ zoom, pan });
  } else {
    moving.forEach((n) => {
      const to = target.get(n.id());
      if (to) n.animate({ position: to }, { duration: FRAME_MS, easing: 'ease-in-out-cubic' });
    });
    if (o.camera) cy.animate({ zoom, pan }, { duration: FRAME_MS });
  }
  const framed: Framed = { axes: result.axes, zoom, pan, px: result.px, hidden: result.hidden };
  return { framed, target };
}

/** Zoomed in further than this (from the frame's zoom), labels are placed again for the zoom. */
const RELABEL_ZOOM = 1.08;

/**
 * Zoomed in on a frame, labels grow only with the fourth root of the zoom, so the room between
 * nodes grows faster than the names: labels the frame had to hide come back, most important
 * first, and a label keeps its frame side where it still fits. Back at the frame's zoom, the
 * frame's own labels return. Returns the label scale drawn (null: the frame's own), how many
 * names are hidden and their size on screen; null when nothing changed.
 */
export function zoomLabels(
  cy: Core,
  model: ElementModel,
  o: {
    framed: Framed;
    sides: { ids: string[]; sides: (LabelSide | null)[] } | null;
    must: ReadonlySet<string>;
    nodeScale: number;
    style: StyleOptions;
    relabelled: boolean;
  },
): { scale: number | null; hidden: number; px: number } | null {
  const f = o.framed;
  const k = cy.zoom() / f.zoom;
  if (k < RELABEL_ZOOM) {
    if (!o.relabelled) return null;
    cy.style(mapStyle(o.style));
    if (o.sides) applySides(cy, o.sides.ids, o.sides.sides);
    return { scale: null, hidden: f.hidden.length, px: f.px };
  }
  const shrink = k ** -0.75;
  const scale = o.style.labelScale * shrink;
  cy.style(mapStyle({ ...o.style, labelScale: scale }));
  const at = new Map(cy.nodes().map((n) => [n.id(), { ...(n as NodeSingular).position() }]));
  const bleed = labelBleed(o.style.contrast);
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const nodes = frameNodes(model, at, { shown: drawn(cy), must: o.must, bleed: 0 }).map((n) => {
    const m = byId.get(n.id);
    const label =
      m && n.label ? { w: m.labelW * shrink + 2 * bleed, h: m.labelH * shrink + 2 * bleed } : null;
    return { ...n, d: n.d * o.nodeScale, label };
  });
  const framedSide = new Map((o.sides?.ids ?? []).map((id, i) => [id, o.sides?.sides[i] ?? null]));
  const sides = labelsAt(
    nodes,
    LABEL_SIDES,
    LABEL.margin,
    CANVAS_PADDING,
    nodes.map((n) => framedSide.get(n.id) ?? null),
  );
  applySides(
    cy,
    nodes.map((n) => n.id),
    sides,
  );
  const hidden = sides.filter((s, i) => s === null && nodes[i]?.label).length;
  return { scale, hidden, px: f.px * k ** 0.25 };
}

/** Pans so the given nodes' centre (at their target places) is in the middle of the canvas. */
export function centreOn(cy: Core, ids: readonly string[], target: ReadonlyMap<string, Point>) {
  const at = ids.flatMap((id) => target.get(id) ?? []);
  if (at.length === 0) return;
  const x = at.reduce((a, p) => a + p.x, 0) / at.length;
  const y = at.reduce((a, p) => a + p.y, 0) / at.length;
  const zoom = cy.zoom();
  cy.animate(
    { pan: { x: cy.width() / 2 - zoom * x, y: cy.height() / 2 - zoom * y } },
    { duration: FRAME_MS },
  );
}

/** Draws every node `scale` times its model size. */
export function scaleNodeSizes(cy: Core, nodes: Iterable<NodeModel>, scale: number): void {
  cy.batch(() => {
    for (const n of nodes) {
      const el = cy.getElementById(n.id);
      if (el.nonempty()) el.data('size', Math.max(4, Math.round(n.size * scale)));
    }
  });
}
