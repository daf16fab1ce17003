import type { ElementDefinition } from 'cytoscape';
import type { LabelSide } from '../../analysis/layout/frameBoxes';
import type { Point } from '../../analysis/layout/types';
import type { EdgeModel, ElementModel, NodeModel } from '../elements';
import { LABEL_MARGIN, type Measure, wrapLines } from '../nodeGeometry';
import { DECORATION, LINK_OPACITY, LINK_WIDTH, linkWidth } from '../tokens';
import { fitLabelScale, type LabelSize } from './labelScale';
import type { Box, Dash, EdgeRole, NodeShape, Scene, SceneEdge, SceneNode } from './scene';

export interface SceneInput {
  model: ElementModel;
  positions: ReadonlyMap<string, Point>;
  /** Segment and quadrant labels of a computed layout. */
  decorations: readonly ElementDefinition[];
  /** What the filter leaves; `null` shows everything. Ghosts follow their own rule (always shown). */
  visible: { actors: ReadonlySet<string>; collaborations: ReadonlySet<string> } | null;
  /** Labels may grow up to this factor where the layout leaves room (1: as on screen). */
  maxLabelScale?: number;
  /** Label sides chosen by the frame-fit layout (null hides a label); absent: every label below. */
  sides?: ReadonlyMap<string, LabelSide | null>;
  /** Nodes drawn this many times their size (a crowded frame shrinks them). Default 1. */
  nodeScale?: number;
}

const SHAPES: Record<string, NodeShape> = { project: 'round-diamond', group: 'round-hexagon' };

/** The stylesheet's choices (style.ts), resolved per link: keep the two in step. */
function edgeLook(e: EdgeModel): { role: EdgeRole; dash: Dash; width: number; opacity: number } {
  const width = linkWidth(e.strength);
  if (e.mark === 'ghost')
    return { role: 'ghost', dash: 'dashed', width: LINK_WIDTH.min, opacity: LINK_OPACITY.ghost };
  const dash: Dash =
    e.status === 'planned' || e.status === 'idea'
      ? 'dashed'
      : e.status === 'paused'
        ? 'dotted'
        : e.status === 'ended'
          ? 'dashdot'
          : 'solid';
  if (e.change === 'added') return { role: 'added', dash, width, opacity: LINK_OPACITY.added };
  if (e.mark === 'stale')
    return { role: 'stale', dash: 'dotted', width, opacity: LINK_OPACITY.marked };
  if (e.mark === 'weak') return { role: 'weak', dash, width, opacity: LINK_OPACITY.marked };
  if (e.status === 'ended') return { role: 'ended', dash, width, opacity: LINK_OPACITY.ended };
  return { role: 'active', dash, width, opacity: LINK_OPACITY.active };
}

function grow(box: Box | null, x1: number, y1: number, x2: number, y2: number): Box {
  if (!box) return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
  const left = Math.min(box.x, x1);
  const top = Math.min(box.y, y1);
  return {
    x: left,
    y: top,
    w: Math.max(box.x + box.w, x2) - left,
    h: Math.max(box.y + box.h, y2) - top,
  };
}

const shown = (n: NodeModel, input: SceneInput) =>
  n.ghost || !input.visible || input.visible.actors.has(n.id);

/** The picture of the map as drawn: visible nodes at their places, with their links and labels. */
export function buildScene(input: SceneInput, measure: Measure): Scene {
  const nodes: SceneNode[] = [];
  const labels: LabelSize[] = [];
  const at = new Map<string, Point>();
  let bounds: Box | null = null;
  for (const n of input.model.nodes) {
    const p = input.positions.get(n.id);
    if (!p || !shown(n, input)) continue;
    at.set(n.id, p);
    const side = input.sides ? (input.sides.get(n.id) ?? null) : 'below';
    nodes.push({
      id: n.id,
      label: n.label,
      x: p.x,
      y: p.y,
      size: n.size * (input.nodeScale ?? 1),
      shape: SHAPES[n.kind] ?? 'ellipse',
      fill: n.colour,
      focal: n.focal,
      ghost: n.ghost === true,
      person: n.kind === 'person',
      lines: n.lines,
      side: n.lines.length ? side : null,
      ...(n.change === 'added' ? { added: true } : {}),
    });
    labels.push({ w: n.labelW + 4, h: n.labelH + 4 });
  }
  // A frame-fit picture has its labels placed already; anything else may grow them where it can.
  const labelScale = input.sides
    ? 1
    : fitLabelScale(nodes, labels, LABEL_MARGIN, input.maxLabelScale ?? 1);
  nodes.forEach((n, i) => {
    const r = n.size / 2;
    const label = labels[i] ?? { w: 0, h: 0 };
    const lw = n.side ? label.w * labelScale : 0;
    const lh = n.side ? label.h * labelScale : 0;
    const g = LABEL_MARGIN;
    const [x1, y1, x2, y2] =
      n.side === 'right'
        ? [n.x - r, n.y - Math.max(r, lh / 2), n.x + r + g + lw, n.y + Math.max(r, lh / 2)]
        : n.side === 'left'
          ? [n.x - r - g - lw, n.y - Math.max(r, lh / 2), n.x + r, n.y + Math.max(r, lh / 2)]
          : n.side === 'above'
            ? [n.x - Math.max(r, lw / 2), n.y - r - g - lh, n.x + Math.max(r, lw / 2), n.y + r]
            : [n.x - Math.max(r, lw / 2), n.y - r, n.x + Math.max(r, lw / 2), n.y + r + g + lh];
    bounds = grow(bounds, x1, y1, x2, y2);
  });
  const edges: SceneEdge[] = [];
  for (const e of input.model.edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    const ghostLink = e.mark === 'ghost';
    if (!a || !b || (!ghostLink && input.visible && !input.visible.collaborations.has(e.id))) {
      continue;
    }
    const look = edgeLook(e);
    // Where a crowded frame shrank the nodes, the lines thin with them, or they hide the names.
    const width = look.width * Math.sqrt(input.nodeScale ?? 1);
    edges.push({ id: e.id, x1: a.x, y1: a.y, x2: b.x, y2: b.y, ...look, width });
  }
  const texts: Scene['texts'] = [];
  const rects: Scene['rects'] = [];
  const font = `700 ${DECORATION.size}px sans-serif`;
  for (const d of input.decorations) {
    const p = d.position;
    const data = d.data as { label?: string; w?: number; h?: number; colour?: string };
    if (!p || !data.label) continue;
    if (typeof data.w === 'number' && typeof data.h === 'number') {
      const r = { x: p.x - data.w / 2, y: p.y - data.h / 2, w: data.w, h: data.h };
      rects.push({ ...r, fill: data.colour ?? '#dddddd', label: data.label });
      bounds = grow(bounds, r.x, r.y, r.x + r.w, r.y + r.h);
      continue;
    }
    texts.push({ text: data.label, x: p.x, y: p.y, fontSize: DECORATION.size });
    const lines = wrapLines(data.label, DECORATION.maxWidth, font, measure);
    const w = Math.max(0, ...lines.map((l) => measure(l, font)));
    const h = lines.length * DECORATION.size * 1.2;
    bounds = grow(bounds, p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2);
  }
  const box = bounds ?? { x: 0, y: 0, w: 1, h: 1 };
  return { nodes, edges, texts, rects, bounds: box, labelScale };
}
