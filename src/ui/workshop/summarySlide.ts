/** The workshop summary as a 16:9 picture, built with DOM calls like every SVG we write. */

import { svgToPng } from '../../render/export/raster';
import { svgToString } from '../../render/export/svg';
import { type Measure, wrapLines } from '../../render/nodeGeometry';

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface SummaryContent {
  title: string;
  before: { label: string; value: string };
  after: { label: string; value: string };
  lines: string[];
}

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

export function summarySvg(c: SummaryContent, measure: Measure): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '960');
  svg.setAttribute('height', '540');
  svg.setAttribute('viewBox', '0 0 960 540');
  svg.setAttribute('font-family', FONT);
  const bg = document.createElementNS(NS, 'rect');
  for (const [k, v] of Object.entries({ width: '960', height: '540', fill: '#ffffff' }))
    bg.setAttribute(k, v);
  svg.append(bg);
  const bar = document.createElementNS(NS, 'rect');
  for (const [k, v] of Object.entries({ width: '960', height: '8', fill: '#332288' }))
    bar.setAttribute(k, v);
  svg.append(bar);
  text(svg, 40, 64, 30, c.title, { 'font-weight': '700', fill: '#1b1b1f' });
  const score = (x: number, s: SummaryContent['before'], colour: string) => {
    text(svg, x, 118, 16, s.label, { fill: '#55555e' });
    text(svg, x, 172, 52, s.value, { 'font-weight': '700', fill: colour });
  };
  score(40, c.before, '#55555e');
  text(svg, 250, 165, 40, '→', { fill: '#55555e' });
  score(320, c.after, '#009E73');
  let y = 228;
  for (const line of c.lines) {
    const font = `400 18px ${FONT}`;
    for (const part of wrapLines(line, 880, font, measure)) {
      if (y > 510) return svg;
      text(svg, 40, y, 18, part, { fill: '#1b1b1f' });
      y += 26;
    }
    y += 8;
  }
  return svg;
}

export function summaryPng(c: SummaryContent, measure: Measure): Promise<Blob> {
  return svgToPng(svgToString(summarySvg(c, measure)), 1920, 1080);
}
