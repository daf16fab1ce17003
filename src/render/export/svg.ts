/**
 * Scene → SVG page (title, map, legend, footer), built only with DOM calls: user text
 * reaches the output through `textContent`, never through markup (docs/architecture.md).
 */
import { LABEL_FONT_FAMILY, type Measure } from '../nodeGeometry';
import {
  FOOTER_SIZE,
  LEGEND_SIZE,
  type LegendLayout,
  MARGIN,
  type PageLayout,
  pageLayout,
  SWATCH,
} from './page';
import type { FrameOptions, LegendEntry, Scene } from './scene';
import { ASCENT, DASHES, drawMap, el, num, SVG_NS } from './svgMap';
import { type ExportTheme, exportTheme } from './theme';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function legendSwatch(
  parent: Element,
  entry: LegendEntry,
  x: number,
  y: number,
  theme: ExportTheme,
) {
  if (entry.kind === 'sector')
    el(parent, 'circle', {
      cx: x + 9,
      cy: y,
      r: 6,
      fill: entry.colour,
      stroke: theme.outline(entry.colour),
      'stroke-width': 1.5,
    });
  else
    el(parent, 'line', {
      x1: x,
      y1: y,
      x2: x + 18,
      y2: y,
      stroke: theme.edge[entry.role],
      'stroke-width': 2.5,
      ...DASHES[entry.dash](2.5),
    });
}

/** The legend column at the right edge, as the page layout placed it. */
function drawLegend(
  svg: Element,
  entries: readonly LegendEntry[],
  legend: LegendLayout,
  page: PageLayout,
  theme: ExportTheme,
): void {
  const { x, width } = legend;
  const { top, bottom } = page;
  const g = el(svg, 'g', { 'data-layer': 'legend', 'font-size': LEGEND_SIZE, fill: theme.text });
  const line = LEGEND_SIZE * 1.25;
  let y = top + LEGEND_SIZE;
  for (const l of legend.heading) {
    el(g, 'text', { x, y, 'font-weight': 700, 'font-size': LEGEND_SIZE + 1 }, l);
    y += line;
  }
  entries.forEach((entry, i) => {
    y += 5;
    legendSwatch(g, entry, x, y - LEGEND_SIZE * 0.35, theme);
    for (const l of legend.rows[i] ?? []) {
      el(g, 'text', { x: x + SWATCH, y }, l);
      y += line;
    }
  });
  // A long legend shrinks rather than running off the page.
  const room = bottom - top;
  const used = y - line - top + LEGEND_SIZE * 0.4;
  if (used > room) {
    const k = room / used;
    g.setAttribute(
      'transform',
      `translate(${num(x + width)} ${num(top)}) scale(${num(k)}) translate(${num(-x - width)} ${num(-top)})`,
    );
  }
}

export function sceneToSvg(
  scene: Scene,
  frame: FrameOptions,
  measure: Measure,
  doc: Document = document,
): SVGSVGElement {
  const page = pageLayout(frame, measure);
  const { width: w, height: h } = page;
  const theme = exportTheme(frame.background);
  const svg = doc.createElementNS(SVG_NS, 'svg');
  for (const [key, value] of Object.entries({ width: w, height: h, viewBox: `0 0 ${w} ${h}` }))
    svg.setAttribute(key, String(value));
  svg.setAttributeNS(XML_NS, 'xml:lang', frame.lang);
  svg.setAttribute('role', 'img');
  svg.setAttribute('font-family', LABEL_FONT_FAMILY);
  if (frame.title) el(svg, 'title', {}, frame.title);
  if (theme.page)
    el(svg, 'rect', {
      x: 0,
      y: 0,
      width: w,
      height: h,
      fill: theme.page,
      'data-layer': 'background',
    });
  if (frame.title && page.title) {
    const size = page.title.size;
    el(
      svg,
      'text',
      {
        x: MARGIN,
        y: MARGIN + size * ASCENT,
        'font-size': size,
        'font-weight': 700,
        fill: theme.text,
        'data-layer': 'title',
      },
      frame.title,
    );
  }
  if (frame.legend && page.legend) drawLegend(svg, frame.legend.entries, page.legend, page, theme);
  drawMap(svg, scene, frame.region, page.map, theme, measure);
  if (frame.footer) {
    const line = [frame.footer.date, frame.footer.source].filter(Boolean).join(' · ');
    el(
      svg,
      'text',
      {
        x: MARGIN,
        y: h - MARGIN / 2 - 2,
        'font-size': FOOTER_SIZE,
        fill: theme.muted,
        'data-layer': 'footer',
      },
      line,
    );
  }
  return svg;
}

export function svgToString(svg: SVGSVGElement): string {
  const xml = new XMLSerializer().serializeToString(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
