/**
 * Scene → SVG page (title, map, legend, footer), built only with DOM calls: user text
 * reaches the output through `textContent`, never through markup (DESIGN.md §7).
 */
import { LABEL_FONT_FAMILY, type Measure, wrapLines } from '../nodeGeometry';
import { type FrameOptions, type LegendEntry, PAGE_POINTS, type Scene } from './scene';
import { ASCENT, DASHES, drawMap, el, num, SVG_NS } from './svgMap';
import { type ExportTheme, exportTheme } from './theme';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const MARGIN = 24;
const TITLE_SIZE = 26;
const FOOTER_SIZE = 9;
const LEGEND_SIZE = 11;
const LEGEND_MAX_WIDTH = 170;

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
      stroke: theme.halo ?? '#ffffff',
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

/** The legend column at the right edge; returns its left x. */
function drawLegend(
  svg: Element,
  frame: FrameOptions,
  top: number,
  bottom: number,
  theme: ExportTheme,
  measure: Measure,
): number {
  const legend = frame.legend;
  if (!legend) return PAGE_POINTS[frame.page].w - MARGIN;
  const font = `400 ${LEGEND_SIZE}px ${LABEL_FONT_FAMILY}`;
  const headFont = `700 ${LEGEND_SIZE + 1}px ${LABEL_FONT_FAMILY}`;
  const heading = wrapLines(legend.heading, LEGEND_MAX_WIDTH, headFont, measure);
  const rows = legend.entries.map((e) => wrapLines(e.label, LEGEND_MAX_WIDTH - 24, font, measure));
  const width = Math.min(
    LEGEND_MAX_WIDTH,
    Math.max(
      60,
      ...heading.map((l) => measure(l, headFont)),
      ...rows.flat().map((l) => measure(l, font) + 24),
    ),
  );
  const x = PAGE_POINTS[frame.page].w - MARGIN - width;
  const g = el(svg, 'g', { 'data-layer': 'legend', 'font-size': LEGEND_SIZE, fill: theme.text });
  const line = LEGEND_SIZE * 1.25;
  let y = top + LEGEND_SIZE;
  for (const l of heading) {
    el(g, 'text', { x, y, 'font-weight': 700, 'font-size': LEGEND_SIZE + 1 }, l);
    y += line;
  }
  legend.entries.forEach((entry, i) => {
    y += 5;
    legendSwatch(g, entry, x, y - LEGEND_SIZE * 0.35, theme);
    for (const l of rows[i] ?? []) {
      el(g, 'text', { x: x + 24, y }, l);
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
  return x;
}

export function sceneToSvg(
  scene: Scene,
  frame: FrameOptions,
  measure: Measure,
  doc: Document = document,
): SVGSVGElement {
  const { w, h } = PAGE_POINTS[frame.page];
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

  let top = MARGIN;
  if (frame.title) {
    const fit = (w - 2 * MARGIN) / measure(frame.title, `700 ${TITLE_SIZE}px ${LABEL_FONT_FAMILY}`);
    const size = Math.max(14, Math.min(TITLE_SIZE, TITLE_SIZE * fit));
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
    top = MARGIN + size + 12;
  }
  const bottom = frame.footer ? h - MARGIN - FOOTER_SIZE : h - MARGIN;
  const legendLeft = drawLegend(svg, frame, top, bottom, theme, measure);
  const right = frame.legend ? legendLeft - 16 : w - MARGIN;
  drawMap(
    svg,
    scene,
    frame.region,
    { x: MARGIN, y: top, w: right - MARGIN, h: bottom - top },
    theme,
    measure,
  );
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
