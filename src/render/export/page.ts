/**
 * Where things go on an exported page: the title line, the legend column, the footer and the
 * map area between them. Worked out before the map is laid out, because the frame-fit layout
 * lays the map out for exactly that area (docs/legibility.md).
 */
import { type Measure, wrapLines } from '../nodeGeometry';
import { FONT_FAMILY } from '../tokens';
import { type Box, type FrameOptions, PAGE_POINTS } from './scene';

export const MARGIN = 24;
export const TITLE_SIZE = 26;
export const FOOTER_SIZE = 9;
export const LEGEND_SIZE = 11;
const LEGEND_MAX_WIDTH = 170;
/** Room for a legend entry's swatch before its text. */
export const SWATCH = 24;
const LEGEND_GAP = 14;

export interface LegendLayout {
  x: number;
  width: number;
  heading: string[];
  rows: string[][];
}

export interface PageLayout {
  width: number;
  height: number;
  title: { size: number } | null;
  /** Top and bottom of the band between title and footer. */
  top: number;
  bottom: number;
  legend: LegendLayout | null;
  /** The map area, in points. */
  map: Box;
}

export const legendFont = () => `400 ${LEGEND_SIZE}px ${FONT_FAMILY}`;
export const legendHeadFont = () => `700 ${LEGEND_SIZE + 1}px ${FONT_FAMILY}`;

export function pageLayout(frame: Omit<FrameOptions, 'region'>, measure: Measure): PageLayout {
  const { w, h } = PAGE_POINTS[frame.page];
  let top = MARGIN;
  let title: PageLayout['title'] = null;
  if (frame.title) {
    const fit = (w - 2 * MARGIN) / measure(frame.title, `700 ${TITLE_SIZE}px ${FONT_FAMILY}`);
    const size = Math.max(14, Math.min(TITLE_SIZE, TITLE_SIZE * fit));
    title = { size };
    top = MARGIN + size + 10;
  }
  const bottom = frame.footer ? h - MARGIN - FOOTER_SIZE : h - MARGIN;
  let legend: LegendLayout | null = null;
  if (frame.legend) {
    const heading = wrapLines(frame.legend.heading, LEGEND_MAX_WIDTH, legendHeadFont(), measure);
    const rows = frame.legend.entries.map((e) =>
      wrapLines(e.label, LEGEND_MAX_WIDTH - SWATCH, legendFont(), measure),
    );
    const width = Math.min(
      LEGEND_MAX_WIDTH,
      Math.max(
        60,
        ...heading.map((l) => measure(l, legendHeadFont())),
        ...rows.flat().map((l) => measure(l, legendFont()) + SWATCH),
      ),
    );
    legend = { x: w - MARGIN - width, width, heading, rows };
  }
  const right = legend ? legend.x - LEGEND_GAP : w - MARGIN;
  return {
    width: w,
    height: h,
    title,
    top,
    bottom,
    legend,
    map: { x: MARGIN, y: top, w: right - MARGIN, h: bottom - top },
  };
}
