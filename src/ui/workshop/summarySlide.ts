/**
 * The workshop summary as a 16:9 picture, built with DOM calls like every SVG we write: the
 * scores and what changed on the left, and beside them the map as it is now, laid out for its
 * area by the frame-fit layout, with what the room added ringed in green (docs/legibility.md).
 */

import { svgToPng } from '../../render/export/raster';
import type { Box } from '../../render/export/scene';
import { svgToString } from '../../render/export/svg';
import { drawMap } from '../../render/export/svgMap';
import { exportTheme } from '../../render/export/theme';
import { type Measure, wrapLines } from '../../render/nodeGeometry';
import { COLOURS, FONT_FAMILY } from '../../render/tokens';
import type { PictureSource } from '../export/scenes';

const NS = 'http://www.w3.org/2000/svg';
const ACCENT = '#332288';
const MUTED = '#55555e';

export interface SummaryContent {
  title: string;
  before: { label: string; value: string };
  after: { label: string; value: string };
  lines: string[];
}

/** Where the map goes on the 960 × 540 pt page, beside the text column. */
export const SUMMARY_MAP: Box = { x: 392, y: 92, w: 544, h: 424 };
const TEXT_WIDTH = 330;

function text(
  parent: Element,
  x: number,
  y: number,
  size: number,
  value: string,
  attrs: Record<string, string> = {},
) {
  const el = parent.ownerDocument.createElementNS(NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('font-size', String(size));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = value;
  parent.append(el);
}

export function summarySvg(
  c: SummaryContent,
  measure: Measure,
  map: PictureSource | null = null,
): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '960');
  svg.setAttribute('height', '540');
  svg.setAttribute('viewBox', '0 0 960 540');
  svg.setAttribute('font-family', FONT_FAMILY);
  const bg = document.createElementNS(NS, 'rect');
  for (const [k, v] of Object.entries({ width: '960', height: '540', fill: COLOURS.paper }))
    bg.setAttribute(k, v);
  svg.append(bg);
  const bar = document.createElementNS(NS, 'rect');
  for (const [k, v] of Object.entries({ width: '960', height: '8', fill: ACCENT }))
    bar.setAttribute(k, v);
  svg.append(bar);
  text(svg, 40, 64, 30, c.title, { 'font-weight': '700', fill: COLOURS.focal });
  // Beside a map the column is narrow: the scores stand closer together and lines wrap sooner.
  const width = map ? TEXT_WIDTH : 880;
  const score = (x: number, s: SummaryContent['before'], colour: string) => {
    text(svg, x, 118, 16, s.label, { fill: MUTED });
    text(svg, x, 172, map ? 44 : 52, s.value, { 'font-weight': '700', fill: colour });
  };
  score(40, c.before, MUTED);
  text(svg, map ? 168 : 250, 165, 40, '→', { fill: MUTED });
  score(map ? 214 : 320, c.after, '#009E73');
  let y = 228;
  const font = `400 18px ${FONT_FAMILY}`;
  out: for (const line of c.lines) {
    for (const part of wrapLines(line, width, font, measure)) {
      if (y > 510) break out;
      text(svg, 40, y, 18, part, { fill: COLOURS.focal });
      y += 26;
    }
    y += 8;
  }
  if (map) drawMap(svg, map.scene, map.region, SUMMARY_MAP, exportTheme('light'), measure);
  return svg;
}

export function summaryPng(
  c: SummaryContent,
  measure: Measure,
  map: PictureSource | null = null,
): Promise<Blob> {
  return svgToPng(svgToString(summarySvg(c, measure, map)), 1920, 1080);
}
