/**
 * The map part of an exported page: scene elements in model coordinates, scaled into the
 * page. Sizes, colours and shapes follow style.ts, so the picture matches the screen.
 */
import {
  FOCAL_FONT_SIZE,
  LABEL_FONT_FAMILY,
  LABEL_FONT_SIZE,
  LABEL_MARGIN,
  type Measure,
  wrapLines,
} from '../nodeGeometry';
import { BORDER, CHANGE_COLOURS, COLOURS, DASH, DECORATION, LABEL } from '../tokens';
import type { Box, Dash, Scene, SceneNode } from './scene';
import type { ExportTheme } from './theme';

export const SVG_NS = 'http://www.w3.org/2000/svg';
/** Where the first baseline sits below the top of a line box, as a share of the font size. */
export const ASCENT = 0.8;

export type Attrs = Record<string, string | number>;

/** Two decimals are far below a printed point and keep 1,000-node files small. */
export const num = (v: number) => String(Math.round(v * 100) / 100);

/**
 * Drops characters XML 1.0 cannot hold (control characters, lone surrogates): the serializer
 * would write them as they are, and the browser then refuses the whole image.
 */
function xmlSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c < 0xd800) ||
      (c > 0xdfff && c < 0xfffe) ||
      c > 0xffff;
    if (ok) out += ch;
  }
  return out;
}

/** The only way elements are made: user text goes in through `textContent`, never markup. */
export function el(parent: Element, name: string, attrs: Attrs = {}, text?: string): SVGElement {
  const node = parent.ownerDocument.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attrs))
    node.setAttribute(key, typeof value === 'number' ? num(value) : value);
  if (text !== undefined) node.textContent = xmlSafe(text);
  parent.appendChild(node);
  return node;
}

export const DASHES: Record<Dash, (width: number) => Attrs> = {
  solid: () => ({}),
  dashed: () => ({ 'stroke-dasharray': DASH.dashed.join(' ') }),
  dashdot: () => ({ 'stroke-dasharray': DASH.ended.join(' ') }),
  // Round dots read as dotted at any zoom and in print; Cytoscape's [1, 1] blurs into grey.
  dotted: (w) => ({
    'stroke-dasharray': `0 ${num(Math.max(3, w * 2))}`,
    'stroke-linecap': 'round',
  }),
};

// Unit outlines in Cytoscape's orientation, clockwise on screen (y down).
const DIAMOND = [0, -1, 1, 0, 0, 1, -1, 0];
const HEXAGON = [-0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1, -1, 0];

/** Cytoscape's round polygons: each corner an arc of radius min(size / 10, 8). */
function roundPolygon(unit: number[], cx: number, cy: number, size: number) {
  const half = size / 2;
  const radius = Math.min(size / 10, 8);
  const pts: [number, number][] = [];
  for (let i = 0; i < unit.length; i += 2)
    pts.push([cx + (unit[i] ?? 0) * half, cy + (unit[i + 1] ?? 0) * half]);
  const at = (i: number) => pts[(i + pts.length) % pts.length] ?? [cx, cy];
  let d = '';
  pts.forEach(([x, y], i) => {
    const [px, py] = at(i - 1);
    const [nx, ny] = at(i + 1);
    const l1 = Math.hypot(px - x, py - y);
    const l2 = Math.hypot(nx - x, ny - y);
    const cos = ((px - x) * (nx - x) + (py - y) * (ny - y)) / (l1 * l2);
    const along = Math.min(radius / Math.tan(Math.acos(cos) / 2), l1 / 2, l2 / 2);
    const a = `${num(x + ((px - x) * along) / l1)} ${num(y + ((py - y) * along) / l1)}`;
    const b = `${num(x + ((nx - x) * along) / l2)} ${num(y + ((ny - y) * along) / l2)}`;
    d += `${i ? 'L' : 'M'}${a}A${num(radius)} ${num(radius)} 0 0 1 ${b}`;
  });
  return `${d}Z`;
}

function shape(parent: Element, n: SceneNode, size: number, attrs: Attrs): void {
  if (n.shape === 'ellipse') el(parent, 'circle', { cx: n.x, cy: n.y, r: size / 2, ...attrs });
  else {
    const unit = n.shape === 'round-diamond' ? DIAMOND : HEXAGON;
    el(parent, 'path', { d: roundPolygon(unit, n.x, n.y, size), ...attrs });
  }
}

/**
 * A node's shapes, grouped and numbered by its place in the scene (`data-node`, never user text),
 * so a reader of the file, or a test, can pair each label with its node.
 */
function drawNode(layer: Element, n: SceneNode, index: number, theme: ExportTheme): void {
  const parent = el(layer, 'g', { 'data-node': index });
  if (n.added) {
    // As on the canvas comparing with a version: a green ring round what is new.
    shape(parent, n, n.size + 6, { fill: 'none', stroke: CHANGE_COLOURS.added, 'stroke-width': 3 });
  }
  const outline = theme.outline(n.fill);
  if (n.ghost) {
    shape(parent, n, n.size, {
      fill: n.fill,
      'fill-opacity': 0.12,
      stroke: outline,
      'stroke-width': 3,
      'stroke-dasharray': DASH.ghostNode.join(' '),
    });
    return;
  }
  if (!n.focal && !n.person) {
    shape(parent, n, n.size, { fill: n.fill, stroke: outline });
    return;
  }
  // A double border as Cytoscape draws it: two lines of a third of the width each, with a
  // clear gap between them centred on the outline.
  const third = (n.focal ? BORDER.focal : BORDER.person) / 3;
  const ring = {
    fill: 'none',
    stroke: n.focal ? COLOURS.focalRing : outline,
    'stroke-width': third,
  };
  const fill = n.focal && n.fill === COLOURS.focal ? theme.focalFill : n.fill;
  shape(parent, n, n.size - third, { fill, stroke: 'none' });
  shape(parent, n, n.size - 2 * third, ring);
  shape(parent, n, n.size + 2 * third, ring);
}

/**
 * One `<text>` per label, one `<tspan>` per line, on the side of the node the layout chose
 * (below, as on screen, when it chose none). Lines come wrapped from the model.
 */
function drawLabel(
  parent: Element,
  n: SceneNode,
  index: number,
  theme: ExportTheme,
  scale: number,
): void {
  const lines = n.lines;
  if (lines.length === 0 || n.side === null) return;
  const size = (n.focal ? FOCAL_FONT_SIZE : LABEL_FONT_SIZE) * scale;
  const step = size * LABEL.lineHeight;
  const block = size + (lines.length - 1) * step;
  const reach = n.size / 2 + LABEL_MARGIN;
  let x = n.x;
  let top = n.y + reach;
  let anchor: string | null = null;
  if (n.side === 'right' || n.side === 'left') {
    x = n.side === 'right' ? n.x + reach : n.x - reach;
    top = n.y - block / 2;
    anchor = n.side === 'right' ? 'start' : 'end';
  } else if (n.side === 'above') top = n.y - reach - block;
  const attrs: Attrs = { x, y: top + size * ASCENT, 'data-node': index };
  if (anchor) attrs['text-anchor'] = anchor;
  if (n.focal) Object.assign(attrs, { 'font-size': size, 'font-weight': LABEL.focalWeight });
  if (n.ghost) Object.assign(attrs, { 'font-style': 'italic', fill: theme.ghostLabel });
  // User text only ever goes in as text content: a cut name's full form is in the deck's notes.
  const text = el(parent, 'text', attrs);
  lines.forEach((line, i) => {
    el(text, 'tspan', { x, dy: i ? step : 0 }, line);
  });
}

/** A centred block of lines, as Cytoscape draws a wrapped label with `text-valign: center`. */
function drawBlock(
  parent: Element,
  text: string,
  x: number,
  y: number,
  size: number,
  measure: Measure,
) {
  const font = `700 ${size}px ${LABEL_FONT_FAMILY}`;
  const lines = wrapLines(text, DECORATION.maxWidth, font, measure);
  const node = el(parent, 'text', {
    x,
    y: y - ((lines.length - 1) * size) / 2 + size * 0.35,
    'font-size': size,
  });
  lines.forEach((line, i) => {
    el(node, 'tspan', { x, dy: i ? size : 0 }, line);
  });
}

let clipSeq = 0;

/** Draws the scene fitted to `region`, centred in `area` and clipped to it. */
export function drawMap(
  svg: Element,
  scene: Scene,
  region: Box,
  area: Box,
  theme: ExportTheme,
  measure: Measure,
) {
  const rw = region.w > 0 ? region.w : 1;
  const rh = region.h > 0 ? region.h : 1;
  const scale = Math.min(area.w / rw, area.h / rh);
  const tx = area.x + (area.w - rw * scale) / 2 - region.x * scale;
  const ty = area.y + (area.h - rh * scale) / 2 - region.y * scale;
  // Ids must be unique when several exports sit in one document (the PDF path attaches one).
  const clipId = `samspill-map-clip-${++clipSeq}`;
  const clip = el(el(svg, 'defs'), 'clipPath', { id: clipId, clipPathUnits: 'userSpaceOnUse' });
  el(clip, 'rect', { x: area.x, y: area.y, width: area.w, height: area.h });
  const clipped = el(svg, 'g', { 'clip-path': `url(#${clipId})`, 'data-layer': 'map' });
  const map = el(clipped, 'g', { transform: `translate(${num(tx)} ${num(ty)}) scale(${scale})` });
  const decoration = { fill: theme.muted, 'font-weight': 700, 'text-anchor': 'middle' };
  const rects = el(map, 'g', {
    'data-layer': 'rects',
    'stroke-width': 2,
    stroke: theme.rectBorder,
  });
  for (const r of scene.rects) {
    el(rects, 'rect', {
      x: r.x,
      y: r.y,
      width: r.w,
      height: r.h,
      fill: r.fill,
      'fill-opacity': 0.1,
    });
    el(
      rects,
      'text',
      { x: r.x + r.w / 2, y: r.y + 30, 'font-size': 30, stroke: 'none', ...decoration },
      r.label,
    );
  }
  const texts = el(map, 'g', { 'data-layer': 'texts', ...decoration });
  for (const t of scene.texts) drawBlock(texts, t.text, t.x, t.y, t.fontSize, measure);
  const edges = el(map, 'g', { 'data-layer': 'edges', fill: 'none' });
  for (const e of scene.edges) {
    el(edges, 'line', {
      x1: e.x1,
      y1: e.y1,
      x2: e.x2,
      y2: e.y2,
      stroke: theme.edge[e.role],
      'stroke-width': e.width,
      'stroke-opacity': e.opacity,
      ...DASHES[e.dash](e.width),
    });
  }
  const nodes = el(map, 'g', { 'data-layer': 'nodes', 'stroke-width': BORDER.plain });
  scene.nodes.forEach((n, i) => {
    drawNode(nodes, n, i, theme);
  });
  // Labels last, so no line or node is drawn over text.
  const labels = el(map, 'g', {
    'data-layer': 'labels',
    'font-size': LABEL_FONT_SIZE * (scene.labelScale ?? 1),
    'font-weight': LABEL.weight,
    'text-anchor': 'middle',
    fill: theme.text,
    ...(theme.halo
      ? {
          stroke: theme.halo,
          'stroke-width': LABEL.exportHalo,
          'stroke-opacity': 0.85,
          'stroke-linejoin': 'round',
          'paint-order': 'stroke',
        }
      : {}),
  });
  scene.nodes.forEach((n, i) => {
    drawLabel(labels, n, i, theme, scene.labelScale ?? 1);
  });
}
